/**
 * Cross-site request refusal for state-changing requests. A browser always sends Origin (or at
 * least Sec-Fetch-Site) with a POST; a request from another site's page carries that site's
 * origin, which we refuse. SameSite=Lax cookies are the first line; this is the second.
 */
import { readHeader, readRequestOrigin, type AnyRequest } from './request-info';

export type OriginPolicy = { trustProxy: boolean; allowedOrigins: string[] };

/** Null when the request may proceed, otherwise the reason it may not. */
export function checkRequestOrigin(req: AnyRequest, policy: OriginPolicy): string | null {
  const origin = readHeader(req, 'origin');
  if (!origin || origin === 'null') {
    const site = readHeader(req, 'sec-fetch-site');
    if (site === 'same-origin') return null;
    return 'Origin header is missing: state-changing requests must come from the workshop site itself';
  }
  const expected = readRequestOrigin(req, policy.trustProxy);
  const normalized = origin.toLowerCase().replace(/\/+$/, '');
  if (policy.allowedOrigins.some((o) => o.toLowerCase() === normalized)) return null;
  if (expected && sameHost(normalized, expected)) return null;
  return `Origin "${origin}" is not allowed: send this request from ${expected ?? 'the workshop site'}`;
}

/**
 * Host and port must match; the scheme may differ, because behind a TLS-terminating proxy the
 * site sees plain HTTP (unless TRUST_PROXY is set) while the browser's origin says https. A Host
 * header without a port matches the origin's default port, whichever scheme that is.
 */
function sameHost(origin: string, expected: string): boolean {
  const from = parseOrigin(origin);
  const to = parseOrigin(expected);
  if (!from || !to || from.hostname !== to.hostname) return false;
  return to.port ? from.effectivePort === to.port : from.port === '';
}

function parseOrigin(value: string) {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const effectivePort = url.port || (url.protocol === 'https:' ? '443' : '80');
    return { hostname: url.hostname, port: url.port, effectivePort };
  } catch {
    return undefined;
  }
}
