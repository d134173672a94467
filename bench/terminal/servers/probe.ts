import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * The measuring end inside each server under test: answers the bench driver's questions over
 * IPC (heap after a full GC, RSS, the process's own CPU time, how late its event loop ran since
 * the last time it was asked) and stops on request. Every system
 * under test runs in its own process with this probe, so all three are measured the same way.
 */
export type ProbeQuestion =
  { type: 'memory' } | { type: 'cpu' } | { type: 'loop' } | { type: 'close' };

export type ProbeAnswer =
  | { type: 'ready'; url: string }
  | { type: 'memory'; heapUsed: number; rss: number }
  | { type: 'cpu'; micros: number }
  /** Event-loop delay since the previous `loop` question, ms (how long ready work waited). */
  | { type: 'loop'; p99: number; max: number }
  | { type: 'failed'; message: string };

/** Heap after collecting garbage, so the figure is live data rather than garbage not yet swept. */
function readHeapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the probe needs node --expose-gc to measure the heap');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

function reply(answer: ProbeAnswer) {
  process.send?.(answer);
}

/** Starts answering the driver; `close` runs the server's own shutdown before the process exits. */
export function startProbe(close: () => Promise<void> | void = () => {}) {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  process.on('message', (raw) => {
    const question = raw as ProbeQuestion;
    if (question.type === 'memory') {
      reply({ type: 'memory', heapUsed: readHeapAfterGc(), rss: process.memoryUsage().rss });
    } else if (question.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      reply({ type: 'cpu', micros: user + system });
    } else if (question.type === 'loop') {
      const toMs = (ns: number) => ns / 1e6;
      reply({ type: 'loop', p99: toMs(loopDelay.percentile(99)), max: toMs(loopDelay.max) });
      loopDelay.reset();
    } else if (question.type === 'close') {
      void Promise.resolve()
        .then(close)
        .finally(() => process.exit(0));
    }
  });
  // The driver going away (Ctrl-C, crash) must not leave servers and shells behind.
  process.on('disconnect', () => process.exit(0));
}

export function announceReady(url: string) {
  reply({ type: 'ready', url });
}

export function announceFailure(err: unknown) {
  reply({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
}
