/**
 * Runs parsed command lines: lists joined by `;`, `&&`, `||`, pipelines (each stage runs to the
 * end and hands its output to the next), variable assignments, redirections and the builtins a
 * shell must own (`exit`, `cd`, `export`, `unset`, `set`, `true`, `false`, `:`, `pwd`).
 */

import { canRead, resolvePath } from '../filesystem';
import { createCapture, redirectOutput } from '../output';
import { createTextInput } from '../stdin';
import type { ContainerProcess, Input, Output } from '../types';
import { expandToString, expandWord, type ExpansionScope } from './expand';
import {
  formatCannotCreate,
  formatCannotOpen,
  formatNotFound,
  formatSyntaxError,
  type ShellIdentity,
} from './messages';
import { parseScript, ShellSyntaxError, type Pipeline, type SimpleCommand } from './parse';

/** Starts a program by argv; `not-found` when the image has no such executable. */
export type Spawner = (
  argv: string[],
  io: Output,
  stdin: Input,
  signal: AbortSignal,
) => Promise<number | 'not-found'>;

export type ShellState = ShellIdentity & {
  proc: ContainerProcess;
  /** Exit status of the last command, `$?`. */
  status: number;
  /** Positional parameters: `$0`, `$1`, … */
  args: string[];
  spawn: Spawner;
};

/** Thrown by `exit` to unwind to the shell's top level. */
export class ShellExit {
  constructor(readonly code: number) {}
}

type Streams = { io: Output; stdin: Input; signal: AbortSignal };

/** Parses and runs `source`; a syntax error prints the shell's message and returns 2. */
export async function runSource(state: ShellState, source: string, streams: Streams) {
  let script;
  try {
    script = parseScript(source);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    await streams.io.err(formatSyntaxError(state, error));
    return (state.status = 2);
  }
  let skip: '&&' | '||' | null = null;
  for (const { pipeline, next } of script) {
    if (streams.signal.aborted) break;
    const skipThis = (skip === '&&' && state.status !== 0) || (skip === '||' && state.status === 0);
    if (!skipThis) state.status = await runPipeline(state, pipeline, streams);
    if (next === '&') {
      await streams.io.err(`${state.name}: background jobs are not available in this sandbox\n`);
    }
    // `a || b && c`: once a link is skipped, the status it would test is still the last one run.
    skip = next === '&&' || next === '||' ? next : null;
  }
  return state.status;
}

async function runPipeline(state: ShellState, pipeline: Pipeline, streams: Streams) {
  if (pipeline.length === 1) return runSimple(state, pipeline[0]!, streams);
  let stdin = streams.stdin;
  let status = 0;
  for (const [index, command] of pipeline.entries()) {
    const last = index === pipeline.length - 1;
    const capture = last ? null : createCapture(streams.io);
    // Each part of a pipeline runs in a subshell: `exit` there ends only that part.
    status = await inSubshell(() =>
      runSimple(state, command, { ...streams, io: capture ?? streams.io, stdin }),
    );
    if (capture) stdin = createTextInput(capture.text());
  }
  return status;
}

async function inSubshell(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ShellExit) return error.code;
    throw error;
  }
}

function scopeOf(state: ShellState, streams: Streams): ExpansionScope {
  return {
    lookup: (name) => {
      if (name === '?') return String(state.status);
      if (name === '$') return String(state.proc.pid);
      if (name === '#') return String(Math.max(0, state.args.length - 1));
      if (name === '@' || name === '*') return state.args.slice(1).join(' ');
      if (/^[0-9]$/.test(name)) return state.args[Number(name)];
      if (name === 'PWD') return state.proc.cwd;
      return state.proc.env[name];
    },
    substitute: async (source) => {
      const capture = createCapture(streams.io);
      const nested = { ...state };
      state.status = await inSubshell(() => runSource(nested, source, { ...streams, io: capture }));
      return capture.text();
    },
  };
}

