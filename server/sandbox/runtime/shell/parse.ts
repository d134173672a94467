/**
 * A small POSIX-shell parser: words with single and double quotes, backslashes, `$VAR`,
 * `${VAR}`, `$?`, `$(…)`, comments, `;`, newlines, `&&`, `||`, `|` and the redirections a
 * learner types (`>/dev/null`, `2>&1`, `2>/dev/null`, `>&2`, `<`). No loops, functions or globs.
 */

export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'var'; name: string; quoted: boolean }
  | { kind: 'subst'; source: string; quoted: boolean };

export type Word = WordPart[];

export type Redirect = { fd: 0 | 1 | 2; op: '>' | '>>' | '<' | '>&'; target: Word };

export type SimpleCommand = { words: Word[]; redirects: Redirect[] };

export type Pipeline = SimpleCommand[];

/** A list of pipelines; `next` says how the following one runs. */
export type Script = { pipeline: Pipeline; next: ';' | '&&' | '||' | '&' }[];

export class ShellSyntaxError extends Error {
  constructor(
    /** `unterminated` for an open quote, otherwise the token that did not fit. */
    readonly token: string,
  ) {
    super(token === 'unterminated' ? 'unterminated quoted string' : `unexpected "${token}"`);
  }
}

type Token = { type: 'word'; word: Word } | { type: 'op'; op: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL = /^[?$#!0-9@*]/;

function readSubstitution(source: string, start: number): number {
  let depth = 1;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new ShellSyntaxError('unterminated');
}

/** Reads `$…` at `i` (pointing after the `$`); returns the part and the index after it. */
function readDollar(source: string, i: number, quoted: boolean): [WordPart, number] {
  const rest = source.slice(i);
  if (rest.startsWith('(')) {
    const end = readSubstitution(source, i + 1);
    return [{ kind: 'subst', source: source.slice(i + 1, end), quoted }, end + 1];
  }
  if (rest.startsWith('{')) {
    const end = source.indexOf('}', i);
    if (end < 0) throw new ShellSyntaxError('unterminated');
    return [{ kind: 'var', name: source.slice(i + 1, end), quoted }, end + 1];
  }
  const name = NAME.exec(rest)?.[0] ?? SPECIAL.exec(rest)?.[0];
  if (!name) return [{ kind: 'text', text: '$', quoted }, i];
  return [{ kind: 'var', name, quoted }, i + name.length];
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let word: Word | null = null;
  const text = (t: string, quoted: boolean) =>
    (word ??= []).push({ kind: 'text', text: t, quoted });
  const endWord = () => {
    if (word) tokens.push({ type: 'word', word });
    word = null;
  };

  for (let i = 0; i < source.length;) {
    const c = source[i]!;
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '#' && word === null) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === "'") {
      const end = source.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError('unterminated');
      text(source.slice(i + 1, end), true);
      i = end + 1;
    } else if (c === '"') {
      word ??= [];
      i++;
      let chunk = '';
      for (;;) {
        if (i >= source.length) throw new ShellSyntaxError('unterminated');
        const d = source[i]!;
        if (d === '"') break;
        if (d === '\\' && '$`"\\\n'.includes(source[i + 1] ?? '')) {
          chunk += source[i + 1];
          i += 2;
        } else if (d === '$') {
          if (chunk) text(chunk, true);
          chunk = '';
          const [part, next] = readDollar(source, i + 1, true);
          word.push(part);
          i = next;
        } else {
          chunk += d;
          i++;
        }
      }
      text(chunk, true);
      i++;
    } else if (c === '\\') {
      if (source[i + 1] !== '\n') text(source[i + 1] ?? '', true);
      i += 2;
    } else if (c === '$') {
      const [part, next] = readDollar(source, i + 1, false);
      (word ??= []).push(part);
      i = next;
    } else if ('<>'.includes(c)) {
      const current = word as Word | null;
      const first = current?.[0];
      let fd = c === '<' ? '0' : '1';
      if (
        current?.length === 1 &&
        first?.kind === 'text' &&
        !first.quoted &&
        /^[012]$/.test(first.text)
      ) {
        fd = first.text;
        word = null;
      } else endWord();
      const op = source.startsWith('>>', i) ? '>>' : source.startsWith('>&', i) ? '>&' : c;
      tokens.push({ type: 'op', op: `${fd}${op}` });
      i += op.length;
    } else if (';&|\n'.includes(c)) {
      endWord();
      const two = source.slice(i, i + 2);
      const op = two === '&&' || two === '||' ? two : c;
      tokens.push({ type: 'op', op });
      i += op.length === 2 ? 2 : 1;
    } else if ('()'.includes(c)) {
      throw new ShellSyntaxError(c);
    } else {
      let end = i;
      while (end < source.length && !` \t'"\\$<>;&|\n()`.includes(source[end]!)) end++;
      text(source.slice(i, end), false);
      i = end;
    }
  }
  endWord();
  return tokens;
}

export function parseScript(source: string): Script {
  const tokens = tokenize(source);
  const script: Script = [];
  let command: SimpleCommand = { words: [], redirects: [] };
  let pipeline: Pipeline = [];
  const isEmpty = (c: SimpleCommand) => c.words.length === 0 && c.redirects.length === 0;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'word') {
      command.words.push(token.word);
      continue;
    }
    const redirect = /^([012])(>>|>&|>|<)$/.exec(token.op);
    if (redirect) {
      const target = tokens[i + 1];
      if (target?.type !== 'word') throw new ShellSyntaxError(target?.op ?? 'newline');
      command.redirects.push({
        fd: Number(redirect[1]) as 0 | 1 | 2,
        op: redirect[2] as Redirect['op'],
        target: target.word,
      });
      i++;
      continue;
    }
    // A newline with nothing before it is a blank line, or a line continued after `&&`, `||`, `|`.
    if (token.op === '\n' && isEmpty(command)) continue;
    if (isEmpty(command)) throw new ShellSyntaxError(token.op);
    pipeline.push(command);
    command = { words: [], redirects: [] };
    if (token.op === '|') continue;
    script.push({ pipeline, next: token.op === '\n' ? ';' : (token.op as Script[number]['next']) });
    pipeline = [];
  }
  if (!isEmpty(command)) pipeline.push(command);
  else if (pipeline.length > 0) throw new ShellSyntaxError('end of file');
  if (pipeline.length > 0) script.push({ pipeline, next: ';' });
  const last = script[script.length - 1];
  if (last && (last.next === '&&' || last.next === '||') && pipeline.length === 0) {
    throw new ShellSyntaxError('end of file');
  }
  return script;
}
