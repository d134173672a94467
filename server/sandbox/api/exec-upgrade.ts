/**
 * The upgrade of `pods/<name>/exec`: answers SPDY with a 400 Status that says which kubectl is
 * needed, picks the newest channel protocol the client offers (v5, else v4), checks the target,
 * and hands the socket to the exec stream. Errors before the upgrade are plain HTTP Status answers.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Cluster } from '../cluster/cluster';
import type { ContainerRuntime, InClusterAccess } from '../runtime/process';
import { StatusError, badRequest } from '../store/status-error';
import { resolveExecTarget } from './exec-target';
import { runExecStream } from './exec-stream';
import { toStatusError } from './respond';
import type { ResourceRoute } from './context';

const PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'];

export function writeUpgradeError(socket: Duplex, err: unknown) {
  const status = toStatusError(err);
  const body = JSON.stringify(status.toStatus());
  const reason =
    { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status.code] ??
    'Error';
  socket.end(
    `HTTP/1.1 ${status.code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function createExecUpgrader(runtime: () => ContainerRuntime) {
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    handleProtocols: (offered) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
  });

  return function upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    cluster: Cluster,
    route: ResourceRoute,
    query: URLSearchParams,
    access: InClusterAccess | undefined,
  ) {
    try {
      if (
        route.resource.plural !== 'pods' ||
        route.subresource !== 'exec' ||
        !route.name ||
        !route.namespace
      ) {
        throw new StatusError(400, 'BadRequest', 'upgrade requests are only served for pods/exec');
      }
      const target = resolveExecTarget(cluster, route.namespace, route.name, query);
      const upgradeHeader = String(req.headers.upgrade ?? '').toLowerCase();
      if (upgradeHeader.startsWith('spdy')) {
        throw badRequest(
          'this API server serves exec only over WebSocket (the SPDY protocol is not supported): use kubectl 1.30 or newer',
        );
      }
      const offered = String(req.headers['sec-websocket-protocol'] ?? '')
        .split(',')
        .map((p) => p.trim());
      const protocol = PROTOCOLS.find((p) => offered.includes(p));
      if (!protocol) {
        throw badRequest(
          `none of the offered exec protocols (${offered.join(', ') || 'none'}) is supported; supported: ${PROTOCOLS.join(', ')}`,
        );
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        void runExecStream(
          ws,
          runtime(),
          {
            pod: target.pod,
            container: target.container,
            command: target.command,
            tty: target.tty,
            ...(access ? { cluster: { ...access, namespace: route.namespace! } } : {}),
          },
          { stdin: target.stdin, protocol },
        );
      });
    } catch (err) {
      writeUpgradeError(socket, err);
    }
  };
}
