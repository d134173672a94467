import { describe, expect, it } from 'vitest';
import { createEchoMatcher } from './echo-matcher';

describe('createEchoMatcher', () => {
  it('answers keys in order with the time since each was sent', () => {
    const matcher = createEchoMatcher();
    matcher.expect('1', 100);
    matcher.expect('2', 110);
    expect(matcher.feed('1', 105)).toEqual([{ sentAt: 100, roundTrip: 5 }]);
    expect(matcher.pending()).toBe(1);
    expect(matcher.feed('2', 130)).toEqual([{ sentAt: 110, roundTrip: 20 }]);
    expect(matcher.pending()).toBe(0);
  });

  it('answers several keys echoed in one chunk', () => {
    const matcher = createEchoMatcher();
    matcher.expect('3', 0);
    matcher.expect('4', 10);
    expect(matcher.feed('34', 50).map((e) => e.roundTrip)).toEqual([50, 40]);
  });

  it('ignores digits inside escape sequences, even split across chunks', () => {
    const matcher = createEchoMatcher();
    matcher.expect('2', 0);
    expect(matcher.feed('\x1b[?20', 1)).toEqual([]);
    expect(matcher.feed('04h\x1b]0;title 2\x07', 2)).toEqual([]);
    expect(matcher.feed('\x1b]0;x2\x1b\\\x1b(B', 3)).toEqual([]);
    expect(matcher.pending()).toBe(1);
    expect(matcher.feed('learner@workstation:~$ 2', 9)).toEqual([{ sentAt: 0, roundTrip: 9 }]);
  });

  it('does not answer a key with a different character', () => {
    const matcher = createEchoMatcher();
    matcher.expect('7', 0);
    expect(matcher.feed('\b\x1b[K8', 5)).toEqual([]);
    expect(matcher.pending()).toBe(1);
    expect(matcher.dropPending()).toEqual([0]);
    expect(matcher.pending()).toBe(0);
  });

  it('refuses to expect more than one character per key', () => {
    expect(() => createEchoMatcher().expect('12', 0)).toThrow(/one character/);
  });
});
