import { describe, expect, it } from 'vitest';
import { readCookie, serializeClearedSessionCookie, serializeSessionCookie } from './cookies';

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, path-wide, and Secure only when asked', () => {
    const plain = serializeSessionCookie('abc.def', { maxAgeSeconds: 7200.4, secure: false });
    expect(plain).toBe('ws_session=abc.def; Path=/; HttpOnly; SameSite=Lax; Max-Age=7200');
    expect(serializeSessionCookie('v', { maxAgeSeconds: 60, secure: true })).toMatch(/; Secure$/);
  });

  it('is cleared with Max-Age=0', () => {
    expect(serializeClearedSessionCookie(false)).toContain('ws_session=; ');
    expect(serializeClearedSessionCookie(false)).toContain('Max-Age=0');
  });

  it('is read from a Cookie header among others', () => {
    expect(readCookie('a=1; ws_session=tok.sig; b=2', 'ws_session')).toBe('tok.sig');
    expect(readCookie('xws_session=1', 'ws_session')).toBeUndefined();
    expect(readCookie(undefined, 'ws_session')).toBeUndefined();
    expect(readCookie('ws_session=%E0%A4%A', 'ws_session')).toBeUndefined();
  });
});
