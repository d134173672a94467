'use client';
/**
 * Warns a signed-in learner five minutes before their session ends for inactivity, with a
 * "Stay signed in" button, and says so plainly when it has ended: a session never ends silently.
 * Polls GET /api/session (which does not count as activity) and renders nothing otherwise.
 */
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  describeExpiry,
  describeRemaining,
  formatRemaining,
  nextPollDelayMs,
  type ExpiryPhase,
} from './expiry-state';

type SessionInfo = { signedIn: boolean; expiresAt?: string; serverTime?: string };

export function SessionExpiryWarning() {
  // Expiry in this browser's clock (corrected by the server's), or null when not signed in.
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [wasSignedIn, setWasSignedIn] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [problem, setProblem] = useState<string | null>(null);
  const wasSignedInRef = useRef(false);

  const apply = useCallback((info: SessionInfo) => {
    if (info.signedIn && info.expiresAt) {
      const skew = info.serverTime ? Date.parse(info.serverTime) - Date.now() : 0;
      setExpiresAt(Date.parse(info.expiresAt) - skew);
      wasSignedInRef.current = true;
      setWasSignedIn(true);
    } else {
      // Signed out elsewhere or expired: keep showing "ended" only if we had been signed in.
      setExpiresAt(wasSignedInRef.current ? 0 : null);
    }
    setNow(Date.now());
  }, []);

  const poll = useCallback(async () => {
    try {
      const res = await fetch('/api/session', { cache: 'no-store', credentials: 'same-origin' });
      if (res.ok) apply((await res.json()) as SessionInfo);
    } catch {
      // Offline for a moment: keep the last known expiry; the countdown goes on locally.
    }
  }, [apply]);

  const phase: ExpiryPhase | null = expiresAt === null ? null : describeExpiry(expiresAt, now);

  // First look right after mounting (a timer, so the state update happens outside the effect).
  useEffect(() => {
    const first = setTimeout(poll, 0);
    return () => clearTimeout(first);
  }, [poll]);

  useEffect(() => {
    if (!phase) {
      const timer = setTimeout(poll, 60_000);
      return () => clearTimeout(timer);
    }
    // The local countdown reaching zero is only a guess (the terminal may have renewed the
    // session): confirm with the server at once. A server-confirmed end (0) needs no hurry.
    const confirmLocalEnd = phase.phase === 'expired' && expiresAt !== 0;
    const timer = setTimeout(poll, confirmLocalEnd ? 1000 : nextPollDelayMs(phase));
    return () => clearTimeout(timer);
    // Re-plan on phase change only, not on every countdown tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase?.phase, expiresAt, poll]);

  // The visible countdown ticks every second while the warning shows.
  useEffect(() => {
    if (phase?.phase !== 'warning') return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [phase?.phase]);

  // Another tab or the terminal may have kept the session alive: check again when we come back.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [poll]);

  async function staySignedIn() {
    setProblem(null);
    try {
      const res = await fetch('/api/session', { method: 'POST', credentials: 'same-origin' });
      const body = (await res.json().catch(() => ({}))) as SessionInfo & { error?: string };
      if (res.ok) apply(body);
      else if (res.status === 401) apply({ signedIn: false });
      else setProblem(body.error ?? `The server answered ${res.status}.`);
    } catch {
      setProblem('Could not reach the workshop server: check your connection and try again.');
    }
  }

  if (!phase || phase.phase === 'active' || !wasSignedIn) return null;

  // Ended only once the server has said so; until then the countdown rests at 0:00.
  if (phase.phase === 'expired' && expiresAt === 0) {
    return (
      <div role="alert" className={bannerClass}>
        <p>
          <strong>Your session has ended</strong> after a period of inactivity. Your progress is
          saved: sign in again with your resume code to continue.
        </p>
        <Link href="/join" className={buttonClass}>
          Sign in again
        </Link>
      </div>
    );
  }

  const remainingMs = phase.phase === 'warning' ? phase.remainingMs : 0;
  return (
    // An assertive live region, not a dialog: it must not steal focus from the terminal. Only the
    // screen-reader wording (minutes) changes, so it is re-announced once a minute, not per tick.
    <div role="alert" className={bannerClass}>
      <p>
        <strong id="session-expiry-title">Still there?</strong>{' '}
        <span id="session-expiry-text">
          Your session ends in{' '}
          <span className="font-mono tabular-nums" aria-hidden="true">
            {formatRemaining(remainingMs)}
          </span>
          <span className="sr-only">{describeRemaining(remainingMs)}</span> because of inactivity.
        </span>
        {problem && <span className="mt-1 block text-red-800 dark:text-red-300">{problem}</span>}
      </p>
      <button type="button" onClick={staySignedIn} className={buttonClass}>
        Stay signed in
      </button>
    </div>
  );
}

const bannerClass =
  'fixed inset-x-0 bottom-0 z-50 mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 rounded-t-xl border border-amber-300 bg-amber-50 px-4 py-3 text-stone-900 shadow-lg sm:bottom-4 sm:rounded-xl dark:border-amber-700 dark:bg-amber-950 dark:text-stone-100';
const buttonClass =
  'inline-flex shrink-0 items-center rounded-lg bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 dark:bg-teal-500 dark:text-stone-950 dark:hover:bg-teal-400';
