/**
 * The shell without a prompt: `bash -c '…'`, a command given as argv, or a script piped into
 * `bash` without a tty. Runs as a child process of the workstation would: it sees exported
 * variables and the shared files, and its variable changes do not reach the interactive shell.
 */
import { Pacer } from '../runtime/pacer';
import type { ExecRequest, ProcessIO } from '../runtime/process';
import { CommandBuffer } from './command-buffer';
import { checkCompleteness, finishAtEndOfInput } from './input-completeness';
import type { ShellLimits } from './limits';
import { createOutputWriter } from './output-writer';
import type { ShellSession } from './shell-session';
import { TerminalInput } from './terminal-input';

async function readAll(stdin: AsyncIterable<Uint8Array>, maxBytes: number, signal: AbortSignal) {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stdin) {
    text += decoder.decode(chunk, { stream: true });
    if (text.length > maxBytes || signal.aborted) break;
  }
  return text + decoder.decode();
}

/**
 * The whole commands of a script, as bash reads it line by line; `rest` is what is left
 * unfinished at the end. A generator, so a long script is split as it runs (and can pause).
 */
export function* splitCommands(script: string): Generator<string, string> {
  const command = new CommandBuffer();
  for (const line of script.split('\n')) {
    command.add(line);
    if (command.check().kind !== 'incomplete') {
      yield command.text;
      command.clear();
    }
  }
  return command.text;
}

export type ScriptOptions = {
  limits: ShellLimits;
  /** Label in syntax errors: `bash: -c: line 1: …` for -c, `bash: line 1: …` for piped scripts. */
  label: string;
};

/** Runs commands in one child state; returns the exit status of the last. */
export async function runScript(
  session: ShellSession,
  request: ExecRequest,
  io: ProcessIO,
  script: string,
  options: ScriptOptions & { stdin?: string },
): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  if (io.signal.aborted) stop();
  io.signal.addEventListener('abort', stop, { once: true });
  // On a tty, Ctrl-C interrupts; there is no prompt to return to.
  const input = request.tty ? new TerminalInput(io.stdin, controller.signal) : null;
  input?.beginForeground(stop);
  const writer = createOutputWriter(io, {
    tty: request.tty,
    maxBytes: options.limits.maxOutputBytes,
  });
  let state = session.createChildState();
  const runOptions = {
    write: writer.write,
    terminal: null,
    signal: controller.signal,
    access: request.cluster,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  };
  try {
    const commands = splitCommands(script);
    const pacer = new Pacer();
    let next = commands.next();
    for (; !next.done; next = commands.next()) {
      // A long script never waits for I/O: let other sessions run now and then.
      if (pacer.due()) await pacer.pause();
      const text = next.value;
      const checked = checkCompleteness(text);
      if (checked.kind === 'invalid') {
        await writer.write('stderr', `bash: ${options.label}${checked.message}\n`);
        return 2;
      }
      if (checked.kind !== 'complete') continue;
      const result = await session.runInState(text, checked.script, state, runOptions);
      state = result.state;
      if (result.outcome.exit || result.outcome.interrupted) return result.outcome.exitCode;
    }
    const rest = next.value;
    if (rest.trim() !== '') {
      const ending = finishAtEndOfInput(rest);
      if (ending.kind === 'error') {
        await writer.write(
          'stderr',
          ending.messages.map((m) => `bash: ${options.label}${m}\n`).join(''),
        );
        return 2;
      }
      await writer.write('stderr', `bash: ${options.label}${ending.warning}\n`);
      const result = await session.runInState(ending.text, ending.script, state, runOptions);
      return result.outcome.exitCode;
    }
    return state.lastStatus;
  } finally {
    input?.endForeground();
    io.signal.removeEventListener('abort', stop);
  }
}

/** A script piped into `bash` (no tty): read stdin to the end, then run it. */
export async function runPipedScript(
  session: ShellSession,
  request: ExecRequest,
  io: ProcessIO,
  limits: ShellLimits,
) {
  const script = io.stdin ? await readAll(io.stdin, limits.maxOutputBytes, io.signal) : '';
  return runScript(session, request, io, script, { limits, label: '' });
}

/** `bash -c 'script'`: stdin (when the client sent one and there is no tty) feeds the script. */
export async function runCommandString(
  session: ShellSession,
  request: ExecRequest,
  io: ProcessIO,
  script: string,
  limits: ShellLimits,
) {
  const stdin =
    io.stdin && !request.tty
      ? await readAll(io.stdin, limits.maxOutputBytes, io.signal)
      : undefined;
  return runScript(session, request, io, script, {
    limits,
    label: '-c: ',
    ...(stdin === undefined ? {} : { stdin }),
  });
}
