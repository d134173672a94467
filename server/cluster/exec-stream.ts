/**
 * Runs a command in a container and hands its output to plain callbacks (stdout and stderr
 * apart, or a tty with resizes), resolving to its exit code: what kubectl-style runs, checks and
 * the editor's file access need. The exec protocol itself is `startExec` in exec.ts; this module
 * only turns callbacks into streams and the closing status into an exit code.
 */
import { Readable, Writable } from 'node:stream';
import type { V1Status } from '@kubernetes/client-node';
import { createKubeConfig, type ClusterConnection } from './connection';
import { findExitCode, startExec, type ExecCommand } from './exec';
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

/** Output sink that hands each chunk to a callback and waits for the promise it returns. */
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
  if (status.reason === 'NonZeroExitCode') return findExitCode(status) ?? 1;
  throw new ClusterApiError(status.code ?? 500, status);
}

/** Runs the command; resolves to its exit code once the server closes the stream. */
export async function execInContainer(
  connection: ClusterConnection,
  target: ExecCommand,
  streams: ExecStreams,
): Promise<number> {
  const stdout = new OutputSink((data) => streams.write('stdout', data));
  const stderr = target.tty ? null : new OutputSink((data) => streams.write('stderr', data));
  const unsubscribe = target.tty ? followTerminalSize(stdout, streams) : () => {};
  const stdin = streams.stdin ? Readable.from(streams.stdin, { objectMode: false }) : null;
  let status: V1Status | null = null;
  let ended = () => {};
  const end = new Promise<void>((resolve) => (ended = resolve));
  try {
    const exec = await startExec(createKubeConfig(connection), target, {
      stdout,
      stderr,
      stdin,
      onStatus: (s) => (status = s),
      onEnd: () => ended(),
    });
    const onAbort = () => exec.close();
    if (streams.signal?.aborted) onAbort();
    streams.signal?.addEventListener('abort', onAbort, { once: true });
    await end;
    streams.signal?.removeEventListener('abort', onAbort);
  } finally {
    unsubscribe();
    stdin?.destroy();
  }
  await Promise.all([flush(stdout), stderr ? flush(stderr) : undefined]);
  return readExitCode(status);
}

/**
 * Gives `sink` the terminal's size and keeps it current: client-node forwards resizes only for a
 * stdout that has rows/columns and emits 'resize', so those exist only when there is a terminal.
 */
function followTerminalSize(sink: Writable, streams: ExecStreams): () => void {
  const initial = streams.size?.();
  if (!initial) return () => {};
  Object.assign(sink, { rows: initial.rows, columns: initial.columns });
  return (
    streams.onResize?.((size) => {
      Object.assign(sink, { rows: size.rows, columns: size.columns });
      sink.emit('resize');
    }) ?? (() => {})
  );
}

function flush(sink: Writable): Promise<void> {
  return new Promise((resolve) => {
    if (sink.writableFinished) return resolve();
    sink.end(() => resolve());
  });
}
