import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateResumeCode, hashResumeCode, normalizeResumeCode } from './resume-code';

describe('resume codes', () => {
  it('look like K7Q-4MZ-9TD-2HX and carry 60 random bits', () => {
    const codes = new Set(Array.from({ length: 2000 }, generateResumeCode));
    expect(codes.size).toBe(2000);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}(-[0-9A-HJKMNP-TV-Z]{3}){3}$/);
  });

  it('forgive case, spaces, missing dashes and O/I/L typed for 0/1', () => {
    expect(normalizeResumeCode('k7q-4mz-9td-2hx')).toBe('K7Q4MZ9TD2HX');
    expect(normalizeResumeCode(' K7Q 4MZ 9TD 2HX ')).toBe('K7Q4MZ9TD2HX');
    expect(normalizeResumeCode('O1I-L00-000-000')).toBe('011100000000');
  });

  it('refuse anything that cannot be a code', () => {
    expect(normalizeResumeCode('K7Q-4MZ-9TD')).toBeNull();
    expect(normalizeResumeCode('K7Q-4MZ-9TD-2HXX')).toBeNull();
    expect(normalizeResumeCode('K7Q-4MZ-9TD-2H!')).toBeNull();
    expect(normalizeResumeCode('K7Q-4MZ-9TD-2HU')).toBeNull();
  });

  it('hash with the server secret, so equal codes match and other secrets do not', () => {
    const secret = randomBytes(32);
    const code = normalizeResumeCode(generateResumeCode()) as string;
    expect(hashResumeCode(code, secret)).toBe(hashResumeCode(code, secret));
    expect(hashResumeCode(code, secret)).not.toBe(hashResumeCode(code, randomBytes(32)));
    expect(hashResumeCode(code, secret)).not.toContain(code);
  });
});
