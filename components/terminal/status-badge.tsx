/** The terminal's connection state, shown in words and colour so it is never ambiguous. */
import type { ConnectionState } from './connection';

const labels: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  ended: 'Ended',
};

const dots: Record<ConnectionState, string> = {
  connecting: 'bg-amber-500 animate-pulse',
  connected: 'bg-emerald-500',
  reconnecting: 'bg-amber-500 animate-pulse',
  ended: 'bg-stone-400',
};

export function StatusBadge({ state }: { state: ConnectionState }) {
  return (
    <span
      className="inline-flex items-center gap-1.5 rounded-full border border-stone-300 px-2 py-0.5 text-xs text-stone-700 dark:border-stone-600 dark:text-stone-200"
      data-terminal-status={state}
      aria-live="polite"
    >
      <span className={`h-2 w-2 rounded-full ${dots[state]}`} aria-hidden="true" />
      {labels[state]}
    </span>
  );
}
