/**
 * Runs the terminal route on a real HTTP server on a free loopback port, for tests.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTerminalRoute, type TerminalRoute, type TerminalRouteDeps } from '../route';

export type RouteHarness = {
  route: TerminalRoute;
  /** ws:// URL of the terminal path, with optional query. */
  url(query?: Record<string, string | number>): string;
  /** Headers a signed-in learner's same-origin page would send. */
  headers(learner?: string): Record<string, string>;
  origin: string;
  stop(): Promise<void>;
};

/**
 * Learners are named by an `x-test-learner` header; no header means not signed in. Pass the port
 * of a stopped harness to start "the same server" again (a restart).
 */
export async function startRouteHarness(
  deps: Partial<TerminalRouteDeps> & Pick<TerminalRouteDeps, 'locateWorkstation'>,
  port = 0,
): Promise<RouteHarness> {
  const route = createTerminalRoute({
    authenticate: async (req: IncomingMessage) => {
      const learner = req.headers['x-test-learner'];
      return typeof learner === 'string' ? { learnerId: learner } : null;
    },
    ...deps,
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', route);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${bound}`;
  return {
    route,
    origin,
    url(query = {}) {
      const search = new URLSearchParams(
        Object.entries(query).map(([k, v]) => [k, String(v)]),
      ).toString();
      return `ws://127.0.0.1:${bound}/api/terminal${search ? `?${search}` : ''}`;
    },
    headers: (learner = 'learner-1') => ({ origin, 'x-test-learner': learner }),
    async stop() {
      route.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
