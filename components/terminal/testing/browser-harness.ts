/**
 * Serves the terminal panel on its own page for tests in real Chromium: bundles the panel (and a
 * page with a Run button) with esbuild, serves it beside the real terminal route, and lets the
 * test restart that route the way a site restart would. No Next build is involved, so this runs
 * alongside other work.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { createTerminalRoute, type TerminalRouteDeps } from '@/server/terminal/route';

const root = path.resolve(import.meta.dirname, '../../..');

const page = `
import { createRoot } from 'react-dom/client';
import { LazyTerminal } from '@/components/terminal/lazy-terminal';
import { RunButton } from '@/components/terminal/run-button';
createRoot(document.getElementById('root')).render(
  <main style={{ width: 900 }}>
    <p>Lab step <RunButton command={'cfosimage="fortinetwandy.azurecr.io/cfos:255"\\necho "image=$cfosimage"'} /></p>
    <LazyTerminal />
  </main>,
);
`;

export type BrowserHarness = {
  url: string;
  /** Ends every terminal and starts a fresh route, as a restart of the site would. */
  restartRoute(): void;
  stop(): Promise<void>;
};

export async function startBrowserHarness(
  deps: Pick<TerminalRouteDeps, 'locateWorkstation'>,
): Promise<BrowserHarness> {
  const outdir = await mkdtemp(path.join(tmpdir(), 'terminal-panel-'));
  await build({
    stdin: { contents: page, loader: 'tsx', resolveDir: root, sourcefile: 'page.tsx' },
    bundle: true,
    outdir,
    entryNames: 'page',
    format: 'esm',
    jsx: 'automatic',
    alias: { '@': root },
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'css' },
    logLevel: 'error',
  });
  const makeRoute = () =>
    createTerminalRoute({
      // Every visitor of this test page is the same learner.
      authenticate: async (_req: IncomingMessage) => ({ learnerId: 'browser-learner' }),
      locateWorkstation: deps.locateWorkstation,
    });
  let route = makeRoute();
  const html =
    '<!doctype html><html lang="en"><head><title>Terminal</title>' +
    '<link rel="stylesheet" href="/page.css"></head>' +
    '<body><div id="root"></div><script type="module" src="/page.js"></script></body></html>';
  const server = createServer((req, res) => {
    const file = { '/page.js': 'text/javascript', '/page.css': 'text/css' }[req.url ?? ''];
    if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    if (!file) return void res.writeHead(404).end();
    readFile(path.join(outdir, req.url ?? '')).then(
      (body) => res.writeHead(200, { 'content-type': file }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  server.on('upgrade', (req, socket, head) => route(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    restartRoute() {
      route.close();
      route = makeRoute();
    },
    async stop() {
      route.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outdir, { recursive: true, force: true });
    },
  };
}
