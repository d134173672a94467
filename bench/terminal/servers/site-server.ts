/**
 * The site's terminal path as one process, the way `npm start` runs it in sandbox mode: the
 * embedded sandbox with the simulated workstation shell, N learner clusters, and the terminal
 * WebSocket route on a plain HTTP server. Usage: `site-server.ts <learners> [--split]`; with
 * `--split` the sandbox runs in a child process instead, reached by exec over the network (an
 * experiment, not how the site runs).
 *
 * Sign-in is replaced by an `x-bench-learner` header: this bench measures the terminal path
 * (socket → bridge → exec → workstation shell and back), not session lookup.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTerminalRoute } from '@/server/terminal/route';
import { provisionInChildProcess, provisionInProcess } from './learner-clusters';
import { announceFailure, announceReady, startProbe } from './probe';

export const LEARNER_HEADER = 'x-bench-learner';

async function startSite(learners: number, split: boolean) {
  const clusters = await (split ? provisionInChildProcess : provisionInProcess)(learners);
  const { kubeconfigs } = clusters;
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
    ...(clusters.openExec ? { openExec: clusters.openExec } : {}),
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  startProbe(async () => {
    route.close();
    server.closeAllConnections();
    await clusters.close();
  });
  announceReady(`ws://127.0.0.1:${port}/api/terminal`);
}

startSite(Number(process.argv[2] ?? 1), process.argv.includes('--split')).catch(announceFailure);
