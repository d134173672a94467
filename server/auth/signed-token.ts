/**
 * Session tokens and their signatures. The cookie carries `<token>.<HMAC-SHA256(token)>`; the
 * database keeps only SHA-256(token). A forged or altered cookie fails the HMAC check (compared in
 * constant time) before any database lookup.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function signatureOf(token: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(`session:${token}`).digest();
}

export function signSessionToken(token: string, secret: Buffer): string {
  return `${token}.${signatureOf(token, secret).toString('base64url')}`;
}

/** The token inside a correctly signed cookie value, or null for anything else. */
export function verifySignedToken(value: string, secret: Buffer): string | null {
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const token = value.slice(0, dot);
  if (!TOKEN_PATTERN.test(token)) return null;
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = signatureOf(token, secret);
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? token : null;
}
