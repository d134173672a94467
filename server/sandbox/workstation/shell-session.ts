/**
 * One workstation's shell: a just-bash instance (its in-memory filesystem persists) plus the
 * state bash keeps between command lines — variables and which are exported, cwd, functions, `$?`
 * and history. just-bash resets that state on every `exec`, so each command line runs as
 * "replay functions and exports, restore `$?`, run the line, report what is exported", and the
 * resulting variables and cwd are carried into the next line.
 */
import { Bash } from 'just-bash';
import type { IFileSystem, ResolvedCommandContext, ScriptNode } from 'just-bash';
import type { InClusterAccess, ProcessIO } from '../runtime/process';
import { findFunctionDefinitions, findUnsetFunctions } from './ast-queries';
import { splitIntoUnits, type Unit } from './command-units';
import { CommandHistory } from './command-history';
import { formatHelp } from './help-text';
import { HOME } from './home/home-layout';
import type { RunKubectl } from './kubectl/environment';
import { explainLimitErrors, hitLimit, toExecutionLimits } from './limits';
import type { ShellLimits } from './limits';
import {
  CAPTURE_COMMAND,
  RUN_ID_VARIABLE,
  STATUS_COMMAND,
  createShellCommands,
  type RunContext,
} from './shell-commands';
import { createShellState, type ShellState } from './shell-state';
import { createFileSystem, restoreFileSystem, snapshotFileSystem } from './file-system-snapshot';
import type { ShellSnapshot } from './shell-state';

export type RunOptions = {
  /** Where the command line's buffered output goes. */
  write(stream: 'stdout' | 'stderr', text: string): Promise<void>;
  /** The live terminal, lent to a foreground `kubectl` statement; null when not interactive. */
  terminal: ProcessIO | null;
  signal: AbortSignal;
  access: InClusterAccess | undefined;
  /** Standard input for the whole line (a script piped into `bash -c`). */
  stdin?: string;
};

