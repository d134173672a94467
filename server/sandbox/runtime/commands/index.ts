/**
 * The commands most images share. An image drops the ones it does not ship (`without`) and adds
 * its own (`commands`); `ping` and `ip` exist only where the image profile says so.
 */

import type { Command, ImageProfile } from '../types';
import { cat } from './cat';
import { echo } from './echo';
import { grep } from './grep';
import { id, whoami } from './identity';
import { ip } from './ip';
import { ls } from './ls';
import { createPing } from './ping';
import { env, hostname, printenv, sleep, uname } from './system-info';

export const COMMON_COMMANDS: Record<string, Command> = {
  cat,
  echo,
  env,
  grep,
  hostname,
  id,
  ls,
  printenv,
  sleep,
  uname,
  whoami,
};

/** The command an image runs for `name`, or undefined when the image has no such program. */
export function lookupCommand(image: ImageProfile, name: string): Command | undefined {
  if (Object.hasOwn(image.commands, name)) return image.commands[name];
  if (name === 'ping') return image.ping ? createPing(image.ping) : undefined;
  if (name === 'ip') return image.hasIp ? ip : undefined;
  if (image.without?.includes(name)) return undefined;
  return Object.hasOwn(COMMON_COMMANDS, name) ? COMMON_COMMANDS[name] : undefined;
}
