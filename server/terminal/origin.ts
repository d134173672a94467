/**
 * Decides whether a WebSocket upgrade comes from the site's own pages. Browsers send `Origin` on
 * every WebSocket handshake and a page cannot forge it, so comparing it with the host the request
 * was sent to stops other sites from opening a terminal with the learner's cookies.
 */
import type { IncomingMessage } from 'node:http';

export type OriginPolicy = {
  /** Extra origins allowed besides the request's own host, e.g. `https://workshop.example.org`. */
  allowedOrigins?: readonly string[];
  /** Trust `X-Forwarded-Host` (set only when a trusted reverse proxy sits in front). */
  trustProxy?: boolean;
};

export type OriginVerdict = { ok: true } | { ok: false; message: string };

export function checkOrigin(req: IncomingMessage, policy: OriginPolicy = {}): OriginVerdict {
  const origin = req.headers.origin;
  if (!origin) return { ok: false, message: 'missing Origin header' };
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return { ok: false, message: `malformed Origin "${origin}"` };
  }
  if (policy.allowedOrigins?.includes(originUrl.origin)) return { ok: true };
  const forwarded = policy.trustProxy ? firstValue(req.headers['x-forwarded-host']) : undefined;
  const host = forwarded ?? req.headers.host;
  if (host && originUrl.host.toLowerCase() === host.toLowerCase()) return { ok: true };
  return { ok: false, message: `origin "${originUrl.origin}" is not allowed to open a terminal` };
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}
