'use client';
/** How many learner writes the service worker is holding until the server answers again. */
import { useEffect, useState } from 'react';
import { OFFLINE_MESSAGES } from './protocol';

export function usePendingWrites(): number {
  const [pending, setPending] = useState(0);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; pending?: unknown } | undefined;
      if (data?.type === OFFLINE_MESSAGES.queueLength && typeof data.pending === 'number') {
        setPending(data.pending);
      }
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    return () => navigator.serviceWorker.removeEventListener('message', onMessage);
  }, []);
  return pending;
}
