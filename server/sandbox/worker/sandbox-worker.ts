/**
 * The sandbox's own thread: it runs `createSandbox` (API server, controllers, learners'
 * workstation shells, snapshots) and answers the site's thread (see sandbox-in-worker.ts).
 * Started with its options as `workerData`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSandbox, type Sandbox } from '../index';
import { serveExecOnPort } from './exec-port';
import type { FromWorker, SandboxCall, ToWorker, WorkerSandboxOptions } from './protocol';

const port = parentPort!;
const reply = (message: FromWorker) => port.postMessage(message);

function call(sandbox: Sandbox, request: SandboxCall): Promise<unknown> {
  switch (request.method) {
    case 'provisionLearnerCluster':
      return sandbox.provisionLearnerCluster(request.learnerId);
    case 'deleteLearnerCluster':
      return sandbox.deleteLearnerCluster(request.learnerId);
    case 'resetLearnerCluster':
      return sandbox.resetLearnerCluster(request.learnerId);
    case 'close':
      return sandbox.close();
  }
}

try {
  const sandbox = await createSandbox(workerData as WorkerSandboxOptions);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'exec') {
      void serveExecOnPort(message.port, message.opening, sandbox.execInProcess);
      return;
    }
    call(sandbox, message.call).then(
      (value) => reply({ type: 'reply', id: message.id, ok: true, value }),
      (err: unknown) =>
        reply({ type: 'reply', id: message.id, ok: false, message: (err as Error).message }),
    );
  });
  reply({ type: 'ready', url: sandbox.url, adminKubeconfig: sandbox.adminKubeconfig() });
} catch (err) {
  const { message, code } = err as NodeJS.ErrnoException;
  reply({ type: 'start-failed', message, ...(code ? { code } : {}) });
}
