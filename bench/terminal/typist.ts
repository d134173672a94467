/**
 * Types into one terminal like a person: a digit every 100–200 ms (random, so terminals drift
 * apart), without waiting for the echo (people type ahead). After a burst of keys it waits for
 * the echoes, clears the line with Ctrl-U so the line never wraps, and pauses before going on.
 * Digits are used because no prompt here contains one, so a redrawn prompt cannot answer a key.
 */
import type { TerminalConnection } from './adapters/types';
import { createEchoMatcher } from './echo-matcher';

export type TypingPlan = {
  /** Keys are timed only when sent at or after this moment (earlier ones warm up). */
  measureFrom: number;
  /** No key is sent after this moment. */
  stopAt: number;
  minGapMs: number;
  maxGapMs: number;
  /** Keys per line before the line is cleared. */
  burst: number;
  /** A key with no echo after this long counts as lost. */
  echoTimeoutMs: number;
  random: () => number;
};

export type TypingResult = { roundTrips: number[]; lost: number };

const CLEAR_LINE = '\x15';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitForEchoes(pending: () => number, timeoutMs: number): Promise<void> {
  const giveUpAt = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      if (pending() === 0 || performance.now() >= giveUpAt) resolve();
      else setTimeout(check, 5);
    };
    check();
  });
}

export async function typeLikeAPerson(
  terminal: TerminalConnection,
  plan: TypingPlan,
): Promise<TypingResult> {
  const matcher = createEchoMatcher();
  const roundTrips: number[] = [];
  let lost = 0;
  const measured = (sentAt: number) => sentAt >= plan.measureFrom;
  terminal.onOutput((text) => {
    for (const echo of matcher.feed(text, performance.now())) {
      if (measured(echo.sentAt)) roundTrips.push(echo.roundTrip);
    }
  });
  const gap = () => plan.minGapMs + plan.random() * (plan.maxGapMs - plan.minGapMs);
  const giveUpOnMissing = async () => {
    await waitForEchoes(matcher.pending, plan.echoTimeoutMs);
    lost += matcher.dropPending().filter(measured).length;
  };

  await sleep(plan.random() * plan.maxGapMs); // stagger the start
  while (performance.now() < plan.stopAt) {
    for (let k = 0; k < plan.burst && performance.now() < plan.stopAt; k++) {
      const key = String(Math.floor(plan.random() * 10));
      matcher.expect(key, performance.now());
      terminal.send(key);
      await sleep(gap());
    }
    await giveUpOnMissing();
    terminal.send(CLEAR_LINE);
    await sleep(gap());
  }
  await giveUpOnMissing();
  return { roundTrips, lost };
}
