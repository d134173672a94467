/**
 * Bearer tokens: random, 256 bits, and kept only as SHA-256 digests, so neither memory dumps of
 * the lookup table nor snapshots on disk hold a usable learner credential. Looking a digest up in
 * a map does not leak the token through timing, unlike comparing the tokens themselves.
 */
import { createHash, randomBytes } from 'node:crypto';

export function mintToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
