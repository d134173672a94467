/** `cat [FILE…]`: files of the simulated filesystem, or stdin when none (or `-`) is named. */

import type { Command } from '../types';
import { openPath } from './file-access';

export const cat: Command = async ({ argv, proc, io, stdin, signal }) => {
  const names = argv.slice(1).filter((arg) => arg === '-' || !arg.startsWith('-'));
  const busybox = proc.image.userland === 'busybox';
  let status = 0;
  for (const name of names.length > 0 ? names : ['-']) {
    if (signal.aborted) return 130;
    if (name === '-') {
      for (let chunk = await stdin.read(); chunk !== null; chunk = await stdin.read()) {
        await io.out(chunk);
      }
      continue;
    }
    const opened = openPath(proc, name);
    if (!opened.ok) {
      await io.err(
        busybox
          ? `cat: can't open '${name}': ${opened.reason}\n`
          : `cat: ${name}: ${opened.reason}\n`,
      );
      status = 1;
    } else if (opened.node.kind === 'dir') {
      await io.err(
        busybox ? 'cat: read error: Is a directory\n' : `cat: ${name}: Is a directory\n`,
      );
      status = 1;
    } else {
      await io.out(opened.node.content());
    }
  }
  return status;
};
