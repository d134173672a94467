'use client';
/** Copies a text to the clipboard and says so, for sighted and screen-reader users alike. */
import { useState } from 'react';
import { CheckIcon, CopyIcon } from '@/components/site/icons';

export function CopyButton({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard access needs HTTPS or localhost and permission; the text stays on screen to copy by hand.
      setState('failed');
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={className}>
        {state === 'copied' ? (
          <CheckIcon className="mr-1.5 size-4" />
        ) : (
          <CopyIcon className="mr-1.5 size-4" />
        )}
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
        {state === 'copied'
          ? 'Copied'
          : state === 'failed'
            ? 'Copy failed: select the text instead'
            : ''}
      </span>
    </span>
  );
}
