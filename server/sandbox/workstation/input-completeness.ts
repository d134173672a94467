/**
 * Decides, like bash's reader, whether typed input is a whole command, needs more lines (open
 * quote, here-document awaiting its terminator, trailing `\` or `|`, `if` without `fi`, …), or is
 * a syntax error. just-bash's parser does not separate "unfinished" from "wrong", so this module
 * reads its error positions and messages, and covers what it accepts too eagerly.
 */
import { parse } from 'just-bash';
import type { ScriptNode } from 'just-bash';
import { findNodes } from './ast-queries';
import { scanShellWords } from './shell-words';

export type Completeness =
  | { kind: 'complete'; script: ScriptNode }
  | {
      kind: 'incomplete';
      /** Delimiters of the here-documents still open, when that is what is missing. */
      openHereDocuments?: string[];
    }
  | { kind: 'invalid'; message: string };

const CONTINUING_OPERATORS = new Set(['|', '||', '&&', '|&']);

type ParseFailure = { message: string; line?: number; column?: number };

function endsInsideInput(error: ParseFailure, text: string): boolean {
  if (/\bEOF\b|end of file/.test(error.message)) return false;
  if (typeof error.line !== 'number' || typeof error.column !== 'number') return true;
  const lines = text.split('\n');
  if (error.line <= 0 || error.line > lines.length) return false;
  // Errors reported just past the last character are the parser running out of input.
  return !(error.line === lines.length && error.column > lines[lines.length - 1]!.length);
}

/** Bash's wording for a parse error: `syntax error near unexpected token `fi'`. */
export function describeSyntaxError(message: string): string {
  return message.replace(/^Parse error at \d+:\d+: /, '').replace(/^line \d+: /, '');
}

export function checkCompleteness(text: string): Completeness {
  const scan = scanShellWords(text);
  if (scan.trailingBackslash) return { kind: 'incomplete' };
  // `echo a |` and `make &&` parse as complete in just-bash; bash asks for the rest.
  const last = scan.tokens.filter((t) => t.text !== '\n').at(-1);
  if (!scan.openQuote && last?.kind === 'operator' && CONTINUING_OPERATORS.has(last.text)) {
    return { kind: 'incomplete' };
  }
  let script: ScriptNode;
  try {
    script = parse(text);
  } catch (error) {
    const failure = error as ParseFailure;
    if (scan.openQuote || !endsInsideInput(failure, text)) return { kind: 'incomplete' };
    return { kind: 'invalid', message: describeSyntaxError(failure.message) };
  }
  const openHeredoc = findNodes(
    script,
    (node) => node.type === 'HereDoc' && node.terminated === false,
  );
  if (openHeredoc.length > 0) {
    return { kind: 'incomplete', openHereDocuments: openHeredoc.map((n) => String(n.delimiter)) };
  }
  return { kind: 'complete', script };
}

export type EndOfInput =
  /** `text` is the input with the missing terminators added, ready to run. */
  | { kind: 'run'; text: string; script: ScriptNode; warning: string }
  | { kind: 'error'; messages: string[] };

/**
 * What bash does when input ends (Ctrl-D, end of a script) inside an unfinished command: a
 * here-document is cut short with a warning and still runs; anything else is a syntax error.
 */
export function finishAtEndOfInput(text: string): EndOfInput {
  const scan = scanShellWords(text);
  if (!scan.trailingBackslash && !scan.openQuote) {
    try {
      const script = parse(text);
      const open = findNodes(
        script,
        (node) => node.type === 'HereDoc' && node.terminated === false,
      );
      if (open.length > 0) {
        const delimiter = String(open[0]!.delimiter);
        const line = text.split('\n').findIndex((l) => l.includes('<<')) + 1;
        // Close the here-documents so nothing run after this input is taken as their body.
        const closed = [text, ...open.map((node) => String(node.delimiter))].join('\n');
        return {
          kind: 'run',
          text: closed,
          script: parse(closed),
          warning: `warning: here-document at line ${line} delimited by end-of-file (wanted \`${delimiter}')`,
        };
      }
    } catch {
      // Not a here-document: a syntax error, below.
    }
  }
  const messages = ['syntax error: unexpected end of file'];
  if (scan.openQuote)
    messages.unshift(`unexpected EOF while looking for matching \`${scan.openQuote}'`);
  return { kind: 'error', messages };
}
