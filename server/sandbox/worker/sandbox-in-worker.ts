/**
 * The embedded sandbox on a thread of its own, behind the same `Sandbox` interface.
 *
 * Why: the site's thread serves pages, the API, the database and every browser socket; the
 * sandbox runs every learner's simulated cluster and shell. On one event loop, a burst of shell
 * or controller work (200 learners applying a Deployment at once) delayed everyone's keystroke
 * echo. On two threads they use both cores and wait only on their own work. The API server
 * listens from the worker, so kubectl and client-node reach it exactly as before; exec for the
 * terminal crosses by MessagePort (exec-port.ts).
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import type { LearnerCredentials, Sandbox } from '../index';
import { execOverPort } from './exec-port';
import type { FromWorker, SandboxCall, ToWorker, WorkerSandboxOptions } from './protocol';

export type SandboxWorkerHooks = {
  /** The worker died after it had started; the default logs and exits the process. */
  onCrash?(error: Error): void;
};

/** Starts the worker; rejects with the worker's own error when the sandbox cannot start. */
export async function createSandboxInWorker(
  options: WorkerSandboxOptions = {},
  hooks: SandboxWorkerHooks = {},
): Promise<Sandbox> {
  const worker = startWorker(options);
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  let closing = false;

  const ready = await new Promise<{ url: string; adminKubeconfig: string }>((resolve, reject) => {
    const onMessage = (message: FromWorker) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'start-failed') {
        void worker.terminate();
        reject(
          Object.assign(new Error(message.message), message.code ? { code: message.code } : {}),
        );
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the sandbox worker exited (${code})`)));
  });

  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.on('message', (message: FromWorker) => {
    if (message.type !== 'reply') return;
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) call?.resolve(message.value);
    else call?.reject(new Error(message.message));
  });
  const crashed = (error: Error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
    if (closing) return;
    (hooks.onCrash ?? defaultOnCrash)(error);
  };
  worker.on('error', crashed);
  worker.on('exit', (code) => crashed(new Error(`the sandbox worker exited (${code})`)));

  const post = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer as never);
  const call = <T>(request: SandboxCall) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      post({ type: 'call', id, call: request });
    });

  return {
    url: ready.url,
    provisionLearnerCluster: (learnerId) =>
      call<LearnerCredentials>({ method: 'provisionLearnerCluster', learnerId }),
    deleteLearnerCluster: (learnerId) => call<void>({ method: 'deleteLearnerCluster', learnerId }),
    resetLearnerCluster: (learnerId) =>
      call<LearnerCredentials>({ method: 'resetLearnerCluster', learnerId }),
    adminKubeconfig: () => ready.adminKubeconfig,
    execInProcess(token, request, io) {
      const { port1, port2 } = new MessageChannel();
      return execOverPort(
        port1,
        (opening) => post({ type: 'exec', opening, port: port2 }, [port2]),
        token,
        request,
        io,
      );
    },
    async close() {
      closing = true;
      try {
        await call<void>({ method: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
}

/** A worker that loads TypeScript the way the site does (tsx), then the sandbox's entry. */
function startWorker(options: WorkerSandboxOptions): Worker {
  // Resolved here where possible (the site runs as ES modules); test runners without
  // import.meta.resolve fall back to resolving from the working folder, the project root.
  const tsx =
    typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const entry = new URL('./sandbox-worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(source, { eval: true, workerData: options, name: 'sandbox' });
}

function defaultOnCrash(error: Error) {
  console.error(`sandbox: the sandbox thread stopped: ${error.message}`);
  process.exit(1);
}
