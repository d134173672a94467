/**
 * Instructor access: the INSTRUCTOR_TOKEN, sent as `Authorization: Bearer <token>` or in the
 * `ws_instructor` cookie. Compared in constant time over fixed-length digests so neither the
 * content nor the length of the token leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readCookie } from './cookies';
import { readHeader, type AnyRequest } from './request-info';

export const INSTRUCTOR_COOKIE = 'ws_instructor';

export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function readInstructorToken(req: AnyRequest): string | undefined {
  const auth = readHeader(req, 'authorization');
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  return bearer || readCookie(readHeader(req, 'cookie'), INSTRUCTOR_COOKIE);
}

/**
 * True only when a token is configured and the request carries it. With no INSTRUCTOR_TOKEN set,
 * instructor routes stay closed rather than open.
 */
export function isInstructorRequest(req: AnyRequest, expected: string | undefined): boolean {
  if (!expected) return false;
  const given = readInstructorToken(req);
  return given !== undefined && tokensMatch(given, expected);
}
