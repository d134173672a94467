'use client';
/**
 * "Make the chapter available offline": stores every page of a chapter (and, through the
 * service worker's precache, every script, style, font and image they use) and says when done.
 */
import { useState } from 'react';
import { storeForOffline, type OfflineProgress } from './store-for-offline';

export function MakeAvailableOffline({ urls }: { urls: string[] }) {
  const [progress, setProgress] = useState<OfflineProgress | undefined>();
  const [error, setError] = useState('');
  const busy = progress !== undefined && progress.done < progress.total && !error;

  const start = async () => {
    setError('');
    try {
      await storeForOffline(urls, setProgress);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  let message = '';
  if (error) message = `Could not finish: ${error}`;
  else if (progress && progress.done === progress.total)
    message = `Done: all ${progress.total} pages of this chapter are available offline.`;
  else if (progress) message = `Saving… ${progress.done} of ${progress.total} pages`;

  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <button
        type="button"
        onClick={() => void start()}
        disabled={busy}
        className="rounded-md border border-teal-700 px-3 py-1.5 text-sm font-semibold text-teal-800 hover:bg-teal-50 disabled:opacity-60 dark:border-teal-400 dark:text-teal-300 dark:hover:bg-teal-950/40"
      >
        Make the chapter available offline
      </button>
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {message}
      </p>
    </div>
  );
}
