/**
 * The site's terminal path as one process, the way `npm start` runs it in sandbox mode: the
 * embedded sandbox with the simulated workstation shell, N learner clusters, and the terminal
 * WebSocket route on a plain HTTP server. Usage: `site-server.ts <learners>`.
 *
 * Sign-in is replaced by an `x-bench-learner` header: this bench measures the terminal path
 * (socket → bridge → exec → workstation shell and back), not session lookup.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox } from '@/server/sandbox';
import { createContainerRuntime } from '@/server/sandbox/runtime';
import { createWorkstationProgram } from '@/server/sandbox/workstation';
import { createTerminalRoute } from '@/server/terminal/route';
import { announceFailure, announceReady, startProbe } from './probe';

export const LEARNER_HEADER = 'x-bench-learner';

async function startSite(learners: number) {
  const sandbox = await createSandbox({
    runtime: createContainerRuntime({
      images: { 'workshop/workstation': createWorkstationProgram() },
    }),
    // No simulated image pull: the workstation pods are running by the time terminals open.
    clusterOptions: { timing: { pullMs: 0, startMs: 0 } },
  });
  const kubeconfigs = new Map<string, string>();
  const ids = Array.from({ length: learners }, (_, i) => `bench-${i}`);
  for (const id of ids) kubeconfigs.set(id, (await sandbox.provisionLearnerCluster(id)).kubeconfig);

  const route = createTerminalRoute({
    authenticate: async (req: IncomingMessage) => {
      const id = req.headers[LEARNER_HEADER];
      return typeof id === 'string' && kubeconfigs.has(id) ? { learnerId: id } : null;
    },
    async locateWorkstation(learnerId) {
      const kubeconfig = kubeconfigs.get(learnerId);
      if (!kubeconfig) throw new Error(`no cluster for learner ${learnerId}`);
      return {
        kubeconfig,
        namespace: 'workstation',
        pod: 'workstation',
        container: 'shell',
        command: ['bash'],
      };
    },
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  startProbe(async () => {
    route.close();
    server.closeAllConnections();
    await sandbox.close();
  });
  // Let the controllers finish starting the workstation pods so the clusters are idle.
  await new Promise((resolve) => setTimeout(resolve, 500));
  announceReady(`ws://127.0.0.1:${port}/api/terminal`);
}

startSite(Number(process.argv[2] ?? 1)).catch(announceFailure);
