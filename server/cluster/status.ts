/**
 * Turns an API server answer into JSON or a `ClusterApiError`, filling in the Status that a real
 * server would have sent when a proxy or a bare 404 gives none.
 */
import { ClusterApiError, type ApiStatus } from './types';
import type { ClusterResponse } from './request';

const reasonByCode: Record<number, { reason: string; message: string }> = {
  400: { reason: 'BadRequest', message: 'the server rejected our request for an unknown reason' },
  401: {
    reason: 'Unauthorized',
    message: 'the server has asked for the client to provide credentials',
  },
  403: {
    reason: 'Forbidden',
    message: 'the server does not allow access to the requested resource',
  },
  404: { reason: 'NotFound', message: 'the server could not find the requested resource' },
  405: {
    reason: 'MethodNotAllowed',
    message: 'the server does not allow this method on the requested resource',
  },
  409: { reason: 'Conflict', message: 'the server reported a conflict' },
  410: { reason: 'Expired', message: 'the server has asked for the client to retry' },
  415: { reason: 'UnsupportedMediaType', message: 'the server does not support this media type' },
  422: {
    reason: 'Invalid',
    message: 'the server rejected our request due to an error in our request',
  },
  429: {
    reason: 'TooManyRequests',
    message: 'the server has received too many requests and has asked us to try again later',
  },
  500: {
    reason: 'InternalError',
    message: 'an error on the server has prevented the request from succeeding',
  },
  503: {
    reason: 'ServiceUnavailable',
    message: 'the server is currently unable to handle the request',
  },
  504: {
    reason: 'Timeout',
    message:
      'the server was unable to return a response in the time allotted, but may still be processing the request',
  },
};

function parseStatus(response: ClusterResponse): ApiStatus | null {
  try {
    const body = JSON.parse(response.text) as ApiStatus & { kind?: string };
    if (body && body.kind === 'Status') return body;
  } catch {
    // not JSON: fall through to the generic status for the code
  }
  return null;
}

/** Parses a JSON body, or throws the server's error. */
export function readJsonResponse<T>(response: ClusterResponse): T {
  if (response.status >= 200 && response.status < 300) {
    try {
      return JSON.parse(response.text) as T;
    } catch {
      throw new Error(
        `error: the server sent a response that is not JSON: ${response.text.slice(0, 200)}`,
      );
    }
  }
  throw createApiError(response);
}

/** Builds the error for a failed answer, mirroring client-go's fallbacks. */
export function createApiError(response: ClusterResponse): ClusterApiError {
  const status = parseStatus(response);
  if (status)
    return new ClusterApiError(response.status, {
      ...status,
      code: status.code ?? response.status,
    });
  const known = reasonByCode[response.status];
  const message =
    known?.message ??
    `an error on the server ("${response.text.trim().slice(0, 200)}") has prevented the request from succeeding`;
  return new ClusterApiError(response.status, {
    status: 'Failure',
    reason: known?.reason ?? 'InternalError',
    message,
    code: response.status,
  });
}
