/**
 * Routes WebSocket upgrades: the site's own socket paths go to their handlers, every other upgrade
 * (Next's dev HMR) to Next. Keeping the table here lets main.ts stay a list of wiring.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export function createUpgradeRouter(routes: Map<string, UpgradeHandler>, fallback: UpgradeHandler) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(path);
    if (handler) handler(req, socket, head);
    else fallback(req, socket, head);
  };
}
