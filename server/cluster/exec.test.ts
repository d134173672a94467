import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  loadKubeConfig,
  openExecSession,
  readExecStatus,
  type ExecStatus,
  type ExecTarget,
} from './exec';

/**
 * A loopback stand-in for an API server's exec endpoint speaking the channel protocol
 * (v4.channel.k8s.io): byte 0 of each binary frame names the stream.
 */
type ExecCall = { path: string; query: URLSearchParams; socket: WebSocket; frames: Buffer[] };

let server: Server | null = null;
let sockets: WebSocketServer | null = null;

async function startExecServer(options: { refuse?: number } = {}) {
  const calls: ExecCall[] = [];
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) =>
      protocols.has('v4.channel.k8s.io') ? 'v4.channel.k8s.io' : false,
  });
  sockets = wss;
  server = createServer((_req, res) => res.writeHead(404).end());
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
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // No skipTLSVerify on purpose: the adapter must accept a plain-HTTP loopback server.
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
  const target: ExecTarget = {
    kubeconfig,
    namespace: 'workstation',
    pod: 'workstation',
    container: 'shell',
    command: ['bash', '-l'],
    tty: true,
  };
  return { calls, target };
}

/** A stdout that looks like a tty to client-node and records what it receives. */
class SizedOutput extends Writable {
  rows = 24;
  columns = 80;
  received = '';
  held: Array<() => void> = [];
  hold = false;
  constructor() {
    super({ highWaterMark: 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.received += chunk.toString();
    if (this.hold) this.held.push(done);
    else done();
  }
  release() {
    this.hold = false;
    this.held.splice(0).forEach((done) => done());
  }
}

const frameText = (frame: Buffer) => frame.subarray(1).toString();

afterEach(async () => {
  // Upgraded sockets leave the HTTP server's books; end them or close() waits forever.
  sockets?.clients.forEach((client) => client.terminate());
  sockets?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('openExecSession', () => {
  it('opens a tty exec with the target in the path and query', async () => {
    const { calls, target } = await startExecServer();
    const stdout = new SizedOutput();
    await openExecSession(target, { stdout, stdin: new PassThrough(), onStatus: () => {} });
    await expect.poll(() => calls.length).toBe(1);
    const call = calls[0] as ExecCall;
    expect(call.path).toBe('/api/v1/namespaces/workstation/pods/workstation/exec');
    expect(call.query.getAll('command')).toEqual(['bash', '-l']);
    expect(call.query.get('container')).toBe('shell');
    expect(call.query.get('tty')).toBe('true');
    expect(call.query.get('stdin')).toBe('true');
    expect(call.query.get('stderr')).toBe('false');
  });

  it('sends keystrokes on stdin and sizes on the resize channel', async () => {
    const { calls, target } = await startExecServer();
    const stdout = new SizedOutput();
    const stdin = new PassThrough();
    await openExecSession(target, { stdout, stdin, onStatus: () => {} });
    const call = await expect
      .poll(() => calls[0])
      .toBeTruthy()
      .then(() => calls[0] as ExecCall);
    stdin.write('ls\r');
    stdout.columns = 120;
    stdout.rows = 40;
    stdout.emit('resize');
    await expect.poll(() => call.frames.length).toBe(3);
    const on = (channel: number) => call.frames.filter((f) => f[0] === channel).map(frameText);
    expect(on(0)).toEqual(['ls\r']);
    const sizes = on(4).map((text) => JSON.parse(text) as unknown);
    expect(sizes).toEqual([
      { height: 24, width: 80 },
      { height: 40, width: 120 },
    ]);
  });

  it('delivers output and reads the exit code from the closing status', async () => {
    const { calls, target } = await startExecServer();
    const stdout = new SizedOutput();
    const statuses: ExecStatus[] = [];
    await openExecSession(target, {
      stdout,
      stdin: new PassThrough(),
      onStatus: (s) => statuses.push(s),
    });
    await expect.poll(() => calls.length).toBe(1);
    const socket = (calls[0] as ExecCall).socket;
    socket.send(Buffer.concat([Buffer.from([1]), Buffer.from('hello\r\n')]));
    const status = {
      kind: 'Status',
      status: 'Failure',
      reason: 'NonZeroExitCode',
      message: 'command terminated with non-zero exit code',
      details: { causes: [{ reason: 'ExitCode', message: '2' }] },
    };
    socket.send(Buffer.concat([Buffer.from([3]), Buffer.from(JSON.stringify(status))]));
    await expect
      .poll(() => statuses)
      .toEqual([{ exitCode: 2, message: 'the shell exited with code 2' }]);
    expect(stdout.received).toBe('hello\r\n');
    // The caller's stream is still the caller's: client-node ends only the adapter's tap.
    expect(stdout.writableEnded).toBe(false);
  });

  it('reports a dropped connection once, with no exit code', async () => {
    const { calls, target } = await startExecServer();
    const statuses: ExecStatus[] = [];
    await openExecSession(target, {
      stdout: new SizedOutput(),
      stdin: new PassThrough(),
      onStatus: (s) => statuses.push(s),
    });
    await expect.poll(() => calls.length).toBe(1);
    (calls[0] as ExecCall).socket.terminate();
    await expect
      .poll(() => statuses)
      .toEqual([{ exitCode: null, message: 'the connection to the workstation closed' }]);
  });

  it('says which pod it could not reach', async () => {
    const { target } = await startExecServer({ refuse: 404 });
    await expect(
      openExecSession(target, {
        stdout: new SizedOutput(),
        stdin: new PassThrough(),
        onStatus: () => {},
      }),
    ).rejects.toThrow(
      'could not open a shell in pod "workstation" (namespace "workstation", container "shell"): Unexpected server response: 404',
    );
  });

  it('stops reading the exec socket while stdout is full, and resumes when it drains', async () => {
    const { calls, target } = await startExecServer();
    const stdout = new SizedOutput();
    stdout.hold = true;
    await openExecSession(target, { stdout, stdin: new PassThrough(), onStatus: () => {} });
    await expect.poll(() => calls.length).toBe(1);
    const socket = (calls[0] as ExecCall).socket;
    const chunk = Buffer.concat([Buffer.from([1]), Buffer.alloc(64 * 1024, 'y')]);
    const total = 256; // 16 MiB
    for (let i = 0; i < total; i += 1) socket.send(chunk);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Paused: most of the flood waits in the sender's buffers, not in the adapter's memory.
    expect(stdout.received.length).toBeLessThan(total * 64 * 1024);
    expect(stdout.writableLength).toBeLessThan(4 * 1024 * 1024);
    expect(socket.bufferedAmount).toBeGreaterThan(0);
    stdout.release();
    stdout.on('drain', () => stdout.release());
    const timer = setInterval(() => stdout.release(), 20);
    stdout.hold = false;
    await expect.poll(() => stdout.received.length, { timeout: 20_000 }).toBe(total * 64 * 1024);
    clearInterval(timer);
  });

  it('reports input the pod has not taken yet', async () => {
    const { calls, target } = await startExecServer();
    const stdin = new PassThrough();
    const session = await openExecSession(target, {
      stdout: new SizedOutput(),
      stdin,
      onStatus: () => {},
    });
    await expect.poll(() => calls.length).toBe(1);
    expect(session.pendingInput()).toBe(0);
    (calls[0] as ExecCall).socket.pause(); // the pod stops reading its stdin
    const chunk = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 256; i += 1) stdin.write(chunk);
    await expect.poll(() => session.pendingInput(), { timeout: 10_000 }).toBeGreaterThan(1 << 20);
  });
});

describe('readExecStatus', () => {
  it('reads success, exit codes and other failures', () => {
    expect(readExecStatus({ status: 'Success' })).toEqual({
      exitCode: 0,
      message: 'the shell exited',
    });
    expect(
      readExecStatus({
        status: 'Failure',
        reason: 'NonZeroExitCode',
        details: { causes: [{ reason: 'ExitCode', message: '130' }] },
      }),
    ).toEqual({ exitCode: 130, message: 'the shell exited with code 130' });
    expect(readExecStatus({ status: 'Failure', message: 'container not found ("shell")' })).toEqual(
      { exitCode: null, message: 'container not found ("shell")' },
    );
  });
});

describe('loadKubeConfig', () => {
  it('refuses a kubeconfig with no current cluster', () => {
    expect(() => loadKubeConfig('apiVersion: v1\nkind: Config\n')).toThrow(
      'the kubeconfig has no current context with a cluster',
    );
  });
});
