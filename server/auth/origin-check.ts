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
  if (normalized === expected) return null;
  if (policy.allowedOrigins.some((o) => o.toLowerCase() === normalized)) return null;
  return `Origin "${origin}" is not allowed: send this request from ${expected ?? 'the workshop site'}`;
}
