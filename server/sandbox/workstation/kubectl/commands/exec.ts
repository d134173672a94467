/**
 * `kubectl exec [-i] [-t] POD|TYPE/NAME [-c C] -- COMMAND…`: runs a command in a container,
 * bridging the live terminal (raw keys, resizes) for `-it`, and exits with the command's code.
 */
import { execInContainer } from '@/server/cluster/exec-stream';
import type { FlagSpec, ParsedArgs } from '../args';
import { readBool, readString } from '../args';
import type { KubectlContext } from '../context';
import { KubectlError } from '../errors';
import { chooseContainer, findPod } from '../pod-target';

export const execFlags: FlagSpec[] = [
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'container', short: 'c', type: 'string' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'pod-running-timeout', type: 'duration' },
];

async function* readOnce(text: string): AsyncIterable<Uint8Array> {
  if (text) yield new TextEncoder().encode(text);
}

export async function runExec(ctx: KubectlContext, parsed: ParsedArgs): Promise<number> {
  if (parsed.args.length === 0) {
    throw new KubectlError('error: pod, type/name or --filename must be specified');
  }
  if (parsed.args.length > 1) {
    throw new KubectlError(
      'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
    );
  }
  const command = parsed.dashArgs ?? [];
  if (command.length === 0) {
    throw new KubectlError('error: you must specify at least one command for the container');
  }
  const quiet = readBool(parsed, 'quiet');
  const wantStdin = readBool(parsed, 'stdin');
  let tty = readBool(parsed, 'tty');
  const terminal = ctx.env.terminal;
  // As kubectl's SetupTTY: no stdin means no tty (silently); stdin that is not the terminal
  // (a pipe, or no interactive terminal) means no tty, with a warning.
  if (tty && !wantStdin) tty = false;
  if (tty && (!terminal || ctx.env.stdin !== null)) {
    if (!quiet) {
      ctx.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    }
    tty = false;
  }
  const pod = await findPod(ctx, parsed.args[0]!, 'exec');
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    throw new KubectlError(
      `error: cannot exec into a container in a completed pod; current phase is ${phase}`,
    );
  }
  const container = chooseContainer(ctx, pod, readString(parsed, 'container'), 'exec');
  const stdin = !wantStdin
    ? null
    : terminal && ctx.env.stdin === null
      ? terminal.stdin
      : readOnce(ctx.env.stdin ?? '');
  const decoder = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  const exitCode = await execInContainer(
    ctx.connection,
    { namespace: ctx.namespace, pod: pod.metadata?.name ?? '', container, command, tty },
    {
      stdin,
      write: async (stream, data) => {
        // A tty's output is already terminal-shaped; other output goes where the shell sends it.
        if (tty && terminal) await terminal.write('stdout', data);
        else if (stream === 'stdout') ctx.out(decoder.stdout.decode(data, { stream: true }));
        else ctx.err(decoder.stderr.decode(data, { stream: true }));
      },
      size: tty && terminal ? () => terminal.size() : undefined,
      onResize: tty && terminal ? (listener) => terminal.onResize(listener) : undefined,
      signal: ctx.env.signal,
    },
  );
  if (exitCode !== 0) {
    ctx.err(`command terminated with exit code ${exitCode}\n`);
  }
  return exitCode;
}
