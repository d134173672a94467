'use client';
/** The **Run** button beside a lesson command's Copy button: types the command into the terminal. */
import { useSyncExternalStore } from 'react';
import { isTerminalAvailable, runInTerminal, watchTerminalAvailability } from './run-command';

/** Shown only on pages that have a terminal; on the server it renders nothing. */
export function RunButton({ command }: { command: string }) {
  const available = useSyncExternalStore(
    watchTerminalAvailability,
    isTerminalAvailable,
    () => false,
  );
  if (!available) return null;
  return (
    <button
      type="button"
      onClick={() => runInTerminal(command)}
      title="Type this command into your terminal and run it"
      className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-stone-700"
    >
      <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden="true" fill="currentColor">
        <path d="M4 2.5v11l9-5.5z" />
      </svg>
      Run
    </button>
  );
}
