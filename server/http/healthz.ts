/** `GET /healthz`: a cheap liveness answer that also says which kind of cluster backs the site. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SiteConfig } from '../config';

const startedAt = Date.now();

export function handleHealthz(
  _req: IncomingMessage,
  res: ServerResponse,
  config: SiteConfig,
  extra: Record<string, string> = {},
) {
  const body = JSON.stringify({
    ...extra,
    status: 'ok',
    mode: config.mode,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  });
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(body);
}
