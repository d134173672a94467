/**
 * A loopback stand-in for an API server's exec endpoint speaking the channel protocol
 * (v4.channel.k8s.io, or v5 when asked): byte 0 of each binary frame names the stream. Tests of the exec adapters
 * drive client-node against it and play the pod's side by hand.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export type ExecCall = {
  path: string;
  query: URLSearchParams;
  socket: WebSocket;
  frames: Buffer[];
};

export type ExecServer = {
  /** Every exec opened so far, in order. */
  calls: ExecCall[];
  /** A kubeconfig reaching the server over plain HTTP, with no skipTLSVerify on purpose. */
  kubeconfig: string;
  close(): Promise<void>;
};

/** The channel numbers of the exec protocol. */
export const CHANNEL = {
  stdin: 0,
  stdout: 1,
  stderr: 2,
  status: 3,
  resize: 4,
  close: 255,
} as const;

/** One frame from the pod's side: the channel byte, then the data. */
export function frame(channel: number, data: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from([channel]), Buffer.from(data)]);
}

/** The closing status of a command that exited with `code`. */
export function exitStatusFrame(code: number): Buffer {
  const status =
    code === 0
      ? { kind: 'Status', status: 'Success' }
      : {
          kind: 'Status',
          status: 'Failure',
          reason: 'NonZeroExitCode',
          message: 'command terminated with non-zero exit code',
          details: { causes: [{ reason: 'ExitCode', message: String(code) }] },
        };
  return frame(CHANNEL.status, JSON.stringify(status));
}

/**
 * Starts the server; `refuse` answers every upgrade with that HTTP status instead. With v4 the
 * client closes the exec when its stdin ends; v5 lets it say so on channel 255 and stay open.
 */
export async function startExecServer(
  options: { refuse?: number; protocol?: 'v4.channel.k8s.io' | 'v5.channel.k8s.io' } = {},
): Promise<ExecServer> {
  const protocol = options.protocol ?? 'v4.channel.k8s.io';
  const calls: ExecCall[] = [];
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has(protocol) ? protocol : false),
  });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => {
    if (options.refuse) {
      socket.end(`HTTP/1.1 ${options.refuse} Not Found\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const call: ExecCall = {
        path: url.pathname,
        query: url.searchParams,
        socket: ws,
        frames: [],
      };
      ws.on('message', (data: Buffer) => call.frames.push(data));
      calls.push(call);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const kubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: sandbox
  cluster:
    server: http://127.0.0.1:${port}
users:
- name: learner
  user:
    token: secret-token
contexts:
- name: sandbox
  context:
    cluster: sandbox
    user: learner
current-context: sandbox
`;
  return {
    calls,
    kubeconfig,
    async close() {
      // Upgraded sockets leave the HTTP server's books; end them or close() waits forever.
      wss.clients.forEach((client) => client.terminate());
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
