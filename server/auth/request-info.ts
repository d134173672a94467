/**
 * Facts about an incoming request that auth needs (headers, HTTPS, client address), read the same
 * way from Node's IncomingMessage (custom server, WebSocket upgrades) and from the Web Request that
 * Next hands to route handlers.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export type AnyRequest = IncomingMessage | Request;

/**
 * Route handlers cannot see the TCP connection, and Next fills X-Forwarded-* from the client's own
 * headers. So the custom server copies the real peer address and scheme into these headers
 * (overwriting whatever the client sent) before Next runs; see stampConnectionHeaders.
 */
export const CLIENT_ADDRESS_HEADER = 'x-workshop-client-address';
export const CLIENT_PROTO_HEADER = 'x-workshop-client-proto';

const STAMPING_KEY = Symbol.for('workshop.connection-stamping');
type Holder = { [STAMPING_KEY]?: boolean };

function isWebRequest(req: AnyRequest): req is Request {
  return typeof (req as Request).headers?.get === 'function';
}

function stamped(): boolean {
  return Boolean((globalThis as Holder)[STAMPING_KEY]);
}

export function readHeader(req: AnyRequest, name: string): string | undefined {
  if (isWebRequest(req)) return req.headers.get(name) ?? undefined;
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Call from the custom server for every HTTP request, before handing it to Next. */
export function stampConnectionHeaders(req: IncomingMessage): void {
  (globalThis as Holder)[STAMPING_KEY] = true;
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
  req.headers[CLIENT_PROTO_HEADER] = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
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
  if (stamped()) return readHeader(req, CLIENT_ADDRESS_HEADER) ?? 'unknown';
  return 'unknown';
}

export function isSecureRequest(req: AnyRequest, trustProxy: boolean): boolean {
  if (trustProxy) {
    const proto = readHeader(req, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  if (!isWebRequest(req)) return Boolean((req.socket as TLSSocket).encrypted);
  if (stamped()) return readHeader(req, CLIENT_PROTO_HEADER) === 'https';
  try {
    return new URL(req.url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The origin this request was addressed to, e.g. `http://localhost:3000`. */
export function readRequestOrigin(req: AnyRequest, trustProxy: boolean): string | undefined {
  const host =
    (trustProxy ? readHeader(req, 'x-forwarded-host')?.split(',')[0]?.trim() : undefined) ??
    readHeader(req, 'host');
  if (!host) return undefined;
  return `${isSecureRequest(req, trustProxy) ? 'https' : 'http'}://${host.toLowerCase()}`;
}
