/**
 * Facts about an incoming request that auth needs (headers, HTTPS, client address), read the same
 * way from Node's IncomingMessage (custom server, WebSocket upgrades) and from the Web Request that
 * Next hands to route handlers.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export type AnyRequest = IncomingMessage | Request;

/**
 * Route handlers cannot see the TCP peer, so the custom server copies it into this header
 * (overwriting whatever the client sent) before Next runs; see stampClientAddress.
 */
export const CLIENT_ADDRESS_HEADER = 'x-workshop-client-address';

const STAMPING_KEY = Symbol.for('workshop.client-address-stamping');
type Holder = { [STAMPING_KEY]?: boolean };

function isWebRequest(req: AnyRequest): req is Request {
  return typeof (req as Request).headers?.get === 'function';
}

export function readHeader(req: AnyRequest, name: string): string | undefined {
  if (isWebRequest(req)) return req.headers.get(name) ?? undefined;
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Call from the custom server for every HTTP request, before handing it to Next. */
export function stampClientAddress(req: IncomingMessage): void {
  (globalThis as Holder)[STAMPING_KEY] = true;
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
}

function lastForwardedFor(req: AnyRequest): string | undefined {
  const list = readHeader(req, 'x-forwarded-for');
  // The right-most entry is the one our own proxy appended; earlier ones are client-supplied.
  return list
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
}

/** The client's address for rate limiting; "unknown" when it cannot be known safely. */
export function readClientAddress(req: AnyRequest, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = lastForwardedFor(req);
    if (forwarded) return forwarded;
  }
  if (!isWebRequest(req)) return req.socket.remoteAddress ?? 'unknown';
  if ((globalThis as Holder)[STAMPING_KEY])
    return readHeader(req, CLIENT_ADDRESS_HEADER) ?? 'unknown';
  return 'unknown';
}

export function isSecureRequest(req: AnyRequest, trustProxy: boolean): boolean {
  if (trustProxy) {
    const proto = readHeader(req, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  if (isWebRequest(req)) {
    try {
      return new URL(req.url).protocol === 'https:';
    } catch {
      return false;
    }
  }
  return Boolean((req.socket as TLSSocket).encrypted);
}

/** The origin this request was addressed to, e.g. `http://localhost:3000`. */
export function readRequestOrigin(req: AnyRequest, trustProxy: boolean): string | undefined {
  const host =
    (trustProxy ? readHeader(req, 'x-forwarded-host')?.split(',')[0]?.trim() : undefined) ??
    readHeader(req, 'host');
  if (!host) return undefined;
  return `${isSecureRequest(req, trustProxy) ? 'https' : 'http'}://${host.toLowerCase()}`;
}
