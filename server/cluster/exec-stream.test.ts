import { afterEach, describe, expect, it } from 'vitest';
import {
  execInContainer,
  readExitCode,
  type ExecStreams,
  type ExecTerminalSize,
} from './exec-stream';
import {
  CHANNEL,
  exitStatusFrame,
  frame,
  startExecServer,
  type ExecCall,
  type ExecServer,
} from './testing/exec-server';
import { ClusterApiError } from './types';

let server: ExecServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

const target = { namespace: 'lab', pod: 'cfos', container: 'cfos', command: ['id'], tty: false };

/** Starts a run against a fresh server; resolves once the pod's side of the exec is open. */
async function startRun(streams: ExecStreams, tty = false) {
  server = await startExecServer({ protocol: 'v5.channel.k8s.io' });
  const calls = server.calls;
  const exitCode = execInContainer({ kubeconfig: server.kubeconfig }, { ...target, tty }, streams);
  await expect.poll(() => calls.length).toBe(1);
  return { exitCode, call: calls[0] as ExecCall };
}

async function* once(text: string): AsyncIterable<Uint8Array> {
  yield new TextEncoder().encode(text);
}

describe('execInContainer', () => {
  it('keeps stdout and stderr apart and resolves to the exit code', async () => {
    const out = { stdout: '', stderr: '' };
    const { exitCode, call } = await startRun({
      stdin: once('input'),
      write: (stream, data) => void (out[stream] += Buffer.from(data).toString()),
    });
    expect(call.query.get('stderr')).toBe('true');
    expect(call.query.get('tty')).toBe('false');
    call.socket.send(frame(CHANNEL.stdout, 'uid=0(root)\n'));
    call.socket.send(frame(CHANNEL.stderr, 'warning\n'));
    // The input, then v5's word that stdin has ended (the exec stays open for the output).
    await expect
      .poll(() => call.frames.map((f) => [...f]))
      .toEqual([
        [CHANNEL.stdin, ...Buffer.from('input')],
        [CHANNEL.close, CHANNEL.stdin],
      ]);
    call.socket.send(exitStatusFrame(3));
    call.socket.close();
    expect(await exitCode).toBe(3);
    expect(out).toEqual({ stdout: 'uid=0(root)\n', stderr: 'warning\n' });
  });

  it('forwards the terminal size and its changes when there is a tty', async () => {
    let resize: (size: ExecTerminalSize) => void = () => {};
    const { exitCode, call } = await startRun(
      {
        stdin: null,
        write: () => {},
        size: () => ({ columns: 80, rows: 24 }),
        onResize: (listener) => {
          resize = listener;
          return () => {};
        },
      },
      true,
    );
    expect(call.query.get('stderr')).toBe('false');
    resize({ columns: 120, rows: 40 });
    const sizes = () =>
      call.frames
        .filter((f) => f[0] === CHANNEL.resize)
        .map((f) => JSON.parse(f.subarray(1).toString()) as unknown);
    await expect.poll(sizes).toEqual([
      { height: 24, width: 80 },
      { height: 40, width: 120 },
    ]);
    call.socket.send(exitStatusFrame(0));
    call.socket.close();
    expect(await exitCode).toBe(0);
  });

  it('stops reading the exec socket while the writer is slow', async () => {
    let received = 0;
    let release: () => void = () => {};
    let gate = new Promise<void>((resolve) => (release = resolve));
    const { exitCode, call } = await startRun({
      stdin: null,
      write: async (_stream, data) => {
        received += data.length;
        await gate;
      },
    });
    const chunk = frame(CHANNEL.stdout, Buffer.alloc(64 * 1024, 'y'));
    const total = 256; // 16 MiB
    for (let i = 0; i < total; i += 1) call.socket.send(chunk);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Paused: the flood waits in the sender's buffers, not in the adapter's memory.
    expect(received).toBeLessThan(total * 64 * 1024);
    expect(call.socket.bufferedAmount).toBeGreaterThan(0);
    release();
    gate = Promise.resolve();
    await expect.poll(() => received, { timeout: 20_000 }).toBe(total * 64 * 1024);
    call.socket.send(exitStatusFrame(0));
    call.socket.close();
    expect(await exitCode).toBe(0);
  });

  it('closes the exec when the signal aborts', async () => {
    const abort = new AbortController();
    const { exitCode, call } = await startRun({
      stdin: null,
      write: () => {},
      signal: abort.signal,
    });
    const closed = new Promise((resolve) => call.socket.once('close', resolve));
    abort.abort();
    await closed;
    expect(await exitCode).toBe(0);
  });
});

describe('readExitCode', () => {
  it('reads success, non-zero exit codes and other failures', () => {
    expect(readExitCode({ status: 'Success' })).toBe(0);
    expect(
      readExitCode({
        status: 'Failure',
        reason: 'NonZeroExitCode',
        details: { causes: [{ reason: 'ExitCode', message: '3' }] },
      }),
    ).toBe(3);
    expect(() =>
      readExitCode({ status: 'Failure', message: 'container not found ("x")', code: 400 }),
    ).toThrow(ClusterApiError);
  });
});
