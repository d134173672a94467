/**
 * Running a command in a container over the exec WebSocket (client-node's `Exec`), with stdin,
 * a tty and terminal resizes. The caller gives plain callbacks; streams stay inside.
 */
import { Readable, Writable } from 'node:stream';
import { Exec } from '@kubernetes/client-node';
import { createKubeConfig, type ClusterConnection } from './connection';
import { ClusterApiError, type ApiStatus } from './types';

export type ExecTerminalSize = { columns: number; rows: number };

export type ExecStreams = {
  /** Bytes for the command's stdin; null to send none. */
  stdin: AsyncIterable<Uint8Array> | null;
  /** Receives output; the returned promise (if any) slows the stream down until it resolves. */
  write(stream: 'stdout' | 'stderr', data: Uint8Array): void | Promise<void>;
  /** Current terminal size; null when there is no terminal. */
  size?: () => ExecTerminalSize | null;
  /** Subscribes to terminal resizes; returns an unsubscribe function. */
  onResize?: (listener: (size: ExecTerminalSize) => void) => () => void;
  signal?: AbortSignal;
};

export type ExecTarget = {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  tty: boolean;
};

/** Output sink that also looks like a resizable terminal to client-node when a size is known. */
class OutputSink extends Writable {
  constructor(private readonly deliver: (data: Uint8Array) => void | Promise<void>) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void) {
    Promise.resolve(this.deliver(new Uint8Array(chunk))).then(() => done(), done);
  }
}

/** Exit code from the final status frame: 0 on Success, the ExitCode cause on NonZeroExitCode. */
export function readExitCode(status: ApiStatus | null): number {
  if (!status || status.status === 'Success') return 0;
  if (status.reason === 'NonZeroExitCode') {
    const cause = status.details?.causes?.find((c) => c.reason === 'ExitCode');
    const code = Number(cause?.message);
    return Number.isInteger(code) ? code : 1;
  }
  throw new ClusterApiError(status.code ?? 500, status);
}

/** Runs the command; resolves to its exit code once the server closes the stream. */
export async function execInContainer(
  connection: ClusterConnection,
  target: ExecTarget,
  streams: ExecStreams,
): Promise<number> {
  const stdout = new OutputSink((data) => streams.write('stdout', data));
  const stderr = target.tty ? null : new OutputSink((data) => streams.write('stderr', data));
  const initial = target.tty ? streams.size?.() : null;
  let unsubscribe = () => {};
  if (initial) {
    // client-node forwards resizes only for a stdout that has rows/columns and emits 'resize',
    // so those properties exist only when there is a terminal.
    Object.assign(stdout, { rows: initial.rows, columns: initial.columns });
    unsubscribe =
      streams.onResize?.((size) => {
        Object.assign(stdout, { rows: size.rows, columns: size.columns });
        stdout.emit('resize');
      }) ?? unsubscribe;
  }
  const stdin = streams.stdin ? Readable.from(streams.stdin, { objectMode: false }) : null;
  let status: ApiStatus | null = null;
  const exec = new Exec(createKubeConfig(connection));
  try {
    const socket = await exec.exec(
      target.namespace,
      target.pod,
      target.container,
      target.command,
      stdout,
      stderr,
      stdin,
      target.tty,
      (s) => {
        status = s as ApiStatus;
      },
    );
    await new Promise<void>((resolve) => {
      const onAbort = () => socket.close();
      streams.signal?.addEventListener('abort', onAbort, { once: true });
      socket.on('close', () => {
        streams.signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  } finally {
    unsubscribe();
    stdin?.destroy();
  }
  await Promise.all([flush(stdout), stderr ? flush(stderr) : undefined]);
  return readExitCode(status);
}

function flush(sink: Writable): Promise<void> {
  return new Promise((resolve) => {
    if (sink.writableFinished) return resolve();
    sink.end(() => resolve());
  });
}
