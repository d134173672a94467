/**
 * The measuring end inside each server under test: answers the bench driver's questions over
 * IPC (heap after a full GC, RSS, the process's own CPU time) and stops on request. Every system
 * under test runs in its own process with this probe, so all three are measured the same way.
 */
export type ProbeQuestion = { type: 'memory' } | { type: 'cpu' } | { type: 'close' };

export type ProbeAnswer =
  | { type: 'ready'; url: string }
  | { type: 'memory'; heapUsed: number; rss: number }
  | { type: 'cpu'; micros: number }
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
  process.on('message', (raw) => {
    const question = raw as ProbeQuestion;
    if (question.type === 'memory') {
      reply({ type: 'memory', heapUsed: readHeapAfterGc(), rss: process.memoryUsage().rss });
    } else if (question.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      reply({ type: 'cpu', micros: user + system });
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
