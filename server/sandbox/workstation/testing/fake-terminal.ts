/**
 * A fake exec client for tests: an in-memory stdin the test types into, collected output, and
 * helpers that wait for output to show up.
 */
import type { ExecRequest, ProcessIO, TerminalSize } from '../../runtime/process';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export type FakeTerminal = {
  io: ProcessIO;
  type(text: string): void;
  /** Chunks typed that the program has not pulled from its stdin yet. */
  unread(): number;
  endInput(): void;
  disconnect(): void;
  resize(size: TerminalSize): void;
  /** Everything written so far. */
  output(): string;
  /** Waits until output after the last match contains `pattern`; returns the text up to it. */
  expect(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
};

export function createFakeTerminal(
  options: { tty?: boolean; columns?: number; stdin?: boolean } = {},
): FakeTerminal {
  const queue: Uint8Array[] = [];
  let ended = false;
  let wakeReader: (() => void) | null = null;
  let output = '';
  let cursor = 0;
  let size: TerminalSize = { columns: options.columns ?? 80, rows: 24 };
  const listeners = new Set<(size: TerminalSize) => void>();
  const outputWaiters = new Set<() => void>();
  const controller = new AbortController();

  async function* stdin(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        yield chunk;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  }

  const io: ProcessIO = {
    stdin: options.stdin === false ? null : stdin(),
    async write(_stream, data) {
      output += typeof data === 'string' ? data : decoder.decode(data);
      for (const wake of outputWaiters) wake();
    },
    size: () => (options.tty === false ? null : size),
    onResize(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signal: controller.signal,
  };

  return {
    io,
    type(text) {
      queue.push(encoder.encode(text));
      wakeReader?.();
    },
    unread: () => queue.length,
    endInput() {
      ended = true;
      wakeReader?.();
    },
    disconnect() {
      controller.abort();
    },
    resize(next) {
      size = next;
      for (const listener of listeners) listener(next);
    },
    output: () => output,
    async expect(pattern, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const rest = output.slice(cursor);
        const match = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
        if (match >= 0) {
          const length =
            typeof pattern === 'string' ? pattern.length : (rest.match(pattern)?.[0].length ?? 0);
          cursor += match + length;
          return rest.slice(0, match + length);
        }
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
          throw new Error(
            `timed out waiting for ${String(pattern)}; output after last match:\n${JSON.stringify(rest)}`,
          );
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, remaining);
          function done() {
            clearTimeout(timer);
            outputWaiters.delete(done);
            resolve();
          }
          outputWaiters.add(done);
        });
      }
    },
  };
}

export function createExecRequest(
  command: string[],
  options: { tty?: boolean; uid?: string } = {},
): ExecRequest {
  return {
    pod: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'workstation', namespace: 'default', uid: options.uid ?? 'pod-uid-1' },
    },
    container: 'workstation',
    command,
    tty: options.tty ?? true,
    cluster: { server: 'http://127.0.0.1:9', token: 'learner-token', namespace: 'default' },
  };
}
