'use client';
/**
 * The banner shown while the server cannot be reached: lessons stay readable, and the tools that
 * need the server (terminal, Apply, Check) say they will return by themselves. Also says how many
 * answers are waiting to be sent.
 */
import { usePendingWrites } from './use-pending-writes';
import { useServerStatus } from './use-server-status';

function describePending(pending: number): string {
  if (pending === 0) return '';
  return pending === 1
    ? ' 1 answer is saved here and will be sent when the server is back.'
    : ` ${pending} answers are saved here and will be sent when the server is back.`;
}

export function OfflineNotice() {
  const status = useServerStatus();
  const pending = usePendingWrites();
  const offline = status === 'unreachable';
  return (
    // The live region is always present so screen readers announce the change when it appears.
    <div role="status" aria-live="polite" className="print:hidden">
      {offline ? (
        <div className="border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
          <p className="mx-auto max-w-7xl">
            <strong className="font-semibold">
              Offline: the workshop server cannot be reached.
            </strong>{' '}
            Lessons you have opened stay readable. The terminal, Apply and Check need the server;
            they come back by themselves when it returns.
            {describePending(pending)}
          </p>
        </div>
      ) : pending > 0 ? (
        <p className="sr-only">{describePending(pending)}</p>
      ) : null}
    </div>
  );
}
