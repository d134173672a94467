/**
 * An exec carried over a MessagePort between the site's thread and the sandbox's worker thread,
 * keeping ProcessIO's backpressure on both sides:
 *
 * - input is windowed: the site sends at most `WINDOW` bytes the program has not taken yet; the
 *   rest waits unread in the site's stdin stream, where the session can see and bound it;
 * - output is windowed: the program may have `WINDOW` bytes on their way; past that its `write`
 *   waits until the site has written them, which waits on the browser.
 *
 * Each side reports progress (`took`, `written`) only every `REPORT_EVERY` bytes, so typing (a
 * key in, an echo out) costs one message each way, not three.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ExecInProcess, InProcessExecRequest } from '../api/exec-in-process';
import type { ExecResult, ProcessIO, TerminalSize } from '../runtime/process';

const WINDOW = 64 * 1024;
const REPORT_EVERY = 16 * 1024;

const sizeOf = (data: string | Uint8Array) =>
  typeof data === 'string' ? data.length : data.byteLength;

/** Site → worker. */
type ToWorker =
  | { t: 'in'; data: Uint8Array }
  | { t: 'eof' }
  | { t: 'written'; bytes: number }
  | { t: 'resize'; size: TerminalSize }
  | { t: 'abort' };

/** Worker → site. */
type ToSite =
  | { t: 'started' }
  | { t: 'refused'; message: string }
  | { t: 'took'; bytes: number }
  | { t: 'out'; stream: 'stdout' | 'stderr'; data: string | Uint8Array }
  | { t: 'exit'; exitCode: number }
  | { t: 'failed'; message: string };

/** What the site sends to open an exec (with the port transferred beside it). */
export type ExecOpening = {
  token: string;
  request: InProcessExecRequest;
  stdin: boolean;
  size: TerminalSize | null;
};

/** Site side: runs an exec in the worker through `port`, as `ExecInProcess` does in-thread. */
export function execOverPort(
  port: MessagePort,
  send: (opening: ExecOpening) => void,
  token: string,
  request: InProcessExecRequest,
  io: ProcessIO,
): Promise<{ done: Promise<ExecResult> }> {
  const post = (message: ToWorker) => port.postMessage(message);
  const stdin = io.stdin?.[Symbol.asyncIterator]();
  let finish: { resolve(r: ExecResult): void; reject(e: Error): void } | null = null;
  const done = new Promise<ExecResult>((resolve, reject) => (finish = { resolve, reject }));
  done.catch(() => undefined); // observed by the caller; never an unhandled rejection here
  const stopResize = io.onResize((size) => post({ t: 'resize', size }));
  const onAbort = () => post({ t: 'abort' });
  io.signal.addEventListener('abort', onAbort, { once: true });
  let ended = false;
  const close = () => {
    ended = true;
    stopResize();
    io.signal.removeEventListener('abort', onAbort);
    port.close();
  };

  // Input: read the stdin stream while the program has less than a window of it untaken.
  let inputUntaken = 0;
  let pumping = false;
  const pump = async () => {
    if (pumping || !stdin) return;
    pumping = true;
    try {
      while (!ended && inputUntaken < WINDOW) {
        const next = await stdin.next().catch(() => ({ done: true as const, value: undefined }));
        if (ended) break;
        if (next.done) {
          post({ t: 'eof' });
          break;
        }
        inputUntaken += next.value.byteLength;
        post({ t: 'in', data: next.value });
      }
    } finally {
      pumping = false;
    }
  };

  // Output: written in order; reported back in steps.
  let writing: Promise<void> = Promise.resolve();
  let writtenUnreported = 0;
  const wrote = (bytes: number) => {
    writtenUnreported += bytes;
    if (writtenUnreported < REPORT_EVERY || io.signal.aborted || ended) return;
    post({ t: 'written', bytes: writtenUnreported });
    writtenUnreported = 0;
  };

  return new Promise((resolveStart, rejectStart) => {
    port.on('message', (message: ToSite) => {
      switch (message.t) {
        case 'started':
          void pump();
          return resolveStart({ done });
        case 'refused':
          close();
          return rejectStart(new Error(message.message));
        case 'took':
          inputUntaken -= message.bytes;
          return void pump();
        case 'out': {
          // One write at a time, in order: while the terminal is full, later output waits in
          // this chain rather than each piece waiting on the terminal by itself.
          const { stream, data } = message;
          writing = writing
            .then(() => io.write(stream, data))
            .then(
              () => wrote(sizeOf(data)),
              () => undefined,
            );
          return;
        }
        case 'exit':
          close();
          return finish!.resolve({ exitCode: message.exitCode });
        case 'failed':
          close();
          return finish!.reject(new Error(message.message));
      }
    });
    send({ token, request, stdin: io.stdin !== null, size: io.size() });
    if (io.signal.aborted) onAbort();
  });
}

