/**
 * Tab completion for the workstation shell: command names in command position, kubectl's words
 * after `kubectl`, and file names elsewhere (following `~`, `$HOME` or `$scriptDir` at the start
 * of a path, as bash does). Returns candidates; the shell decides what to insert or list.
 */
import type { IFileSystem } from 'just-bash';
import { completeKubectl } from './kubectl-words';
import { scanShellWords, unquoteWord, type ShellToken } from './shell-words';

export type Candidate = {
  /** Text that replaces the word being completed. */
  replacement: string;
  /** What a listing shows. */
  display: string;
  /** A unique match gets a space after it (not directories or `--flag=`). */
  final: boolean;
};

export type Completions = { start: number; word: string; candidates: Candidate[] };

export type CompletionSource = {
  fs: IFileSystem;
  cwd: string;
  variables: Readonly<Record<string, string>>;
  commandNames(): string[];
};

const SEPARATORS = new Set(['\n', ';', '&&', '||', '|', '|&', '&', '(', '$(', '`', ';;', ')']);
const REDIRECTS = new Set(['<', '>', '>>', '<<']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function escapeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._\-+,:@%/=]/g, (ch) => `\\${ch}`);
}

/** Expands a leading `~`, `$NAME` or `${NAME}` so the directory can be looked up. */
function expandLeading(path: string, variables: Readonly<Record<string, string>>): string {
  if (path === '~' || path.startsWith('~/')) return (variables.HOME ?? '') + path.slice(1);
  const match = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(path);
  if (!match) return path;
  return (variables[match[1] ?? match[2]!] ?? '') + path.slice(match[0].length);
}

async function completeFiles(word: string, source: CompletionSource, onlyDirectories: boolean) {
  const slash = word.lastIndexOf('/');
  const typedDir = word.slice(0, slash + 1);
  const base = unquoteWord(word.slice(slash + 1));
  const lookup = expandLeading(unquoteWord(typedDir), source.variables) || '.';
  const directory = source.fs.resolvePath(source.cwd, lookup);
  let names: string[];
  try {
    names = await source.fs.readdir(directory);
  } catch {
    return [];
  }
  const candidates: Candidate[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(base) || (name.startsWith('.') && !base.startsWith('.'))) continue;
    const stat = await source.fs.stat(source.fs.resolvePath(directory, name)).catch(() => null);
    const isDirectory = stat?.isDirectory ?? false;
    if (onlyDirectories && !isDirectory) continue;
    candidates.push({
      replacement: typedDir + escapeName(name) + (isDirectory ? '/' : ''),
      display: name + (isDirectory ? '/' : ''),
      final: !isDirectory,
    });
  }
  return candidates;
}

function completeWords(word: string, words: string[]): Candidate[] {
  const prefix = unquoteWord(word);
  return [...new Set(words)]
    .filter((candidate) => candidate.startsWith(prefix))
    .sort()
    .map((candidate) => ({
      replacement: candidate,
      display: candidate,
      final: !candidate.endsWith('='),
    }));
}

/** The words of the simple command the cursor is in, before the word being typed. */
function commandWords(tokens: ShellToken[]): { words: string[]; afterRedirect: boolean } {
  let start = tokens.length;
  while (
    start > 0 &&
    !(tokens[start - 1]!.kind === 'operator' && SEPARATORS.has(tokens[start - 1]!.text))
  ) {
    start -= 1;
  }
  const words: string[] = [];
  let afterRedirect = false;
  for (const token of tokens.slice(start)) {
    if (token.kind === 'operator') {
      afterRedirect = REDIRECTS.has(token.text);
      continue;
    }
    if (afterRedirect) {
      afterRedirect = false;
      continue;
    }
    if (words.length === 0 && ASSIGNMENT.test(token.text)) continue;
    words.push(unquoteWord(token.text));
  }
  return { words, afterRedirect };
}

export async function findCompletions(
  line: string,
  cursor: number,
  source: CompletionSource,
): Promise<Completions> {
  const before = line.slice(0, cursor);
  const { tokens } = scanShellWords(before);
  const last = tokens.at(-1);
  const current = last && last.kind === 'word' && last.end === before.length ? last : null;
  const word = current?.text ?? '';
  const start = current?.start ?? cursor;
  const { words, afterRedirect } = commandWords(current ? tokens.slice(0, -1) : tokens);
  let candidates: Candidate[];
  if (afterRedirect) candidates = await completeFiles(word, source, false);
  else if (words.length === 0 && !word.includes('/'))
    candidates = completeWords(word, source.commandNames());
  else if (words[0] === 'kubectl') {
    const plan = completeKubectl(words.slice(1), unquoteWord(word));
    if (plan.kind === 'words') candidates = completeWords(word, plan.words);
    else if (plan.kind === 'files') {
      const eq = word.startsWith('--filename=') ? '--filename='.length : 0;
      candidates = (await completeFiles(word.slice(eq), source, false)).map((c) => ({
        ...c,
        replacement: word.slice(0, eq) + c.replacement,
      }));
    } else candidates = [];
  } else candidates = await completeFiles(word, source, words[0] === 'cd');
  return { start, word, candidates };
}

/** The longest text every candidate's replacement starts with. */
export function commonPrefix(candidates: Candidate[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!.replacement;
  for (const { replacement } of candidates) {
    while (!replacement.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
