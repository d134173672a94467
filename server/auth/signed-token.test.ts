import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createSessionToken,
  hashSessionToken,
  signSessionToken,
  verifySignedToken,
} from './signed-token';

const secret = randomBytes(32);

describe('signed session tokens', () => {
  it('verify a value signed with the same secret', () => {
    const token = createSessionToken();
    expect(verifySignedToken(signSessionToken(token, secret), secret)).toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reject a value signed with another secret (a forgery)', () => {
    const token = createSessionToken();
    expect(verifySignedToken(signSessionToken(token, randomBytes(32)), secret)).toBeNull();
  });

  it('reject a tampered token or signature, and malformed values', () => {
    const token = createSessionToken();
    const value = signSessionToken(token, secret);
    const [t, s] = value.split('.') as [string, string];
    const flip = (x: string, i: number) =>
      x.slice(0, i) + (x[i] === 'A' ? 'B' : 'A') + x.slice(i + 1);
    expect(verifySignedToken(`${flip(t, 5)}.${s}`, secret)).toBeNull();
    expect(verifySignedToken(`${t}.${flip(s, 5)}`, secret)).toBeNull();
    expect(verifySignedToken(`${t}.${s.slice(0, -2)}`, secret)).toBeNull();
    expect(verifySignedToken(t, secret)).toBeNull();
    expect(verifySignedToken(`${t}.`, secret)).toBeNull();
    expect(verifySignedToken(`../x.${s}`, secret)).toBeNull();
    expect(verifySignedToken('', secret)).toBeNull();
  });
});
