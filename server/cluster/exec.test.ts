import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadKubeConfig,
  openExecSession,
  readExecStatus,
  type ExecStatus,
  type ExecTarget,
} from './exec';
import {
  exitStatusFrame,
  frame,
  startExecServer as startServer,
  type ExecCall,
  type ExecServer,
} from './testing/exec-server';

let server: ExecServer | null = null;

async function startExecServer(options: { refuse?: number } = {}) {
  server = await startServer(options);
  const target: ExecTarget = {
    kubeconfig: server.kubeconfig,
    namespace: 'workstation',
    pod: 'workstation',
    container: 'shell',
    command: ['bash', '-l'],
    tty: true,
  };
  return { calls: server.calls, target };
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

const frameText = (data: Buffer) => data.subarray(1).toString();

afterEach(async () => {
  await server?.close();
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
    socket.send(frame(1, 'hello\r\n'));
    socket.send(exitStatusFrame(2));
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
    const chunk = frame(1, Buffer.alloc(64 * 1024, 'y'));
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
