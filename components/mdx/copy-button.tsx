'use client';
/**
 * Copies a code block's text. The button's name stays "Copy"; the outcome ("Copied" or a failure)
 * is announced in a status region beside it, so screen readers hear it without losing focus.
 */
import { useEffect, useState } from 'react';
import { CheckIcon, CopyIcon } from '@/components/site/icons';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <span className="flex items-center gap-2">
      <span role="status" className="text-xs font-medium text-teal-800 dark:text-teal-300">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text' : ''}
      </span>
      <button
        type="button"
        onClick={copy}
        className="inline-flex items-center gap-1.5 rounded-md border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-stone-700"
      >
        {state === 'copied' ? (
          <CheckIcon className="size-3.5" />
        ) : (
          <CopyIcon className="size-3.5" />
        )}
        Copy
      </button>
    </span>
  );
}
