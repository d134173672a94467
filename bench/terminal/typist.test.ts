import { describe, expect, it } from 'vitest';
import type { TerminalConnection } from './adapters/types';
import { typeLikeAPerson, type TypingPlan } from './typist';

/** A terminal that echoes each key after `delayMs`, prompt-redraws on Ctrl-U, and can drop keys. */
function createFakeTerminal(delayMs: number, drop: (key: string, n: number) => boolean) {
  const listeners: ((text: string) => void)[] = [];
  const received: string[] = [];
  const terminal: TerminalConnection = {
    send(keys) {
      received.push(keys);
      const echo = keys === '\x15' ? '\r\x1b[Kuser@host:~$ ' : keys;
      if (drop(keys, received.length)) return;
      setTimeout(() => listeners.forEach((l) => l(echo)), delayMs);
    },
    onOutput: (listener) => void listeners.push(listener),
    close() {},
  };
  return { terminal, received };
}

function plan(overrides: Partial<TypingPlan> = {}): TypingPlan {
  const now = performance.now();
  return {
    measureFrom: now,
    stopAt: now + 300,
    minGapMs: 5,
    maxGapMs: 10,
    burst: 5,
    echoTimeoutMs: 200,
    random: Math.random,
    ...overrides,
  };
}

describe('typeLikeAPerson', () => {
  it('times every key against its echo and clears the line between bursts', async () => {
    const { terminal, received } = createFakeTerminal(20, () => false);
    const result = await typeLikeAPerson(terminal, plan());
    const keys = received.filter((k) => k !== '\x15');
    expect(result.lost).toBe(0);
    expect(result.roundTrips).toHaveLength(keys.length);
    expect(keys.every((k) => /^\d$/.test(k))).toBe(true);
    expect(received).toContain('\x15');
    for (const ms of result.roundTrips) expect(ms).toBeGreaterThanOrEqual(19);
  });

  it('counts keys that are never echoed as lost, and does not time them', async () => {
    const { terminal, received } = createFakeTerminal(5, (key, n) => key !== '\x15' && n % 3 === 0);
    const result = await typeLikeAPerson(terminal, plan());
    const keys = received.filter((k) => k !== '\x15');
    expect(result.lost).toBeGreaterThan(0);
    expect(result.roundTrips.length + result.lost).toBe(keys.length);
  });

  it('does not time keys sent before the measured window', async () => {
    const { terminal } = createFakeTerminal(5, () => false);
    const result = await typeLikeAPerson(terminal, plan({ measureFrom: performance.now() + 1e6 }));
    expect(result.roundTrips).toEqual([]);
  });
});
