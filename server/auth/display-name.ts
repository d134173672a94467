/**
 * Display-name rules: 1–40 characters after trimming; letters (any script), digits, spaces and
 * . - _ '. Errors say what was wrong and how to fix it.
 */

export const MAX_DISPLAY_NAME_LENGTH = 40;
const ALLOWED = /^[\p{L}\p{M}\p{N} .\-_']+$/u;
const DISALLOWED_CHAR = /[^\p{L}\p{M}\p{N} .\-_']/u;

export type NameCheck = { ok: true; value: string } | { ok: false; error: string };

export function validateDisplayName(input: unknown): NameCheck {
  if (typeof input !== 'string') {
    return { ok: false, error: 'Display name is required: enter 1 to 40 characters.' };
  }
  // Collapse runs of spaces so "Ada   Lovelace" and "Ada Lovelace" are the same name.
  const value = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (value.length === 0) {
    return { ok: false, error: 'Display name is required: enter 1 to 40 characters.' };
  }
  const length = [...value].length;
  if (length > MAX_DISPLAY_NAME_LENGTH) {
    return {
      ok: false,
      error: `Display name is too long: ${length} characters, the limit is ${MAX_DISPLAY_NAME_LENGTH}.`,
    };
  }
  if (!ALLOWED.test(value)) {
    const bad = describeCharacter(DISALLOWED_CHAR.exec(value)?.[0] ?? '');
    return {
      ok: false,
      error: `Display name contains ${bad}, which is not allowed: use letters, digits, spaces and . - _ ' only.`,
    };
  }
  return { ok: true, value };
}

/** Invisible characters are named by code point; visible ones are quoted. */
function describeCharacter(ch: string): string {
  if (/^[\p{C}\p{Z}]$/u.test(ch)) {
    return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `"${ch}"`;
}
