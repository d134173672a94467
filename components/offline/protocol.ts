/**
 * What the pages and the service worker say to each other, defined once for both sides.
 */

/** Message types exchanged with the service worker through postMessage. */
export const OFFLINE_MESSAGES = {
  /** page → worker: the server answers again, send the queued writes now. */
  replay: 'offline:replay-writes',
  /** worker → page: `{ pending }` writes are still waiting for the server. */
  queueLength: 'offline:queue-length',
} as const;

/** POST routes whose failed requests are queued offline and replayed later. */
export const QUEUED_WRITE_PATHS: readonly string[] = ['/api/quiz', '/api/progress'];

/** IndexedDB queue name for those writes. */
export const WRITE_QUEUE_NAME = 'learner-writes';

/** Where the built worker is served from, and its scope. */
export const SERVICE_WORKER_URL = '/sw.js';
