/**
 * The workstation's `kubectl`: finds the command in argv (global flags may come first), parses
 * its flags, runs it against the learner's cluster and turns failures into kubectl's messages
 * and exit codes. See environment.ts for what the shell provides.
 */
import { globalFlags, parseArgs } from './args';
import {
  commands,
  isGroup,
  upstreamCommands,
  type Command,
  type CommandGroup,
} from './command-table';
import { createContext } from './context';
import type { KubectlEnvironment, RunKubectl } from './environment';
import { formatFailure, KubectlError, readExitCode } from './errors';
import { formatHelp } from './help';
import { suggestCommands } from './suggestions';

export type { KubectlEnvironment, RunKubectl } from './environment';

const valueFlags = new Set(
  globalFlags
    .filter((f) => f.type !== 'bool')
    .flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]),
);

/** Index of the first positional argument, skipping flags (and the values of global flags). */
function findPositional(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') return -1;
    if (!token.startsWith('-') || token === '-') return i;
    if (valueFlags.has(token)) i++;
  }
  return -1;
}

type Resolved = { command: Command; path: string[]; rest: string[] };

function resolveCommand(argv: string[]): Resolved | { help: string[] } {
  const index = findPositional(argv);
  if (index === -1) {
    const unknown = argv.find((t) => t.startsWith('-') && !['-h', '--help'].includes(t));
    if (unknown) parseArgs(argv, [], '');
    return { help: [] };
  }
  const name = argv[index]!;
  let rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
  const entry = commands[name];
  if (!entry) throw unknownCommand(name);
  const path = [name];
  let current: Command | CommandGroup = entry;
  while (isGroup(current)) {
    const subIndex = findPositional(rest);
    const subName = subIndex === -1 ? undefined : rest[subIndex]!;
    const sub: Command | CommandGroup | undefined = subName
      ? current.subcommands[subName]
      : undefined;
    if (sub && subName) {
      path.push(subName);
      rest = [...rest.slice(0, subIndex), ...rest.slice(subIndex + 1)];
      current = sub;
      continue;
    }
    if (current.fallback) return { command: current.fallback, path, rest };
    if (!subName) return { help: path };
    throw new KubectlError(
      `error: unknown command "${subName}"\nSee 'kubectl ${path.join(' ')} -h' for help and examples`,
    );
  }
  return { command: current, path, rest };
}

function unknownCommand(name: string): KubectlError {
  if (upstreamCommands.includes(name)) {
    return new KubectlError(
      `error: "kubectl ${name}" is not available in this workshop's kubectl. Available commands: ${Object.keys(commands).join(', ')}`,
    );
  }
  const suggestions = suggestCommands(name, upstreamCommands);
  const hint = suggestions.length
    ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}`).join('\n')}\n`
    : '';
  return new KubectlError(`error: unknown command "${name}" for "kubectl"${hint}`);
}

/** Runs one kubectl invocation; resolves to its exit code. Never throws. */
export const runKubectl: RunKubectl = async (argv, env) => {
  try {
    const code = await runResolved(argv, env);
    // Ctrl-C ends streaming commands; a shell sees that as death by SIGINT.
    return env.signal.aborted ? 130 : code;
  } catch (error) {
    if (env.signal.aborted) return 130;
    const text = formatFailure(error);
    env.stderr(text.endsWith('\n') ? text : `${text}\n`);
    return readExitCode(error);
  }
};

async function runResolved(argv: string[], env: KubectlEnvironment): Promise<number> {
  const resolved = resolveCommand(argv);
  if ('help' in resolved) {
    env.stdout(formatHelp(resolved.help));
    return 0;
  }
  const { command, path, rest } = resolved;
  const parsed = parseArgs(rest, command.flags, path.join(' '));
  if (parsed.flags.get('help') === true) {
    env.stdout(formatHelp(path));
    return 0;
  }
  const ctx = await createContext(env, parsed);
  return command.run(ctx, parsed);
}
