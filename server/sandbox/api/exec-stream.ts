/**
 * The exec WebSocket (channel protocols v4 and v5): binary frames whose first byte is the
 * channel — 0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize — bridged to the container
 * runtime's ProcessIO. v5 adds the client's `FF 00` close-stdin signal. The exit status goes on
 * channel 3 exactly as a real API server words it, then the socket closes normally.
 */
import type { WebSocket } from 'ws';
import type { ContainerRuntime, ExecRequest, ProcessIO, TerminalSize } from '../runtime/process';

const HIGH_WATER = 1024 * 1024;

export function exitStatus(exitCode: number, command: string[]) {
  if (exitCode === 0) return { metadata: {}, status: 'Success' };
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: error executing command [${command.join(' ')}]: exit status ${exitCode}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(exitCode) }] },
  };
}

/** A queue of stdin chunks, readable once as an async iterable, ended by close(). */
function createStdin() {
  const chunks: Uint8Array[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  return {
    push(chunk: Uint8Array) {
      if (ended) return;
      chunks.push(chunk);
      wake?.();
    },
    close() {
      ended = true;
      wake?.();
    },
    async *iterate(): AsyncGenerator<Uint8Array> {
      for (;;) {
        if (chunks.length) yield chunks.shift()!;
        else if (ended) return;
        else await new Promise<void>((r) => (wake = r));
      }
    },
  };
}

export async function runExecStream(
  ws: WebSocket,
  runtime: ContainerRuntime,
  request: ExecRequest,
  options: { stdin: boolean; protocol: string },
) {
  const stdin = createStdin();
  const abort = new AbortController();
  let size: TerminalSize | null = null;
  const resizeListeners = new Set<(s: TerminalSize) => void>();
  const sendFrame = (channel: number, data: Uint8Array | string) => {
    const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    return new Promise<void>((resolve) => {
      if (ws.readyState !== ws.OPEN) return resolve();
      ws.send(Buffer.concat([Buffer.from([channel]), payload]), { binary: true }, () => resolve());
      // Resolve at once while the socket keeps up; otherwise when this frame has been flushed.
      if (ws.bufferedAmount < HIGH_WATER) resolve();
    });
  };

  ws.on('message', (raw: Buffer, isBinary: boolean) => {
    const data = isBinary ? raw : Buffer.from(raw);
    if (data.length === 0) return;
    const channel = data[0];
    const body = data.subarray(1);
    if (channel === 0) stdin.push(new Uint8Array(body));
    else if (channel === 4) {
      try {
        // Field names are matched without regard to case, as Go's JSON decoding does
        // (kubectl sends Width/Height, client-node width/height).
        const msg = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        const field = (name: string) =>
          Number(Object.entries(msg).find(([k]) => k.toLowerCase() === name)?.[1]);
        size = { columns: field('width') || 80, rows: field('height') || 24 };
        for (const l of resizeListeners) l(size);
      } catch {
        // A malformed resize message is ignored, as the kubelet does.
      }
    } else if (channel === 255 && options.protocol === 'v5.channel.k8s.io' && body[0] === 0)
      stdin.close();
  });
  ws.on('close', () => {
    stdin.close();
    abort.abort();
  });

  await sendFrame(1, new Uint8Array());
  const io: ProcessIO = {
    stdin: options.stdin ? stdin.iterate() : null,
    write: (stream, data) => sendFrame(stream === 'stderr' && !request.tty ? 2 : 1, data),
    size: () => (request.tty ? (size ?? { columns: 80, rows: 24 }) : null),
    onResize(listener) {
      resizeListeners.add(listener);
      return () => resizeListeners.delete(listener);
    },
    signal: abort.signal,
  };
  let status: unknown;
  try {
    const result = await runtime.exec(request, io);
    status = exitStatus(result.exitCode, request.command);
  } catch (err) {
    status = {
      metadata: {},
      status: 'Failure',
      message: `Internal error occurred: ${(err as Error).message}`,
      reason: 'InternalError',
      code: 500,
    };
  }
  if (ws.readyState === ws.OPEN) {
    await sendFrame(3, JSON.stringify(status));
    ws.close(1000);
  }
}