/** Worker side: runs the exec an opening names and serves its port until the program ends. */
export async function serveExecOnPort(
  port: MessagePort,
  opening: ExecOpening,
  execInProcess: ExecInProcess,
): Promise<void> {
  const post = (message: ToSite) => port.postMessage(message);
  const abort = new AbortController();
  let size = opening.size;
  const resizeListeners = new Set<(s: TerminalSize) => void>();
  const chunks: (Uint8Array | null)[] = [];
  let wakeReader: (() => void) | null = null;
  let inFlight = 0;
  const waitingWriters: (() => void)[] = [];
  const wakeWriters = () => waitingWriters.splice(0).forEach((wake) => wake());

  port.on('message', (message: ToWorker) => {
    switch (message.t) {
      case 'in':
      case 'eof':
        chunks.push(message.t === 'in' ? message.data : null);
        wakeReader?.();
        return;
      case 'written':
        inFlight -= message.bytes;
        if (inFlight <= WINDOW) wakeWriters();
        return;
      case 'resize':
        size = message.size;
        for (const listener of resizeListeners) listener(message.size);
        return;
      case 'abort':
        abort.abort();
        wakeReader?.();
        wakeWriters();
        return;
    }
  });

  let takenUnreported = 0;
  async function* readStdin(): AsyncGenerator<Uint8Array> {
    for (;;) {
      while (chunks.length === 0 && !abort.signal.aborted) {
        await new Promise<void>((resolve) => (wakeReader = resolve));
      }
      const chunk = chunks.shift();
      if (!chunk) return; // end of input, or the site hung up
      // Reported in steps: what stays unreported is under a step, so the site (which sends up
      // to a window) never waits on a report that will not come.
      takenUnreported += chunk.byteLength;
      if (takenUnreported >= REPORT_EVERY) {
        post({ t: 'took', bytes: takenUnreported });
        takenUnreported = 0;
      }
      yield chunk;
    }
  }

  const io: ProcessIO = {
    stdin: opening.stdin ? readStdin() : null,
    async write(stream, data) {
      if (abort.signal.aborted) return;
      inFlight += sizeOf(data);
      post({ t: 'out', stream, data });
      while (inFlight > WINDOW && !abort.signal.aborted) {
        await new Promise<void>((resolve) => waitingWriters.push(resolve));
      }
    },
    size: () => size,
    onResize(listener) {
      resizeListeners.add(listener);
      return () => resizeListeners.delete(listener);
    },
    signal: abort.signal,
  };

  let started;
  try {
    started = await execInProcess(opening.token, opening.request, io);
  } catch (err) {
    post({ t: 'refused', message: (err as Error).message });
    port.close();
    return;
  }
  post({ t: 'started' });
  try {
    const result = await started.done;
    post({ t: 'exit', exitCode: result.exitCode });
  } catch (err) {
    post({ t: 'failed', message: (err as Error).message });
  }
  port.close();
}
