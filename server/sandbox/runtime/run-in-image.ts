/**
 * Runs one exec request inside a simulated image: builds the process, resolves argv[0] the way
 * execve would along PATH, and runs either a shell or a command from the image's table. An
 * argv[0] the image lacks fails like runc does, before any shell is involved.
 */

import { lookupCommand } from './commands';
import { createContainerProcess } from './container-process';
import { createCookedInput } from './cooked-input';
import { createOutput } from './output';
import type { ExecRequest, ExecResult, ProcessIO } from './process';
import { runShellProgram } from './shell/program';
import type { Spawner } from './shell/run';
import { createStdinPump } from './stdin';
import type { ContainerProcess, ImageProfile } from './types';

const BINARY_DIRECTORIES = [
  '/usr/local/sbin',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/bin',
  '/sbin',
  '/bin',
];

/** `iptables`, `/sbin/iptables` and `/usr/sbin/iptables` all name the same program. */
function programName(argv0: string): string | null {
  if (!argv0.includes('/')) return argv0;
  const slash = argv0.lastIndexOf('/');
  return BINARY_DIRECTORIES.includes(argv0.slice(0, slash)) ? argv0.slice(slash + 1) : null;
}

export type RunOptions = {
  pid: number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
};

export async function runInImage(
  request: ExecRequest,
  io: ProcessIO,
  image: ImageProfile,
  options: RunOptions,
): Promise<ExecResult> {
  const proc: ContainerProcess = createContainerProcess(request, image, {
    ...options,
    terminalColumns: () => io.size()?.columns ?? 80,
  });
  const output = createOutput(io, request.tty);
  const pump = createStdinPump(io.stdin, request.tty, io.signal, () => void output.out('^C'));

  const spawn: Spawner = async (argv, out, stdin, signal) => {
    const name = programName(argv[0] ?? '');
    if (name === null || name === '') return 'not-found';
    proc.comm = name;
    const flavour = image.shells[name];
    if (flavour) {
      return runShellProgram({
        proc,
        flavour,
        name,
        argv,
        io: out,
        stdin,
        signal,
        tty: request.tty && stdin === pump,
        spawn,
        foreground: stdin === pump ? pump.foreground : undefined,
        passInterrupts: stdin === pump ? pump.passInterrupts : undefined,
      });
    }
    const command = lookupCommand(image, name);
    if (!command) return 'not-found';
    return command({ argv: [name, ...argv.slice(1)], proc, io: out, stdin, signal });
  };

  // A shell edits its own lines; any other program at a tty gets the pty's canonical mode.
  const first = programName(request.command[0] ?? '');
  const stdin =
    request.tty && !(first !== null && image.shells[first])
      ? createCookedInput(pump, output.out)
      : pump;

  try {
    const result = await pump.foreground(io.signal, (signal) =>
      spawn(request.command, output, stdin, signal),
    );
    if (result !== 'not-found') return { exitCode: result };
    await output.err(
      'OCI runtime exec failed: exec failed: unable to start container process: ' +
        `exec: "${request.command[0] ?? ''}": executable file not found in $PATH: unknown\n`,
    );
    return { exitCode: 126 };
  } catch (error) {
    // Writes fail once the client has gone; that is an ordinary end, not a runtime fault.
    if (io.signal.aborted) return { exitCode: 130 };
    throw error;
  }
}
