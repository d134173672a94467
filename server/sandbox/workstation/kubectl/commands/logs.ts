/**
 * `kubectl logs POD|TYPE/NAME [-c C] [-f] [--tail N] [-p] [--timestamps]`.
 */
import { readPodLogs } from '@/server/cluster/logs';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readInt, readString } from '../args';
import type { KubectlContext } from '../context';
import { createHelpError, KubectlError } from '../errors';
import { chooseContainer, findPod } from '../pod-target';
import { createStreamWriter } from '../streaming';

export const logsFlags: FlagSpec[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'tail', type: 'int' },
  { name: 'previous', short: 'p', type: 'bool' },
  { name: 'timestamps', type: 'bool' },
  { name: 'since', type: 'duration' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all-containers', type: 'bool' },
  { name: 'prefix', type: 'bool' },
];

export async function runLogs(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  if (parsed.args.length === 0) {
    throw new KubectlError(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples",
    );
  }
  if (parsed.args.length > 2) {
    throw createHelpError('logs', 'expected POD, TYPE/NAME, and at most one container name');
  }
  const pod = await findPod(ctx, parsed.args[0]!, 'logs');
  const requested = readString(parsed, 'container') ?? parsed.args[1];
  const container = chooseContainer(ctx, pod, requested, 'logs');
  const follow = readBool(parsed, 'follow');
  const write = follow ? createStreamWriter(ctx.env) : async (text: string) => ctx.out(text);
  const tail = readInt(parsed, 'tail');
  await readPodLogs(
    ctx.connection,
    ctx.namespace,
    pod.metadata?.name ?? '',
    {
      container,
      follow,
      tailLines: tail !== undefined && tail >= 0 ? tail : undefined,
      previous: readBool(parsed, 'previous'),
      timestamps: readBool(parsed, 'timestamps'),
      signal: ctx.env.signal,
    },
    write,
  );
  return 0;
}
