/** Writing answers: JSON bodies and Kubernetes `Status` errors. */
import type { ServerResponse } from 'node:http';
import { StatusError } from '../store/status-error';

export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'content-type': 'application/json',
    'cache-control': 'no-cache, private',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Turns any error into a Status answer; unexpected ones become a 500 without internals. */
export function toStatusError(err: unknown): StatusError {
  if (err instanceof StatusError) return err;
  console.error('sandbox API error:', err);
  return new StatusError(
    500,
    'InternalError',
    'an error on the server ("internal error") has prevented the request from succeeding',
  );
}

export function sendError(res: ServerResponse, err: unknown) {
  const status = toStatusError(err);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status.code, status.toStatus());
}
