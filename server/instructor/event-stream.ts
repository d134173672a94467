/**
 * The dashboard's live feed as Server-Sent Events. Each progress event names a learner; the stream
 * reloads that learner's row and sends it whole (`event: learners`). Events arriving within a few
 * milliseconds are coalesced into one reload, so a burst of checks from a class costs one query
 * per burst, not one per check. A comment line every 15 s keeps proxies from closing an idle
 * stream; the stream ends when the browser goes away (the request's abort signal).
 */
import type { ProgressEvent } from '@/server/progress/progress-events';
import type { DashboardLearner, DashboardUpdate } from './dashboard-types';

export const HEARTBEAT_MS = 15_000;

export type DashboardStreamOptions = {
  subscribe: (listener: (event: ProgressEvent) => void) => () => void;
  loadLearners: (learnerIds: string[]) => Promise<DashboardLearner[]>;
  signal: AbortSignal;
  heartbeatMs?: number;
  /** How long to gather events before one reload. */
  coalesceMs?: number;
};

export function learnerIdOfEvent(event: ProgressEvent): string {
  return event.type === 'check-attempt' ? event.attempt.learnerId : event.learnerId;
}

export function formatSseEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function createDashboardEventStream(
  options: DashboardStreamOptions,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => void) | undefined;
  let loading = false;
  let closed = false;

  const stop = () => {
    if (closed) return;
    closed = true;
    unsubscribe?.();
    clearTimeout(timer);
    clearInterval(heartbeat);
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const flush = async () => {
        timer = undefined;
        if (closed || loading || pending.size === 0) return;
        const ids = [...pending];
        pending.clear();
        loading = true;
        try {
          const learners = await options.loadLearners(ids);
          const update: DashboardUpdate = { learners };
          send(formatSseEvent('learners', update));
        } catch (err) {
          console.error('instructor stream: reloading learners failed:', err);
        } finally {
          loading = false;
        }
        // Events that came in during the reload get their own.
        if (pending.size > 0) schedule();
      };
      const schedule = () => {
        if (timer === undefined && !closed) {
          timer = setTimeout(() => void flush(), options.coalesceMs ?? 20);
        }
      };

      // The browser reconnects after 2 s if the stream drops, then reloads the whole grid.
      send(`retry: 2000\n\n`);
      send(formatSseEvent('ready', {}));
      unsubscribe = options.subscribe((event) => {
        pending.add(learnerIdOfEvent(event));
        if (!loading) schedule();
      });
      heartbeat = setInterval(() => send(': heartbeat\n\n'), options.heartbeatMs ?? HEARTBEAT_MS);
      const end = () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the reader.
        }
      };
      if (options.signal.aborted) end();
      else options.signal.addEventListener('abort', end, { once: true });
    },
    cancel() {
      stop();
    },
  });
}
