/**
 * A terminal for tests: keystrokes are queued in, output is collected, and resizes can be sent.
 */
import type { ProcessIO, TerminalSize } from '../../../runtime/process';

export type FakeTerminal = ProcessIO & {
  /** Everything written to the terminal so far. */
  output(): string;
  /** Types text (delivered as one chunk). */
  type(text: string): void;
  /** Ends the keyboard input. */
  end(): void;
  resize(size: TerminalSize): void;
};

export function createFakeTerminal(size: TerminalSize = { columns: 80, rows: 24 }): FakeTerminal {
  let text = '';
  let current = size;
  const chunks: Uint8Array[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  const listeners = new Set<(size: TerminalSize) => void>();
  const controller = new AbortController();
  const stdin: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const next = chunks.shift();
        if (next) {
          yield next;
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  return {
    stdin,
    async write(_stream, data) {
      text += typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    size: () => current,
    onResize(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signal: controller.signal,
    output: () => text,
    type(input) {
      chunks.push(new TextEncoder().encode(input));
      poke();
    },
    end() {
      ended = true;
      poke();
    },
    resize(size) {
      current = size;
      for (const listener of listeners) listener(size);
    },
  };
}
