/**
 * A shell as an image program: `sh -c "…"`, `sh FILE`, `sh` reading commands from stdin, and
 * the interactive prompt loop on a tty. The three flavours (ash, dash, bash) share the same
 * interpreter and differ in prompt and error wording.
 */

import { canRead, resolvePath } from '../filesystem';
import type { ContainerProcess, Input, Output, ShellFlavour } from '../types';
import { userName } from '../container-process';
import { Pacer } from '../pacer';
import { createLineEditor } from './line-editor';
import { formatCannotOpen, formatPrompt } from './messages';
import { runSource, ShellExit, type ShellState, type Spawner } from './run';

export type ShellLaunch = {
  proc: ContainerProcess;
  flavour: ShellFlavour;
  name: string;
  argv: string[];
  io: Output;
  stdin: Input;
  signal: AbortSignal;
  tty: boolean;
  spawn: Spawner;
  /** Runs a foreground command so Ctrl-C at the tty stops it (given by the exec layer). */
  foreground?<T>(parent: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Lets Ctrl-C through as input while the shell reads a line (given by the exec layer). */
  passInterrupts?<T>(work: () => Promise<T>): Promise<T>;
};

export async function runShellProgram(launch: ShellLaunch): Promise<number> {
  const { proc, flavour, name, argv, io } = launch;
  const state: ShellState = {
    flavour,
    name,
    line: 1,
    proc,
    status: 0,
    args: [name],
    spawn: launch.spawn,
  };
  const options = argv.slice(1);
  while (options[0]?.startsWith('-') && options[0] !== '-c' && options[0] !== '--') options.shift();
  if (options[0] === '--') options.shift();
  try {
    if (options[0] === '-c') {
      if (options[1] === undefined) {
        await io.err(`${name}: -c requires an argument\n`);
        return 2;
      }
      state.args = options.length > 2 ? options.slice(2) : [name];
      return await runSource(state, options[1], launch);
    }
    if (options[0] !== undefined) return await runFile(state, options, launch);
    return launch.tty ? await runInteractive(state, launch) : await runFromStdin(state, launch);
  } catch (error) {
    if (error instanceof ShellExit) return error.code;
    throw error;
  }
}

async function runFile(state: ShellState, options: string[], launch: ShellLaunch) {
  const [path] = options as [string];
  const node = state.proc.files.get(resolvePath(state.proc.cwd, path));
  if (!node || node.kind !== 'file' || !canRead(state.proc, node)) {
    const reason = !node ? 'No such file or directory' : 'Permission denied';
    await launch.io.err(formatCannotOpen({ ...state, line: 0 }, path, reason));
    return state.flavour === 'bash' ? 127 : 2;
  }
  state.args = options;
  return runSource(state, node.content(), launch);
}

/** `kubectl exec -i pod -- sh` without a tty: no prompt, no echo, one line at a time. */
async function runFromStdin(state: ShellState, launch: ShellLaunch) {
  let pending = '';
  const pacer = new Pacer();
  for (;;) {
    const chunk = await launch.stdin.read();
    if (chunk === null) break;
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      await runSource(state, line, launch);
      state.line++;
      // A long script piped in never waits for I/O: let other sessions run now and then.
      if (pacer.due()) await pacer.pause();
    }
  }
  if (pending.trim()) await runSource(state, pending, launch);
  return state.status;
}

async function runInteractive(state: ShellState, launch: ShellLaunch) {
  const { proc, io } = launch;
  const editor = createLineEditor(launch.stdin, io.out);
  const user = userName(proc, proc.uid);
  for (;;) {
    if (launch.signal.aborted) return 130;
    const prompt = formatPrompt(state, {
      uid: proc.uid,
      user,
      hostname: proc.hostname,
      cwd: proc.cwd,
      home: proc.env.HOME ?? '/',
    });
    const read = () => editor.readLine(prompt);
    const result = launch.passInterrupts ? await launch.passInterrupts(read) : await read();
    if (launch.signal.aborted) return 130;
    if (result.kind === 'eof') {
      if (state.flavour === 'bash') await io.out('exit\n');
      else await io.out('\n');
      return state.status;
    }
    if (result.kind === 'interrupt') {
      state.status = 130;
      continue;
    }
    const run = (signal: AbortSignal) => runSource(state, result.text, { ...launch, signal });
    const status = launch.foreground
      ? await launch.foreground(launch.signal, run)
      : await run(launch.signal);
    // A command stopped by Ctrl-C leaves the cursor after "^C"; the shell starts a new line.
    if (status === 130 && !launch.signal.aborted) await io.out('\n');
    state.line++;
  }
}
