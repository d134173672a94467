/**
 * The site's server: Next renders pages, and this file wires the site's own HTTP and WebSocket
 * routes beside it. It only connects modules; each job lives in the module it names.
 */
import { createServer } from 'node:http';
import next from 'next';
import { readConfig } from './config';
import { handleHealthz } from './http/healthz';
import { createUpgradeRouter, type UpgradeHandler } from './http/upgrade-router';

async function main() {
  const config = readConfig({
    ...process.env,
    NODE_ENV: process.argv.includes('--dev')
      ? 'development'
      : (process.env.NODE_ENV ?? 'production'),
  });

  const app = next({ dev: config.dev, dir: process.cwd() });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return handleHealthz(req, res, config);
    void handleNext(req, res);
  });

  const socketRoutes = new Map<string, UpgradeHandler>();
  const nextUpgrade = app.getUpgradeHandler() as UpgradeHandler;
  server.on('upgrade', createUpgradeRouter(socketRoutes, nextUpgrade));

  server.listen(config.port, config.host, () => {
    console.log(`Workshop site ready on http://localhost:${config.port} (${config.mode} mode)`);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
