/**
 * Command-line parsing with pflag's rules and wording: `--flag=v`, `--flag v`, `-n v`, `-nv`,
 * grouped booleans (`-it`), everything after `--` kept apart (for `exec`), flags anywhere.
 */
import { createUsageError } from './errors';

export type FlagType = 'bool' | 'string' | 'strings' | 'int' | 'duration';

export type FlagSpec = {
  name: string;
  short?: string;
  type: FlagType;
  /** Value used when the flag is given without `=value` (pflag's NoOptDefVal). */
  noValueDefault?: string;
};

export type ParsedArgs = {
  /** Positional arguments before `--`. */
  args: string[];
  /** Arguments after `--` (null when there was no `--`). */
  dashArgs: string[] | null;
  /** Flags by long name; `strings` flags collect every occurrence. */
  flags: Map<string, string | boolean | number | string[]>;
};

/** Flags every command accepts (kubectl's global options that matter inside the workstation). */
export const globalFlags: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'int' },
  { name: 'help', short: 'h', type: 'bool' },
];

function convert(command: string, spec: FlagSpec, raw: string, shown: string) {
  if (spec.type === 'int') {
    if (!/^[-+]?\d+$/.test(raw)) {
      throw createUsageError(
        command,
        `invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`,
      );
    }
    return Number(raw);
  }
  if (spec.type === 'bool') {
    const value = raw.toLowerCase();
    if (['true', '1', 't'].includes(value)) return true;
    if (['false', '0', 'f'].includes(value)) return false;
    throw createUsageError(
      command,
      `invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`,
    );
  }
  if (spec.type === 'duration' && !/^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$|^0$/.test(raw)) {
    throw createUsageError(
      command,
      `invalid argument "${raw}" for "${shown}" flag: time: invalid duration "${raw}"`,
    );
  }
  return raw;
}

function store(parsed: ParsedArgs, spec: FlagSpec, value: string | boolean | number) {
  if (spec.type === 'strings') {
    const list = (parsed.flags.get(spec.name) as string[] | undefined) ?? [];
    // pflag's StringSlice also splits on commas; kubectl's -f is a StringSlice.
    list.push(...String(value).split(','));
    parsed.flags.set(spec.name, list);
  } else {
    parsed.flags.set(spec.name, value);
  }
}

/** Parses argv for one command; `command` names it in error messages ("get", "rollout status"). */
export function parseArgs(argv: string[], specs: FlagSpec[], command: string): ParsedArgs {
  const all = [...specs, ...globalFlags];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]));
  const parsed: ParsedArgs = { args: [], dashArgs: null, flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      parsed.dashArgs = argv.slice(i + 1);
      break;
    }
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      const name = eq === -1 ? token.slice(2) : token.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw createUsageError(command, `unknown flag: --${name}`);
      if (eq !== -1) store(parsed, spec, convert(command, spec, token.slice(eq + 1), `--${name}`));
      else if (spec.type === 'bool') store(parsed, spec, true);
      else if (spec.noValueDefault !== undefined) store(parsed, spec, spec.noValueDefault);
      else {
        if (i + 1 >= argv.length)
          throw createUsageError(command, `flag needs an argument: --${name}`);
        store(parsed, spec, convert(command, spec, argv[++i]!, `--${name}`));
      }
      continue;
    }
    if (token.startsWith('-') && token.length > 1) {
      // A run of shorthands: booleans may be grouped; a value flag takes the rest of the token.
      for (let j = 1; j < token.length; j++) {
        const letter = token[j]!;
        const spec = byShort.get(letter);
        if (!spec)
          throw createUsageError(command, `unknown shorthand flag: '${letter}' in ${token}`);
        const shown = `-${letter}, --${spec.name}`;
        if (spec.type === 'bool') {
          if (token[j + 1] === '=') {
            store(parsed, spec, convert(command, spec, token.slice(j + 2), shown));
            break;
          }
          store(parsed, spec, true);
          continue;
        }
        let rest = token.slice(j + 1);
        if (rest.startsWith('=')) rest = rest.slice(1);
        else if (rest === '') {
          if (i + 1 >= argv.length) {
            throw createUsageError(command, `flag needs an argument: '${letter}' in ${token}`);
          }
          rest = argv[++i]!;
        }
        store(parsed, spec, convert(command, spec, rest, shown));
        break;
      }
      continue;
    }
    parsed.args.push(token);
  }
  return parsed;
}

/** Typed accessors over parsed flags. */
export function readString(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function readBool(parsed: ParsedArgs, name: string): boolean {
  return parsed.flags.get(name) === true;
}

export function readInt(parsed: ParsedArgs, name: string): number | undefined {
  const value = parsed.flags.get(name);
  return typeof value === 'number' ? value : undefined;
}

export function readStrings(parsed: ParsedArgs, name: string): string[] {
  const value = parsed.flags.get(name);
  return Array.isArray(value) ? value : [];
}
