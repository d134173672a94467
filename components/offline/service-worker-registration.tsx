'use client';
/**
 * Registers the service worker (production builds only: in development it would serve stale
 * code) and, whenever the server is reachable again, asks it to send the writes it queued.
 * Renders nothing.
 */
import { useEffect } from 'react';
import { OFFLINE_MESSAGES, SERVICE_WORKER_URL } from './protocol';
import { getServerStatusStore } from './use-server-status';

export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      // A worker left by an earlier production run on this origin would serve stale pages in dev.
      void navigator.serviceWorker
        .getRegistrations()
        .then((registrations) => Promise.all(registrations.map((r) => r.unregister())));
      return;
    }
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch((error) => {
      console.warn('Offline reading is unavailable: the service worker did not register.', error);
    });
    const store = getServerStatusStore();
    const replay = () => {
      if (store.read() !== 'reachable') return;
      void navigator.serviceWorker.ready.then((registration) =>
        registration.active?.postMessage({ type: OFFLINE_MESSAGES.replay }),
      );
    };
    replay();
    return store.subscribe(replay);
  }, []);
  return null;
}
