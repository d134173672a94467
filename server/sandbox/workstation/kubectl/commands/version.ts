/**
 * `kubectl version`: this kubectl's version (it follows kubectl 1.33's behaviour) and the server's.
 */
import { readServerVersion } from '@/server/cluster/discovery';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString } from '../args';
import type { KubectlContext } from '../context';
import { KubectlError } from '../errors';
import { formatJson, formatYaml } from '../printers/serialize';

export const versionFlags: FlagSpec[] = [
  { name: 'client', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
];

/** The kubectl release whose output this implementation follows. */
export const clientVersion = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.1',
  platform: 'linux/amd64',
};

export async function runVersion(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  const output = readString(parsed, 'output');
  if (output && output !== 'yaml' && output !== 'json') {
    throw new KubectlError("error: --output must be 'yaml' or 'json'");
  }
  const info: Record<string, unknown> = { clientVersion };
  let failure: unknown = null;
  if (!readBool(parsed, 'client')) {
    try {
      info.serverVersion = await readServerVersion(ctx.connection);
    } catch (error) {
      failure = error;
    }
  }
  if (output === 'json') ctx.out(formatJson(info));
  else if (output === 'yaml') ctx.out(formatYaml(info));
  else {
    ctx.out(`Client Version: ${clientVersion.gitVersion}\n`);
    const server = info.serverVersion as { gitVersion?: string } | undefined;
    if (server) ctx.out(`Server Version: ${server.gitVersion}\n`);
  }
  if (failure) throw failure;
  return 0;
}
