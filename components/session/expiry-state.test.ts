import { describe, expect, it } from 'vitest';
import {
  describeExpiry,
  describeRemaining,
  formatRemaining,
  nextPollDelayMs,
  WARN_BEFORE_MS,
} from './expiry-state';

describe('session expiry banner state', () => {
  const now = 1_000_000;
  it('is quiet while more than five minutes remain', () => {
    expect(describeExpiry(now + WARN_BEFORE_MS + 1, now)).toEqual({
      phase: 'active',
      remainingMs: WARN_BEFORE_MS + 1,
    });
  });

  it('warns from five minutes before expiry', () => {
    expect(describeExpiry(now + WARN_BEFORE_MS, now).phase).toBe('warning');
    expect(describeExpiry(now + 1, now).phase).toBe('warning');
  });

  it('says the session ended at expiry', () => {
    expect(describeExpiry(now, now)).toEqual({ phase: 'expired' });
  });

  it('counts down in m:ss, never showing 0:00 early', () => {
    expect(formatRemaining(245_000)).toBe('4:05');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(-5)).toBe('0:00');
    expect(describeRemaining(4 * 60_000 + 1)).toBe('about 5 minutes');
    expect(describeRemaining(30_000)).toBe('less than a minute');
  });

  it('polls just in time for the warning, then more often', () => {
    expect(nextPollDelayMs({ phase: 'active', remainingMs: 60 * 60_000 })).toBe(60_000);
    expect(nextPollDelayMs({ phase: 'active', remainingMs: WARN_BEFORE_MS + 20_000 })).toBe(20_000);
    expect(nextPollDelayMs({ phase: 'warning', remainingMs: 200_000 })).toBe(15_000);
    expect(nextPollDelayMs({ phase: 'warning', remainingMs: 100 })).toBe(1000);
  });
});
