'use client';
/**
 * The learner's tools, docked to the bottom of a lesson page so they stay in reach while the lesson
 * scrolls: the terminal and the YAML editor. Closed, each is one button; xterm and Monaco load only
 * when opened (the terminal also opens when a command's Run button asks for it). A tool, once
 * opened, stays mounted while the other is shown, so the shell and unsaved edits survive switching.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { onTerminalOpenRequest } from '@/components/terminal/run-command';

const loading = (what: string) =>
  function Loading() {
    return (
      <p role="status" className="p-6 text-center text-sm text-stone-600 dark:text-stone-300">
        Loading the {what}…
      </p>
    );
  };

const TerminalPanel = dynamic(() => import('@/components/terminal/terminal-panel'), {
  ssr: false,
  loading: loading('terminal'),
});
const YamlWorkbench = dynamic(() => import('@/components/editor/yaml-workbench'), {
  ssr: false,
  loading: loading('editor'),
});

type Tool = 'terminal' | 'editor';

const tabClass =
  'rounded-md px-3 py-1.5 text-sm font-medium aria-pressed:bg-stone-900 aria-pressed:text-white dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900 text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800';
const openerClass =
  'rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300';

export function LessonTools() {
  const [shown, setShown] = useState<Tool | null>(null);
  const [opened, setOpened] = useState<Set<Tool>>(() => new Set());

  const show = (tool: Tool) => {
    setOpened((before) => (before.has(tool) ? before : new Set(before).add(tool)));
    setShown(tool);
  };
  const closeTerminal = () => {
    setOpened((before) => {
      const after = new Set(before);
      after.delete('terminal');
      return after;
    });
    setShown((current) => (current === 'terminal' ? null : current));
  };

  // A Run button with no terminal open asks for one; its command waits in the bus until then.
  useEffect(() => onTerminalOpenRequest(() => show('terminal')), []);

  return (
    <aside
      aria-label="Your tools"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-40 print:hidden"
    >
      {shown === null ? (
        <div className="pointer-events-auto mx-auto flex max-w-7xl justify-end gap-2 px-4 pb-4 sm:px-6">
          <button type="button" className={openerClass} onClick={() => show('editor')}>
            Open the YAML editor
          </button>
          <button type="button" className={openerClass} onClick={() => show('terminal')}>
            Open terminal
          </button>
        </div>
      ) : null}
      <div
        data-tool-open={shown ?? undefined}
        className={`pointer-events-auto mx-auto max-w-7xl sm:px-6 ${shown ? '' : 'hidden'}`}
      >
        <div className="rounded-t-lg border border-b-0 border-stone-300 bg-stone-50 p-2 shadow-lg dark:border-stone-700 dark:bg-stone-950">
          <div className="mb-2 flex items-center gap-1" role="group" aria-label="Tools">
            <button
              type="button"
              className={tabClass}
              aria-pressed={shown === 'terminal'}
              onClick={() => show('terminal')}
            >
              Terminal
            </button>
            <button
              type="button"
              className={tabClass}
              aria-pressed={shown === 'editor'}
              onClick={() => show('editor')}
            >
              YAML editor
            </button>
            <button type="button" className={`${tabClass} ml-auto`} onClick={() => setShown(null)}>
              Hide tools
            </button>
          </div>
          {opened.has('terminal') ? (
            <div className={`h-[min(24rem,42dvh)] ${shown === 'terminal' ? '' : 'hidden'}`}>
              <TerminalPanel onClose={closeTerminal} />
            </div>
          ) : null}
          {opened.has('editor') ? (
            <div className={`max-h-[60dvh] overflow-y-auto ${shown === 'editor' ? '' : 'hidden'}`}>
              <YamlWorkbench />
            </div>
          ) : null}
        </div>
      </div>
    </aside>
  );
}