export type RunOutcome = {
  exitCode: number;
  /** The line ran `exit`: an interactive shell ends. */
  exit: boolean;
  /** Stopped by the signal (Ctrl-C or a closed terminal). */
  interrupted: boolean;
  /** Stopped by a limit (time, commands, output). */
  stopped: boolean;
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Options kept from line to line. Not xtrace: it would trace the prelude itself. */
const CARRIED_OPTIONS = new Set(['errexit', 'nounset', 'pipefail', 'noglob', 'noclobber']);
let runCounter = 0;

export type ShellSessionOptions = {
  runKubectl: RunKubectl;
  limits: ShellLimits;
  snapshot?: ShellSnapshot;
};

/** A fresh workstation shell, or one restored from `snapshot()`. */
export async function createShellSession(options: ShellSessionOptions): Promise<ShellSession> {
  const max = options.limits.maxFileSystemBytes;
  const fs = options.snapshot
    ? await restoreFileSystem(options.snapshot.files, max)
    : createFileSystem(max);
  return new ShellSession(options, fs);
}

export class ShellSession {
  readonly history: CommandHistory;
  private readonly bash: Bash;
  private readonly limits: ShellLimits;
  private state: ShellState;
  private readonly runs = new Map<string, RunContext>();

  constructor(options: ShellSessionOptions, fs: IFileSystem) {
    this.limits = options.limits;
    this.history = new CommandHistory(options.snapshot?.history ?? []);
    this.state = options.snapshot ? structuredClone(options.snapshot.shell) : createShellState();
    this.bash = new Bash({
      fs,
      cwd: HOME,
      env: { HOME },
      executionLimits: toExecutionLimits(options.limits),
      customCommands: createShellCommands({
        findRun: (ctx) => this.findRun(ctx),
        history: this.history,
        runKubectl: options.runKubectl,
      }),
    });
  }

  get cwd(): string {
    return this.state.cwd;
  }

  get lastStatus(): number {
    return this.state.lastStatus;
  }

  set lastStatus(status: number) {
    this.state = { ...this.state, lastStatus: status };
  }

  get variables(): Readonly<Record<string, string>> {
    return this.state.variables;
  }

  get functionNames(): string[] {
    return Object.keys(this.state.functions);
  }

  get fileSystem() {
    return this.bash.fs;
  }

  /** Runs a complete command line in this shell and keeps the state it leaves. */
  async runInput(text: string, script: ScriptNode, options: RunOptions): Promise<RunOutcome> {
    const { state, outcome } = await this.runUnits(text, script, this.state, options);
    this.state = state;
    return outcome;
  }

  /** The state a child process (`bash -c`, a script) starts from: exported variables only. */
  createChildState(): ShellState {
    const variables: Record<string, string> = {};
    for (const name of this.state.exported) {
      const value = this.state.variables[name];
      if (value !== undefined) variables[name] = value;
    }
    const exported = Object.keys(variables);
    // A new process starts in the image's working directory (the home folder), not the parent's.
    variables.PWD = HOME;
    delete variables.OLDPWD;
    return { variables, exported, cwd: HOME, functions: {}, lastStatus: 0 };
  }

  /** Runs a command line from a given state (a child process's) and returns the state it leaves. */
  runInState(text: string, script: ScriptNode, state: ShellState, options: RunOptions) {
    return this.runUnits(text, script, state, options);
  }

  async snapshot(): Promise<ShellSnapshot> {
    return {
      version: 1,
      shell: structuredClone(this.state),
      history: [...this.history.list()],
      files: await snapshotFileSystem(this.bash.fs),
    };
  }

  private findRun(ctx: ResolvedCommandContext): RunContext | undefined {
    const id = ctx.env.get(RUN_ID_VARIABLE);
    // A nested `bash -c` does not inherit the (unexported) run id: lend it the latest line's context.
    return (id ? this.runs.get(id) : undefined) ?? [...this.runs.values()].at(-1);
  }

  private prelude(state: ShellState): string {
    const lines = Object.values(state.functions);
    const exported = state.exported.filter((name) => NAME.test(name) && name in state.variables);
    if (exported.length > 0) lines.push(`export ${exported.join(' ')}`);
    // `set -o` options live in $SHELLOPTS, which just-bash reports but does not re-apply.
    const options = (state.variables.SHELLOPTS ?? '')
      .split(':')
      .filter((o) => CARRIED_OPTIONS.has(o));
    if (options.length > 0) lines.push(`set ${options.map((o) => `-o ${o}`).join(' ')}`);
    lines.push(`${STATUS_COMMAND} ${state.lastStatus}`);
    return `${lines.join('\n')}\n`;
  }

  private async runUnits(
    text: string,
    script: ScriptNode,
    initial: ShellState,
    options: RunOptions,
  ) {
    let state = initial;
    let outcome: RunOutcome = {
      exitCode: state.lastStatus,
      exit: false,
      interrupted: false,
      stopped: false,
    };
    // An empty line or a comment runs nothing and changes nothing, `$?` included: no interpreter
    // run is needed (a pasted block of comments would otherwise cost one per line).
    if (script.statements.length === 0) return { state, outcome };
    const units =
      options.stdin === undefined
        ? splitIntoUnits(text, script)
        : [{ text, script, foreground: false, help: false }];
    // The time limit is for the whole command line, however many statements it has.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.limits.commandTimeoutMs);
    const signal = AbortSignal.any([options.signal, deadline.signal]);
    try {
      for (const unit of units) {
        const result = await this.runUnit(unit, state, { ...options, signal }, deadline.signal);
        state = result.state;
        outcome = result.outcome;
        if (outcome.exit || outcome.interrupted || outcome.stopped || signal.aborted) break;
      }
    } finally {
      clearTimeout(timer);
    }
    return { state, outcome };
  }

  private async runUnit(unit: Unit, state: ShellState, options: RunOptions, deadline: AbortSignal) {
    if (unit.help) {
      await options.write('stdout', formatHelp(this.limits));
      const outcome: RunOutcome = { exitCode: 0, exit: false, interrupted: false, stopped: false };
      return { state: { ...state, lastStatus: 0 }, outcome };
    }
    const id = `${Date.now().toString(36)}-${(runCounter += 1)}`;
    const run: RunContext = {
      access: options.access,
      terminal: unit.foreground ? options.terminal : null,
      signal: options.signal,
      maxOutputBytes: this.limits.maxOutputBytes,
    };
    this.runs.set(id, run);
    const prelude = this.prelude(state);
    let result;
    try {
      result = await this.bash.exec(`${prelude}${unit.text}\n${CAPTURE_COMMAND} ${id} $?`, {
        env: { ...state.variables, [RUN_ID_VARIABLE]: id },
        replaceEnv: true,
        cwd: state.cwd,
        signal: options.signal,
        rawScript: true,
        ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
      });
    } finally {
      this.runs.delete(id);
    }
    const timedOut = deadline.aborted;
    const interrupted = options.signal.aborted && !timedOut;
    const stopped = timedOut || hitLimit(result.stderr);
    const finished = run.exported !== undefined;
    let stderr = explainLimitErrors(result.stderr, this.limits);
    if (options.signal.aborted) stderr = stderr.replace(/^bash: execution aborted\n?/m, '');
    if (timedOut && !hitLimit(result.stderr))
      stderr += explainLimitErrors('bash: line exceeded its execution deadline\n', this.limits);
    if (result.stdout) await options.write('stdout', result.stdout);
    if (stderr) await options.write('stderr', stderr);
    const exit =
      !finished && !options.signal.aborted && !stopped && /\bexit\b/.test(prelude + unit.text);
    const exitCode = interrupted ? 130 : timedOut ? 124 : result.exitCode;
    const variables = { ...result.env };
    delete variables[RUN_ID_VARIABLE];
    delete variables['?'];
    const functions = { ...state.functions };
    if (finished || options.signal.aborted) {
      for (const [name, source] of findFunctionDefinitions(unit.script)) functions[name] = source;
      for (const name of findUnsetFunctions(unit.script)) delete functions[name];
    }
    const next: ShellState = {
      variables,
      exported: run.exported ?? state.exported.filter((name) => name in variables),
      cwd: variables.PWD ?? state.cwd,
      functions,
      lastStatus: exitCode,
    };
    return { state: next, outcome: { exitCode, exit, interrupted, stopped } };
  }
}
