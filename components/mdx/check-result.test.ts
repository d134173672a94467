import { describe, expect, it } from 'vitest';
import { describeRefusal, describeResult, parseCheckResult } from './check-result';

const step = (name: string, ok: boolean) => ({ name, ok, expected: 'e', actual: 'a' });

describe('check results for people', () => {
  it('parses a result and counts the right steps', () => {
    const result = parseCheckResult({
      checkId: 'prepare',
      passed: false,
      steps: [step('namespace', true), { ...step('secret', false), hint: 'apply it' }],
      durationMs: 12,
    });
    expect(result.steps[1]).toEqual({
      name: 'secret',
      ok: false,
      expected: 'e',
      actual: 'a',
      hint: 'apply it',
    });
    expect(describeResult(result)).toBe(
      'Not passed: 1 of 2 steps are right. The first one to fix is marked below.',
    );
    expect(describeResult({ passed: true, steps: [step('one', true)] })).toBe(
      'Passed: all 1 step is right.',
    );
  });

  it('refuses an answer that is not a check result', () => {
    expect(() => parseCheckResult({ error: 'nope' })).toThrow(
      'the server sent an answer that is not a check result',
    );
    expect(() => parseCheckResult(null)).toThrow(/not a check result/);
  });

  it('explains refusals, sending readers who have not joined to join', () => {
    expect(describeRefusal(401, 'no session')).toMatch(/^Join the workshop first/);
    expect(describeRefusal(409, undefined)).toMatch(/already running/);
    expect(describeRefusal(404, 'task "x" not found')).toBe('task "x" not found');
    expect(describeRefusal(500, undefined)).toBe(
      'The check could not run (HTTP 500). Try again in a moment.',
    );
  });
});
