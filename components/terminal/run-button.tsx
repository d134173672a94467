'use client';
/** The **Run** button beside a lesson command's Copy button: types the command into the terminal. */
import { runInTerminal } from './run-command';

export function RunButton({ command, className = '' }: { command: string; className?: string }) {
  return (
    <button
      type="button"
      onClick={() => runInTerminal(command)}
      className={`rounded border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800 ${className}`}
    >
      Run
    </button>
  );
}
