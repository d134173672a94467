/**
 * The site's server: Next renders pages, and this file wires the site's own HTTP and WebSocket
 * routes and services beside it. It only connects modules; each job lives in the module it names.
 */
import { createServer } from 'node:http';
import next from 'next';
import { setWorkspaceProvisioner, setWorkspaceReleaser } from './auth/workspace-hooks';
import { stampConnectionHeaders } from './auth/request-info';
import { authenticateLearner, renewLearnerSession } from './auth/sessions';
import { readConfig } from './config';
import { handleHealthz } from './http/healthz';
import { createUpgradeRouter, type UpgradeHandler } from './http/upgrade-router';
import { closeWorkshopDb } from './progress/shared-db';
import { TERMINAL_PATH } from './terminal/protocol';
import { createTerminalRoute } from './terminal/route';
import { startWorkspaces } from './workspace/start-workspaces';
import { installWorkspaces } from './workspace/workspaces';

async function main() {
  const config = readConfig({
    ...process.env,
    NODE_ENV: process.argv.includes('--dev')
      ? 'development'
      : (process.env.NODE_ENV ?? 'production'),
  });

  // Learners' cluster spaces: the embedded sandbox, or namespaces of a real cluster.
  const { workspaces, health } = await startWorkspaces(config);
  installWorkspaces(workspaces);
  setWorkspaceProvisioner(async (learnerId) => void (await workspaces.open(learnerId)));
  setWorkspaceReleaser((learnerId) => workspaces.release(learnerId));

  const terminal = createTerminalRoute({
    authenticate: (req) => authenticateLearner(req),
    onActivity: (learner) => renewLearnerSession(learner.sessionId),
    async locateWorkstation(learnerId) {
      const ws = await workspaces.open(learnerId);
      return { kubeconfig: ws.connection.kubeconfig, ...ws.workstation };
    },
    ...(workspaces.openTerminalExec ? { openExec: workspaces.openTerminalExec } : {}),
  });

  const app = next({ dev: config.dev, dir: process.cwd() });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return handleHealthz(req, res, config, health);
    // Route handlers see only headers: pass on the client's address (rate limits) and scheme.
    stampConnectionHeaders(req);
    void handleNext(req, res);
  });

  const socketRoutes = new Map<string, UpgradeHandler>([[TERMINAL_PATH, terminal]]);
  const nextUpgrade = app.getUpgradeHandler() as UpgradeHandler;
  server.on('upgrade', createUpgradeRouter(socketRoutes, nextUpgrade));

  server.listen(config.port, config.host, () => {
    console.log(`Workshop site ready on http://localhost:${config.port} (${config.mode} mode)`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    terminal.close();
    server.close();
    server.closeAllConnections();
    // The sandbox writes its final snapshots here, so no learner work is lost on restart.
    await workspaces.close().catch((err: unknown) => console.error('closing workspaces:', err));
    await closeWorkshopDb().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
