/**
 * A small lexical scan of shell text: words and operators with their offsets, plus the state at
 * the end (open quote, trailing backslash). The line editor needs it where just-bash's parser
 * cannot help: completing a half-typed word and spotting a line that bash would continue.
 */

export type ShellToken = {
  kind: 'word' | 'operator';
  /** The token as typed (quotes kept). */
  text: string;
  start: number;
  end: number;
};

export type ShellScan = {
  tokens: ShellToken[];
  /** The quote still open at the end of the text, if any. */
  openQuote: "'" | '"' | null;
  /** The text ends with an unquoted backslash: bash reads the next line as a continuation. */
  trailingBackslash: boolean;
};

const OPERATORS = [
  '&&',
  '||',
  '|&',
  ';;',
  '>>',
  '<<',
  '$(',
  '|',
  '&',
  ';',
  '(',
  ')',
  '<',
  '>',
  '`',
];

function matchOperator(text: string, at: number): string | null {
  for (const op of OPERATORS) if (text.startsWith(op, at)) return op;
  return null;
}

/** Splits shell text into words and operators the way bash's tokenizer would, roughly. */
export function scanShellWords(text: string): ShellScan {
  const tokens: ShellToken[] = [];
  let quote: "'" | '"' | null = null;
  let wordStart = -1;
  let trailingBackslash = false;
  const endWord = (end: number) => {
    if (wordStart >= 0)
      tokens.push({ kind: 'word', text: text.slice(wordStart, end), start: wordStart, end });
    wordStart = -1;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    trailingBackslash = false;
    if (quote === "'") {
      if (ch === "'") quote = null;
      i += 1;
      continue;
    }
    if (ch === '\\') {
      if (wordStart < 0) wordStart = i;
      if (i + 1 >= text.length) trailingBackslash = true;
      i += 2;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      i += 1;
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (wordStart < 0) wordStart = i;
      quote = ch;
      i += 1;
      continue;
    }
    if (ch === '#' && wordStart < 0) {
      // A comment runs to the end of the line; a backslash inside it continues nothing.
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? text.length : newline;
      continue;
    }
    if (ch === ' ' || ch === '\t') {
      endWord(i);
      i += 1;
      continue;
    }
    if (ch === '\n') {
      endWord(i);
      tokens.push({ kind: 'operator', text: '\n', start: i, end: i + 1 });
      i += 1;
      continue;
    }
    const op = matchOperator(text, i);
    // `$(` only opens a substitution; a lone `$` is part of a word ($HOME).
    if (op && !(op === '$(' && wordStart >= 0 && !text.startsWith('=$(', i - 1))) {
      endWord(i);
      tokens.push({ kind: 'operator', text: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    i += 1;
  }
  endWord(text.length);
  return { tokens, openQuote: quote, trailingBackslash };
}

/** Removes one level of quoting and backslashes from a word (`"a b"` → `a b`). */
export function unquoteWord(word: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < word.length; i += 1) {
    const ch = word[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < word.length) out += word[++i];
      else out += ch;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\' && i + 1 < word.length) out += word[++i];
    else out += ch;
  }
  return out;
}
