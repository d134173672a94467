import { describe, expect, it } from 'vitest';
import { createOutputHistory } from './output-history';

describe('createOutputHistory', () => {
  it('returns what was appended after an offset', () => {
    const history = createOutputHistory(100);
    history.append('hello ');
    history.append('world');
    expect(history.end()).toBe(11);
    expect(history.readFrom(0)).toBe('hello world');
    expect(history.readFrom(6)).toBe('world');
    expect(history.readFrom(11)).toBe('');
  });

  it('keeps only the newest output within its limit', () => {
    const history = createOutputHistory(10);
    for (let i = 0; i < 100; i += 1) history.append(`${i % 10}`.repeat(3));
    expect(history.end()).toBe(300);
    expect(history.start()).toBe(290);
    expect(history.readFrom(290)).toBe('6777888999');
    expect(history.readFrom(289)).toBeNull();
    expect(history.readFrom(301)).toBeNull();
    expect(history.readFrom(Number.NaN)).toBeNull();
  });

  it('does not split a surrogate pair at the cut', () => {
    const history = createOutputHistory(3);
    history.append('a😀b');
    const kept = history.readFrom(history.start()) ?? '';
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept.charCodeAt(0) >= 0xdc00 && kept.charCodeAt(0) <= 0xdfff).toBe(false);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createOutputHistory(0)).toThrow('output history limit must be a positive integer');
  });
});
