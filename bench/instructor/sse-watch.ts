/**
 * A dashboard feed client for the benchmark: reads /api/instructor/events and resolves waiters as
 * soon as a learner's row arrives with at least a given number of attempts on a task.
 */
import { performance } from 'node:perf_hooks';
import type { DashboardUpdate } from '@/server/instructor/dashboard-types';

type Waiter = {
  learnerId: string;
  taskKey: string;
  attempts: number;
  resolve: (t: number) => void;
};

export async function watchDashboardFeed(url: string, token: string) {
  const abort = new AbortController();
  const res = await fetch(`${url}/api/instructor/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  if (!res.ok || !res.body) throw new Error(`dashboard feed answered ${res.status}`);
  const waiters = new Set<Waiter>();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let events = 0;
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (!block.startsWith('event: learners')) continue;
        const at = performance.now();
        events += 1;
        const update = JSON.parse(block.slice(block.indexOf('data: ') + 6)) as DashboardUpdate;
        for (const learner of update.learners) {
          for (const w of waiters) {
            const cell = learner.cells[w.taskKey];
            if (w.learnerId === learner.learnerId && (cell?.attempts ?? 0) >= w.attempts) {
              waiters.delete(w);
              w.resolve(at);
            }
          }
        }
      }
    }
  };
  void pump();
  return {
    /** Resolves with performance.now() when the row arrives. */
    waitFor(learnerId: string, taskKey: string, attempts: number, timeoutMs = 15_000) {
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no dashboard update for ${learnerId} within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = {
          learnerId,
          taskKey,
          attempts,
          resolve: (t) => {
            clearTimeout(timer);
            resolve(t);
          },
        };
        waiters.add(waiter);
      });
    },
    events: () => events,
    close: () => abort.abort(),
  };
}
