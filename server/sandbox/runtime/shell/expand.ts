/**
 * Word expansion: parameters (`$HOME`, `${HOSTNAME}`, `$?`), command substitution and field
 * splitting of unquoted results on blanks, as a POSIX shell does it (no globbing).
 */

import type { Word } from './parse';

export type ExpansionScope = {
  /** Value of a variable or special parameter, undefined when unset. */
  lookup(name: string): string | undefined;
  /** Output of `$(…)` with trailing newlines removed. */
  substitute(source: string): Promise<string>;
};

/** Expands one word into zero or more fields. */
export async function expandWord(word: Word, scope: ExpansionScope): Promise<string[]> {
  const fields: string[] = [];
  let current = '';
  // A field exists once it has any quoted or literal content, even if that content is empty.
  let started = false;

  for (const part of word) {
    if (part.kind === 'text') {
      current += part.text;
      started = true;
      continue;
    }
    const value =
      part.kind === 'var'
        ? (scope.lookup(part.name) ?? '')
        : (await scope.substitute(part.source)).replace(/\n+$/, '');
    if (part.quoted) {
      current += value;
      started = true;
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (started) fields.push(current);
        current = '';
        started = false;
      }
      if (piece !== '') {
        current += piece;
        started = true;
      }
    });
  }
  if (started) fields.push(current);
  return fields;
}

/** Expands a word that must stay one string (a redirection target). */
export async function expandToString(word: Word, scope: ExpansionScope): Promise<string> {
  return (await expandWord(word, scope)).join(' ');
}
