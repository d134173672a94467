/**
 * Raw HTTP to the API server with client-node's authentication applied. Everything else in this
 * folder builds on `sendClusterRequest` (one request, whole body) and `openClusterStream`
 * (a streaming body, for logs and watches).
 */
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { createKubeConfig, readServerUrl, type ClusterConnection } from './connection';

export type ClusterRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the server root, starting with `/`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Defaults to application/json when there is a body. */
  contentType?: string;
  accept?: string;
  signal?: AbortSignal;
};

export type ClusterResponse = { status: number; contentType: string; text: string };

/**
 * One keep-alive agent per connection. client-node builds a new agent for every request, which
 * costs a TLS handshake each time; a check makes several requests, so reuse is most of its cost.
 */
const agents = new WeakMap<ClusterConnection, http.Agent>();

function reuseAgent(connection: ClusterConnection, fresh: unknown, secure: boolean): http.Agent {
  let agent = agents.get(connection);
  if (!agent) {
    const tls = (fresh as { options?: https.AgentOptions } | undefined)?.options ?? {};
    agent = secure
      ? new https.Agent({ ...tls, keepAlive: true })
      : new http.Agent({ keepAlive: true });
    agents.set(connection, agent);
  }
  return agent;
}

function buildUrl(connection: ClusterConnection, request: ClusterRequest): URL {
  const url = new URL(readServerUrl(connection) + request.path);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}

async function openRequest(
  connection: ClusterConnection,
  request: ClusterRequest,
): Promise<IncomingMessage> {
  const url = buildUrl(connection, request);
  const headers: Record<string, string> = {
    Accept: request.accept ?? 'application/json',
    'User-Agent': 'k8s-security-workshop (cluster client)',
  };
  let payload: string | undefined;
  if (request.body !== undefined) {
    payload = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    headers['Content-Type'] = request.contentType ?? 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  const options: https.RequestOptions = {
    method: request.method,
    hostname: url.hostname,
    port: url.port,
    path: url.pathname + url.search,
    headers,
  };
  await createKubeConfig(connection).applyToHTTPSOptions(options);
  const secure = url.protocol === 'https:';
  options.agent = reuseAgent(connection, options.agent, secure);
  const transport = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(options, resolve);
    req.on('error', (error) => reject(describeNetworkError(url, error)));
    if (request.signal) {
      if (request.signal.aborted) req.destroy(new Error('aborted'));
      request.signal.addEventListener('abort', () => req.destroy(new Error('aborted')), {
        once: true,
      });
    }
    req.end(payload);
  });
}

/** Mirrors kubectl's wording when the server cannot be reached. */
function describeNetworkError(url: URL, error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') {
    return new Error(
      `The connection to the server ${url.host} was refused - did you specify the right host or port?`,
    );
  }
  return error;
}

/** Sends one request and reads the whole response body. */
export async function sendClusterRequest(
  connection: ClusterConnection,
  request: ClusterRequest,
): Promise<ClusterResponse> {
  const response = await openRequest(connection, request);
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return {
    status: response.statusCode ?? 0,
    contentType: String(response.headers['content-type'] ?? ''),
    text: Buffer.concat(chunks).toString('utf8'),
  };
}

/** Opens a request whose body is consumed as it arrives (logs -f, watch). */
export async function openClusterStream(
  connection: ClusterConnection,
  request: ClusterRequest,
): Promise<IncomingMessage> {
  return openRequest(connection, request);
}
