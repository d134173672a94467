/**
 * What the expiry banner should show, from the session's expiry time and the (server-corrected)
 * clock: nothing, a warning with a countdown, or "your session has ended".
 */

export const WARN_BEFORE_MS = 5 * 60_000;

export type ExpiryPhase =
  | { phase: 'active'; remainingMs: number }
  | { phase: 'warning'; remainingMs: number }
  | { phase: 'expired' };

export function describeExpiry(
  expiresAtMs: number,
  nowMs: number,
  warnBeforeMs = WARN_BEFORE_MS,
): ExpiryPhase {
  const remainingMs = expiresAtMs - nowMs;
  if (remainingMs <= 0) return { phase: 'expired' };
  if (remainingMs <= warnBeforeMs) return { phase: 'warning', remainingMs };
  return { phase: 'active', remainingMs };
}

/** "4:05" for the countdown; rounds up so it never shows 0:00 while still signed in. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Words for screen readers, announced once when the warning appears ("about 5 minutes"). */
export function describeRemaining(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return minutes <= 1 ? 'less than a minute' : `about ${minutes} minutes`;
}

/** When to ask the server again: often near the end, rarely otherwise, never before a second. */
export function nextPollDelayMs(phase: ExpiryPhase, warnBeforeMs = WARN_BEFORE_MS): number {
  if (phase.phase === 'expired') return 60_000;
  if (phase.phase === 'warning') return Math.max(1000, Math.min(15_000, phase.remainingMs));
  return Math.max(1000, Math.min(60_000, phase.remainingMs - warnBeforeMs));
}
