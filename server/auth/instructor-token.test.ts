import { describe, expect, it } from 'vitest';
import { isInstructorRequest, tokensMatch } from './instructor-token';

const req = (headers: Record<string, string>) =>
  new Request('http://localhost/instructor', { headers });

describe('instructor token', () => {
  it('matches only the exact token', () => {
    expect(tokensMatch('s3cret-token', 's3cret-token')).toBe(true);
    expect(tokensMatch('s3cret-tokex', 's3cret-token')).toBe(false);
    expect(tokensMatch('s3cret', 's3cret-token')).toBe(false);
    expect(tokensMatch('', 's3cret-token')).toBe(false);
  });

  it('is read from a Bearer header or the instructor cookie', () => {
    expect(isInstructorRequest(req({ authorization: 'Bearer tok' }), 'tok')).toBe(true);
    expect(isInstructorRequest(req({ cookie: 'ws_instructor=tok' }), 'tok')).toBe(true);
    expect(isInstructorRequest(req({ authorization: 'Bearer nope' }), 'tok')).toBe(false);
    expect(isInstructorRequest(req({}), 'tok')).toBe(false);
  });

  it('keeps instructor routes closed when no token is configured', () => {
    expect(isInstructorRequest(req({ authorization: 'Bearer ' }), undefined)).toBe(false);
    expect(isInstructorRequest(req({ authorization: 'Bearer anything' }), undefined)).toBe(false);
  });
});