async function applyRedirects(
  state: ShellState,
  command: SimpleCommand,
  streams: Streams,
  scope: ExpansionScope,
): Promise<Streams | null> {
  let { io, stdin } = streams;
  for (const redirect of command.redirects) {
    const target = await expandToString(redirect.target, scope);
    if (redirect.op === '>&') {
      const to = target === '1' ? 'stdout' : target === '2' ? 'stderr' : null;
      if (to === 'stdout' && redirect.fd === 2) io = redirectOutput(io, { stderr: 'stdout' });
      if (to === 'stderr' && redirect.fd === 1) io = redirectOutput(io, { stdout: 'stderr' });
    } else if (redirect.op === '<') {
      const path = resolvePath(state.proc.cwd, target);
      const node = state.proc.files.get(path);
      if (target === '/dev/null') stdin = createTextInput('');
      else if (!node || node.kind !== 'file' || !canRead(state.proc, node)) {
        const reason = !node ? 'No such file or directory' : 'Permission denied';
        await streams.io.err(formatCannotOpen(state, target, reason));
        return null;
      } else stdin = createTextInput(node.content());
    } else if (target === '/dev/null') {
      io = redirectOutput(io, redirect.fd === 2 ? { stderr: 'null' } : { stdout: 'null' });
    } else {
      await streams.io.err(formatCannotCreate(state, target));
      return null;
    }
  }
  return { ...streams, io, stdin };
}

async function runSimple(state: ShellState, command: SimpleCommand, streams: Streams) {
  const scope = scopeOf(state, streams);
  let substituted = false;
  const substitute = scope.substitute;
  scope.substitute = (source) => {
    substituted = true;
    return substitute(source);
  };
  const argv: string[] = [];
  for (const word of command.words) argv.push(...(await expandWord(word, scope)));
  const assignments: [string, string][] = [];
  while (argv.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]!)) {
    const [name, ...value] = argv.shift()!.split('=');
    assignments.push([name!, value.join('=')]);
  }
  const redirected = await applyRedirects(state, command, streams, scope);
  if (!redirected) return state.flavour === 'dash' ? 2 : 1;
  if (argv.length === 0) {
    for (const [name, value] of assignments) state.proc.env[name] = value;
    // `x=$(cmd)` has the status of cmd; a plain assignment succeeds.
    return substituted ? state.status : 0;
  }
  const builtin = await runBuiltin(state, argv, redirected);
  if (builtin !== undefined) return builtin;

  const saved = { ...state.proc.env };
  for (const [name, value] of assignments) state.proc.env[name] = value;
  try {
    const result = await state.spawn(argv, redirected.io, redirected.stdin, redirected.signal);
    if (result !== 'not-found') return result;
    await redirected.io.err(formatNotFound(state, argv[0]!));
    return 127;
  } finally {
    if (assignments.length > 0) state.proc.env = saved;
  }
}

async function runBuiltin(
  state: ShellState,
  argv: string[],
  { io }: Streams,
): Promise<number | undefined> {
  const [name, ...args] = argv;
  switch (name) {
    case 'exit': {
      const code = args[0] === undefined ? state.status : Number.parseInt(args[0], 10);
      throw new ShellExit(Number.isNaN(code) ? 2 : code & 0xff);
    }
    case 'true':
    case ':':
    // Shell options (`set -e`, `set -x`) change nothing this interpreter does.
    case 'set':
      return 0;
    case 'false':
      return 1;
    case 'pwd':
      await io.out(state.proc.cwd + '\n');
      return 0;
    case 'export':
      for (const arg of args) {
        const [key, ...value] = arg.split('=');
        if (value.length > 0) state.proc.env[key!] = value.join('=');
      }
      return 0;
    case 'unset':
      for (const arg of args) delete state.proc.env[arg];
      return 0;
    case 'cd':
      return changeDirectory(state, args[0] ?? state.proc.env.HOME ?? '/', io);
    default:
      return undefined;
  }
}

async function changeDirectory(state: ShellState, target: string, io: Output) {
  const path = resolvePath(state.proc.cwd, target);
  const node = state.proc.files.get(path);
  const reason = !node
    ? 'No such file or directory'
    : node.kind !== 'dir'
      ? 'Not a directory'
      : !canRead(state.proc, node)
        ? 'Permission denied'
        : null;
  if (reason === null) {
    state.proc.cwd = path;
    return 0;
  }
  if (state.flavour === 'bash') await io.err(`${state.name}: cd: ${target}: ${reason}\n`);
  else if (state.flavour === 'dash')
    await io.err(`${state.name}: ${state.line}: cd: can't cd to ${target}\n`);
  else await io.err(`${state.name}: cd: can't cd to ${target}: ${reason}\n`);
  return state.flavour === 'bash' ? 1 : 2;
}
