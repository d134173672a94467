'use client';
/**
 * Where a page puts the terminal: an "Open terminal" button that loads the terminal (and xterm)
 * only when pressed, or when a lesson's **Run** button needs it. Nothing of xterm is in the
 * page's first load, and nothing of it runs on the server.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { onTerminalOpenRequest } from './run-command';

const TerminalPanel = dynamic(() => import('./terminal-panel'), {
  ssr: false,
  loading: () => (
    <div className="flex min-h-72 items-center justify-center rounded-lg border border-stone-300 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-300">
      Loading the terminal…
    </div>
  ),
});

export type LazyTerminalProps = {
  /** Open at once instead of waiting for the button. */
  initiallyOpen?: boolean;
  className?: string;
};

const openKey = 'workshop.terminal.open';

/** Whether this tab had the terminal open on the previous page (it follows the learner). */
function wasOpen(): boolean {
  try {
    return sessionStorage.getItem(openKey) === 'yes';
  } catch {
    return false;
  }
}

function rememberOpen(open: boolean) {
  try {
    sessionStorage.setItem(openKey, open ? 'yes' : 'no');
  } catch {
    // Storage disabled: the terminal just starts closed on the next page.
  }
}

const subscribeNowhere = () => () => {};

export function LazyTerminal({ initiallyOpen = false, className = '' }: LazyTerminalProps) {
  // The server cannot know what this tab remembers: it renders closed, the browser then follows.
  const remembered = useSyncExternalStore(subscribeNowhere, wasOpen, () => false);
  const [choice, setChoice] = useState<boolean | null>(initiallyOpen ? true : null);
  const open = choice ?? remembered;
  const setOpen = (next: boolean) => {
    rememberOpen(next);
    setChoice(next);
  };
  useEffect(
    () =>
      onTerminalOpenRequest(() => {
        rememberOpen(true);
        setChoice(true);
      }),
    [],
  );

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        Open terminal
      </button>
    );
  }
  return (
    <div className={`h-96 ${className}`}>
      <TerminalPanel onClose={() => setOpen(false)} />
    </div>
  );
}
