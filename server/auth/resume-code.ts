/**
 * Resume codes: a learner's way back in on another device. Twelve symbols of Crockford's base32
 * (60 random bits) in groups of three, e.g. `K7Q-4MZ-9TD-2HX`. Easy to read aloud: no I, L, O or U,
 * and typing an O or an I/L is read as 0 or 1. Only an HMAC of the code is stored.
 */
import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 12;

export function generateResumeCode(): string {
  const bytes = randomBytes(SYMBOLS);
  let code = '';
  for (let i = 0; i < SYMBOLS; i++) {
    // 256 is a multiple of 32, so taking the low five bits is unbiased.
    code += ALPHABET[(bytes[i] as number) & 31];
    if (i % 3 === 2 && i < SYMBOLS - 1) code += '-';
  }
  return code;
}

/** The canonical 12 symbols of a typed code, or null when it cannot be a resume code. */
export function normalizeResumeCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== SYMBOLS) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}

export function hashResumeCode(normalizedCode: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(`resume:${normalizedCode}`).digest('hex');
}

export function buildResumePath(code: string): string {
  return `/join?resume=${encodeURIComponent(code)}`;
}
