'use client';
/**
 * The learner's terminal: a header with the connection state and tools, and the xterm screen.
 * xterm is loaded inside an effect (it needs `self`, which server rendering lacks) and disposed
 * when the panel goes away; the shell itself survives a remount or a reload and is reattached.
 */
import '@xterm/xterm/css/xterm.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { ConnectionState } from './connection';
import { mountTerminal, type MountedTerminal } from './mount-terminal';
import { StatusBadge } from './status-badge';
import { TerminalSearch } from './terminal-search';

export type TerminalPanelProps = {
  /** Shows a Close button that calls this (the shell keeps running for a while). */
  onClose?: () => void;
  className?: string;
};

const buttonClass =
  'rounded border border-stone-300 px-2 py-0.5 text-xs text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-200 dark:hover:bg-stone-800';

const readerKey = 'workshop.terminal.screenReader';

/** The learner's screen-reader choice for the terminal, kept across visits. */
function readScreenReaderChoice(): boolean {
  try {
    return localStorage.getItem(readerKey) === 'on';
  } catch {
    return false;
  }
}

function saveScreenReaderChoice(on: boolean) {
  try {
    localStorage.setItem(readerKey, on ? 'on' : 'off');
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

export default function TerminalPanel({ onClose, className = '' }: TerminalPanelProps) {
  const host = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState<MountedTerminal | null>(null);
  const [state, setState] = useState<ConnectionState>('connecting');
  const [message, setMessage] = useState<string | undefined>();
  const [finding, setFinding] = useState(false);
  const hintId = useId();
  const [reader, setReader] = useState(false);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const abort = new AbortController();
    let live: MountedTerminal | null = null;
    mountTerminal(
      element,
      {
        onState(next, why) {
          setState(next);
          setMessage(why);
        },
        onFindRequest: () => setFinding(true),
      },
      { describedBy: hintId, signal: abort.signal, screenReaderMode: readScreenReaderChoice() },
    ).then(
      (terminal) => {
        if (!terminal) return;
        if (abort.signal.aborted) return terminal.dispose();
        live = terminal;
        setMounted(terminal);
        setReader(readScreenReaderChoice());
        terminal.focus();
      },
      (err: unknown) => {
        setState('ended');
        setMessage(`The terminal could not start: ${err instanceof Error ? err.message : err}`);
      },
    );
    return () => {
      abort.abort();
      live?.dispose();
    };
  }, [hintId]);

  return (
    <section
      className={`flex h-full min-h-72 flex-col overflow-hidden rounded-lg border border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-950 ${className}`}
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-stone-200 px-3 py-1.5 dark:border-stone-800">
        <h2 className="m-0 text-sm font-semibold text-stone-800 dark:text-stone-100">Terminal</h2>
        <StatusBadge state={state} />
        {message && state !== 'connected' && (
          <span className="text-xs text-stone-600 dark:text-stone-300">{message}</span>
        )}
        <span className="ml-auto flex items-center gap-2">
          {finding ? (
            <TerminalSearch
              search={mounted?.search ?? null}
              onClose={() => {
                setFinding(false);
                mounted?.focus();
              }}
            />
          ) : (
            <button type="button" className={buttonClass} onClick={() => setFinding(true)}>
              Find
            </button>
          )}
          <button
            type="button"
            className={buttonClass}
            aria-pressed={reader}
            onClick={() => {
              const next = !reader;
              setReader(next);
              mounted?.setScreenReaderMode(next);
              saveScreenReaderChoice(next);
            }}
          >
            Screen reader mode
          </button>
          {(state === 'ended' || state === 'reconnecting') && (
            <button type="button" className={buttonClass} onClick={() => mounted?.reconnect()}>
              {state === 'ended' ? 'Start again' : 'Reconnect now'}
            </button>
          )}
          {onClose && (
            <button type="button" className={buttonClass} onClick={onClose}>
              Close
            </button>
          )}
        </span>
      </header>
      <p id={hintId} className="sr-only">
        Tab completes commands; Shift+Tab leaves the terminal. Copy with Control+Shift+C (Command+C
        on a Mac), paste with Control+V or Control+Shift+V. Find with Control+Shift+F.
      </p>
      <div
        ref={host}
        role="group"
        aria-label="Terminal"
        className="min-h-0 flex-1 p-1"
        onClick={() => mounted?.focus()}
      />
    </section>
  );
}
