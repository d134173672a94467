/**
 * The `workshop/workstation` image's program: what an exec into the learner's workstation pod
 * runs. `bash`, `sh`, `/bin/bash`, `bash -l` (or no command) start the interactive shell on a
 * tty, or read a script from stdin without one; `bash -c '…'` runs one command line and exits
 * with its status; any other argv runs as that command.
 */
import { getCommandNames } from 'just-bash';
import type { ExecRequest, ImageProgram, ProcessIO } from '../runtime/process';
import { runKubectl as realRunKubectl } from './kubectl';
import type { RunKubectl } from './kubectl/environment';
import { DEFAULT_LIMITS, type ShellLimits } from './limits';
import { runInteractiveShell } from './interactive-shell';
import { runCommandString, runPipedScript, runScript } from './script-mode';
import { isHiddenCommand } from './shell-commands';
import type { ShellSession } from './shell-session';
import {
  createWorkstationSessions,
  workstationSessionKey,
  type WorkstationSessions,
} from './workstation-sessions';

export type WorkstationProgramOptions = {
  /** kubectl inside the workstation; defaults to the workstation's own kubectl. */
  runKubectl?: RunKubectl;
  /** Shared registry of shells (pass one to snapshot/restore them); one is created otherwise. */
  sessions?: WorkstationSessions;
  limits?: Partial<ShellLimits>;
  /** Which shell an exec attaches to; defaults to the pod's uid. */
  sessionKey?: (request: ExecRequest) => string;
};

export type ShellInvocation =
  | { kind: 'interactive' }
  | { kind: 'command-string'; script: string }
  | { kind: 'argv'; argv: string[] };

const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh', '/usr/bin/bash', '/usr/bin/sh']);
const INTERACTIVE_FLAGS = /^-(?:[li]+|-login)$/;

/** Reads an exec's argv the way bash reads its own. */
export function classifyInvocation(command: string[]): ShellInvocation {
  if (command.length === 0) return { kind: 'interactive' };
  const [program, ...args] = command as [string, ...string[]];
  if (!SHELLS.has(program)) return { kind: 'argv', argv: command };
  const flags: string[] = [];
  while (args[0]?.startsWith('-') && args[0] !== '-') flags.push(args.shift()!);
  if (flags.some((flag) => /^-[a-z]*c[a-z]*$/.test(flag))) {
    return args[0] === undefined
      ? { kind: 'argv', argv: command }
      : { kind: 'command-string', script: args[0] };
  }
  if (args.length === 0 && flags.every((flag) => INTERACTIVE_FLAGS.test(flag)))
    return { kind: 'interactive' };
  return { kind: 'argv', argv: command };
}

const SHELL_BUILTINS = [
  'alias',
  'cd',
  'declare',
  'echo',
  'eval',
  'exit',
  'export',
  'local',
  'printf',
  'pwd',
  'read',
  'return',
  'set',
  'shift',
  'source',
  'test',
  'type',
  'unalias',
  'unset',
];

function quoteWord(word: string): string {
  return /^[A-Za-z0-9_./=:@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function commandNamesFor(session: ShellSession): () => string[] {
  const fixed = [
    ...getCommandNames(),
    ...SHELL_BUILTINS,
    'kubectl',
    'history',
    'help',
    'clear',
    'yes',
  ];
  return () => [...fixed, ...session.functionNames].filter((name) => !isHiddenCommand(name));
}

export function createWorkstationProgram(options: WorkstationProgramOptions = {}): ImageProgram {
  const limits: ShellLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const sessions =
    options.sessions ??
    createWorkstationSessions({ runKubectl: options.runKubectl ?? realRunKubectl, limits });
  const keyOf = options.sessionKey ?? workstationSessionKey;

  return async (request: ExecRequest, io: ProcessIO) => {
    const session = await sessions.open(keyOf(request));
    const invocation = classifyInvocation(request.command);
    let exitCode: number;
    if (invocation.kind === 'interactive') {
      exitCode = request.tty
        ? await runInteractiveShell(session, request, io, {
            limits,
            commandNames: commandNamesFor(session),
          })
        : await runPipedScript(session, request, io, limits);
    } else if (invocation.kind === 'command-string') {
      exitCode = await runCommandString(session, request, io, invocation.script, limits);
    } else {
      exitCode = await runScript(session, request, io, invocation.argv.map(quoteWord).join(' '), {
        limits,
        label: '',
      });
    }
    return { exitCode };
  };
}
