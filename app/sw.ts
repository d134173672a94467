/**
 * The service worker (built by scripts/build-service-worker.ts after `next build`). It precaches
 * every built asset and every prerendered page, so one visit makes the whole site readable
 * offline; learner writes made offline (quiz answers, progress) wait in a queue and are replayed
 * when the server answers again.
 */
/// <reference lib="webworker" />
import { defaultCache } from '@serwist/next/worker';
import {
  BackgroundSyncQueue,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from 'serwist';
import {
  OFFLINE_MESSAGES,
  QUEUED_WRITE_PATHS,
  WRITE_QUEUE_NAME,
} from '@/components/offline/protocol';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced at build time by the list of files to precache.
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Writes the server could not take: kept in IndexedDB, replayed in order once it answers.
const writes = new BackgroundSyncQueue(WRITE_QUEUE_NAME, {
  maxRetentionTime: 7 * 24 * 60, // minutes: a week of offline reading
  async onSync({ queue }) {
    await queue.replayRequests();
    await announceQueueLength(queue);
  },
});

async function announceQueueLength(queue: BackgroundSyncQueue) {
  const pending = (await queue.getAll()).length;
  const clients = await self.clients.matchAll({ includeUncontrolled: true });
  for (const client of clients) client.postMessage({ type: OFFLINE_MESSAGES.queueLength, pending });
}

/** Sends a write; when the network fails, queues it and answers 202 so the page carries on. */
async function sendOrQueue({ request }: { request: Request }): Promise<Response> {
  const copy = request.clone();
  try {
    return await fetch(request);
  } catch {
    await writes.pushRequest({ request: copy });
    await announceQueueLength(writes);
    return new Response(JSON.stringify({ queued: true }), {
      status: 202,
      headers: { 'content-type': 'application/json' },
    });
  }
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  precacheOptions: { cleanupOutdatedCaches: true },
  runtimeCaching: [
    {
      matcher: ({ url, request, sameOrigin }) =>
        sameOrigin && request.method === 'POST' && QUEUED_WRITE_PATHS.includes(url.pathname),
      method: 'POST',
      handler: sendOrQueue,
    },
    // The rest of the API and the health probe must always reflect the live server.
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith('/api/') || url.pathname === '/healthz'),
      handler: new NetworkOnly(),
    },
    ...defaultCache,
  ],
});

// Pages ask for a replay when they see the server again (the `sync` event is not guaranteed).
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | undefined;
  if (data?.type === OFFLINE_MESSAGES.replay) {
    event.waitUntil(writes.replayRequests().finally(() => announceQueueLength(writes)));
  }
});

serwist.addEventListeners();
