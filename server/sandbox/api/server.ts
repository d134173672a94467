/**
 * The sandbox's HTTP/1.1 API server: authenticates the bearer token to one cluster, routes the
 * path, and dispatches to discovery, OpenAPI, CRUD, watch and exec handlers. Every failure is a
 * Kubernetes Status; a request without a known token gets 401 and learns nothing else.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import type { TlsMaterial } from './tls-certificate';
import type { Duplex } from 'node:stream';
import type { Cluster } from '../cluster/cluster';
import type { ContainerRuntime, InClusterAccess } from '../runtime/process';
import { StatusError } from '../store/status-error';
import { badRequest } from '../store/status-error';
import type { RequestContext } from './context';
import { answerReview, checkAccess } from './access';
import type { UserInfo } from '../cluster/rbac';
import { handleTokenRequest } from './handlers/token-request';
import { apiGroupDoc, apiGroupListDoc, apiVersionsDoc, resourceListDoc } from './discovery';
import { createExecUpgrader, writeUpgradeError } from './exec-upgrade';
import { handleGet, handleList } from './handlers/read';
import { handlePatch } from './handlers/patch';
import { handleWatch } from './handlers/watch';
import { handleCreate, handleDelete, handleUpdate } from './handlers/write';
import { OPENAPI_V2_BODY, OPENAPI_V2_TYPE, openapiV3Document, openapiV3Index } from './openapi';
import { sendError, sendJson } from './respond';
import { parseRoute } from './routes';

/** Who a request acts as: the cluster it may see and how its workstation reaches that cluster. */
export type Tenant = {
  cluster: Cluster;
  enforceLimits: boolean;
  /** In-cluster access handed to processes exec'd in this cluster's pods. */
  access?: InClusterAccess;
  /** Who the token belongs to when it is not the cluster's owner (a service account token). */
  user?: UserInfo;
  /** Mints a token for `user` in this cluster (TokenRequest); absent where tokens cannot be made. */
  issueToken?: (user: UserInfo, seconds: number) => { token: string; expires: Date };
};

/** Maps a bearer token (and path, for admin `/clusters/<id>` prefixes) to a tenant. */
export type ResolveTenant = (
  token: string | undefined,
  path: string,
) => { tenant: Tenant; path: string } | null;

export const SERVER_VERSION = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.0-sandbox',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-04-23T00:00:00Z',
  goVersion: 'go1.24.2',
  compiler: 'gc',
  platform: 'linux/amd64',
};

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  return m?.[1]?.trim();
}

function unauthorized() {
  return new StatusError(401, 'Unauthorized', 'Unauthorized');
}

function isWatch(query: URLSearchParams) {
  return ['true', '1'].includes(query.get('watch') ?? '');
}

async function dispatch(ctx: RequestContext) {
  const { req, route, query } = ctx;
  checkAccess(req, ctx.cluster.store, route, query, ctx.tenant.user);
  if (route.subresource === 'token' && req.method === 'POST') return handleTokenRequest(ctx);
  if (route.resource.virtual) {
    if (req.method !== 'POST') {
      throw new StatusError(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource',
      );
    }
    return answerReview(req, ctx.res, ctx.cluster.store, route, ctx.tenant.user);
  }
  switch (req.method) {
    case 'GET':
      if (isWatch(query)) return handleWatch(ctx);
      return route.name ? handleGet(ctx) : handleList(ctx);
    case 'POST':
      if (route.subresource === 'exec') throw badRequest('Upgrade request required');
      return handleCreate(ctx);
    case 'PUT':
      return handleUpdate(ctx);
    case 'PATCH':
      return handlePatch(ctx);
    case 'DELETE':
      return handleDelete(ctx);
    default:
      throw new StatusError(
        405,
        'MethodNotAllowed',
        `the server does not allow this method on the requested resource`,
      );
  }
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, resolve: ResolveTenant) {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  const resolved = resolve(bearerToken(req), url.pathname);
  if (!resolved) throw unauthorized();
  const { tenant, path } = resolved;
  const route = parseRoute(path);
  switch (route.kind) {
    case 'version':
      return sendJson(res, 200, SERVER_VERSION);
    case 'health':
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok');
    case 'api-versions':
      return sendJson(res, 200, apiVersionsDoc());
    case 'api-groups':
      return sendJson(res, 200, apiGroupListDoc());
    case 'api-group':
      return sendJson(res, 200, apiGroupDoc(route.group));
    case 'resource-list':
      return sendJson(res, 200, resourceListDoc(route.group, route.version));
    case 'openapi-v2':
      res.writeHead(200, {
        'content-type': OPENAPI_V2_TYPE,
        'content-length': OPENAPI_V2_BODY.length,
      });
      return res.end(OPENAPI_V2_BODY);
    case 'openapi-v3':
      return sendJson(res, 200, openapiV3Index());
    case 'openapi-v3-doc':
      return sendJson(res, 200, openapiV3Document(route.group, route.version));
    case 'resource':
      return dispatch({
        req,
        res,
        cluster: tenant.cluster,
        route,
        query: url.searchParams,
        enforceLimits: tenant.enforceLimits,
        tenant,
      });
  }
}

/**
 * Serves plain HTTP and HTTPS on one port: the first byte of a connection tells them apart (a TLS
 * handshake starts with 0x16). In-process clients use http; kubectl needs https, because it only
 * sends bearer tokens over TLS.
 */
export function createApiServer(options: {
  resolve: ResolveTenant;
  runtime: () => ContainerRuntime;
  tls: TlsMaterial;
}): Server & { closeAllConnections(): void } {
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handleRequest(req, res, options.resolve).catch((err: unknown) => sendError(res, err));
  };
  const upgradeExec = createExecUpgrader(options.runtime);
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      const url = new URL(req.url ?? '/', 'http://sandbox');
      const resolved = options.resolve(bearerToken(req), url.pathname);
      if (!resolved) throw unauthorized();
      const route = parseRoute(resolved.path);
      if (route.kind !== 'resource')
        throw badRequest('upgrade requests are only served for pods/exec');
      checkAccess(
        req,
        resolved.tenant.cluster.store,
        route,
        url.searchParams,
        resolved.tenant.user,
      );
      upgradeExec(
        req,
        socket,
        head,
        resolved.tenant.cluster,
        route,
        url.searchParams,
        resolved.tenant.access,
      );
    } catch (err) {
      writeUpgradeError(socket, err);
    }
  };
  const plain = createServer(onRequest);
  const secure = createTlsServer({ key: options.tls.key, cert: options.tls.cert }, onRequest);
  for (const s of [plain, secure]) {
    s.on('upgrade', onUpgrade);
    s.on('clientError', (_err: Error, socket: Duplex) => socket.destroy());
  }
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  return Object.assign(front, {
    closeAllConnections() {
      for (const socket of sockets) socket.destroy();
    },
  });
}
