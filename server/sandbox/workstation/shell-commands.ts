/**
 * Commands the workstation adds to just-bash: `kubectl` (handed to the kubectl module with the
 * shell's files, cwd and terminal), the interactive niceties (`clear`, `history`), the
 * identity commands of this pod, a bounded `yes`, and two hidden helpers the session uses to carry
 * `$?` and exported names from one command line to the next.
 */
import { decodeBytesToUtf8, defineCommand } from 'just-bash';
import type { CustomCommand, ResolvedCommandContext } from 'just-bash';
import type { InClusterAccess, ProcessIO } from '../runtime/process';
import type { CommandHistory } from './command-history';
import { HOME, HOSTNAME, USER } from './home/home-layout';
import type { KubectlEnvironment, RunKubectl } from './kubectl/environment';

/** Variable naming the command line a command belongs to (several terminals share one shell). */
export const RUN_ID_VARIABLE = 'WORKSTATION_RUN';
export const STATUS_COMMAND = '__workstation_status';
export const CAPTURE_COMMAND = '__workstation_capture';
/** Longest output `yes` prints before stopping (a real `yes` runs until its reader goes away). */
export const YES_OUTPUT_BYTES = 64 * 1024;

/** What one running command line lends to the commands it runs. */
export type RunContext = {
  access: InClusterAccess | undefined;
  /** The live terminal, only for a foreground `kubectl` statement. */
  terminal: ProcessIO | null;
  signal: AbortSignal;
  maxOutputBytes: number;
  /** Set by the hidden capture command when the command line ran to its end. */
  exported?: string[];
};

export type CommandHost = {
  findRun(ctx: ResolvedCommandContext): RunContext | undefined;
  history: CommandHistory;
  runKubectl: RunKubectl;
};

const ok = (stdout = '', exitCode = 0) => ({ stdout, stderr: '', exitCode });

async function ensureParent(ctx: ResolvedCommandContext, path: string) {
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!(await ctx.fs.exists(parent))) await ctx.fs.mkdir(parent, { recursive: true });
}

function createKubectlCommand(host: CommandHost): CustomCommand {
  return defineCommand('kubectl', async (args, ctx) => {
    const run = host.findRun(ctx);
    if (!run?.access) {
      return {
        stdout: '',
        stderr:
          'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n',
        exitCode: 1,
      };
    }
    let stdout = '';
    let stderr = '';
    const limit = run.maxOutputBytes;
    const env: KubectlEnvironment = {
      access: run.access,
      cwd: ctx.cwd,
      home: ctx.env.get('HOME') ?? HOME,
      async readFile(path) {
        const absolute = ctx.fs.resolvePath(ctx.cwd, path);
        if (!(await ctx.fs.exists(absolute)))
          throw new Error(`open ${path}: no such file or directory`);
        return ctx.fs.readFile(absolute);
      },
      async writeFile(path, content) {
        const absolute = ctx.fs.resolvePath(ctx.cwd, path);
        await ensureParent(ctx, absolute);
        await ctx.fs.writeFile(absolute, content);
      },
      stdin: run.terminal ? null : decodeBytesToUtf8(ctx.stdin),
      // Buffered output is bounded like everything else a command line prints.
      stdout: (text) => {
        if (stdout.length < limit) stdout += text;
      },
      stderr: (text) => {
        if (stderr.length < limit) stderr += text;
      },
      terminal: run.terminal,
      signal: ctx.signal ?? run.signal,
    };
    try {
      const exitCode = await host.runKubectl(args, env);
      return { stdout, stderr, exitCode };
    } catch (error) {
      return { stdout, stderr: `${stderr}error: ${(error as Error).message}\n`, exitCode: 1 };
    }
  });
}

function createHistoryCommand(history: CommandHistory): CustomCommand {
  return defineCommand('history', async (args) => {
    if (args[0] === '-c') {
      history.clear();
      return ok();
    }
    if (args[0] !== undefined && !/^\d+$/.test(args[0])) {
      return {
        stdout: '',
        stderr: `bash: history: ${args[0]}: numeric argument required\n`,
        exitCode: 1,
      };
    }
    return ok(history.format(args[0] === undefined ? undefined : Number(args[0])));
  });
}

function createYesCommand(): CustomCommand {
  return defineCommand('yes', async (args) => {
    const line = `${args.length > 0 ? args.join(' ') : 'y'}\n`;
    return ok(line.repeat(Math.max(1, Math.floor(YES_OUTPUT_BYTES / line.length))));
  });
}

function createCaptureCommand(host: CommandHost): CustomCommand {
  return defineCommand(CAPTURE_COMMAND, async (args, ctx) => {
    const run = host.findRun(ctx);
    if (run && args[0] === ctx.env.get(RUN_ID_VARIABLE)) {
      run.exported = Object.keys(ctx.exportedEnv ?? {});
    }
    return ok('', Number(args[1] ?? 0) || 0);
  });
}

export function createShellCommands(host: CommandHost): CustomCommand[] {
  return [
    createKubectlCommand(host),
    createHistoryCommand(host.history),
    createYesCommand(),
    createCaptureCommand(host),
    defineCommand(STATUS_COMMAND, async (args) => ok('', Number(args[0] ?? 0) || 0)),
    defineCommand('clear', async () => ok('\x1b[H\x1b[2J\x1b[3J')),
    defineCommand('whoami', async () => ok(`${USER}\n`)),
    defineCommand('hostname', async () => ok(`${HOSTNAME}\n`)),
  ];
}

/** Names the learner should never see in completion or `help`. */
export function isHiddenCommand(name: string): boolean {
  return name.startsWith('__workstation');
}
