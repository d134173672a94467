/**
 * The client's stdin as text, read in the background so that Ctrl-C typed at a tty can stop the
 * running command (a real pty turns it into SIGINT) while the shell reads lines the rest of the
 * time.
 */

import type { Input } from './types';

/** Text pulled from the client before the pump stops reading it (characters). */
export const STDIN_READ_AHEAD = 64 * 1024;

export type StdinPump = Input & {
  /**
   * Runs `work` as a foreground command: Ctrl-C (tty only) aborts the signal it gets, and the
   * Ctrl-C byte is not passed on as input.
   */
  foreground<T>(parent: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /**
   * Runs `work` with Ctrl-C passed through as input: an interactive shell reading its next line
   * handles Ctrl-C itself instead of being stopped by it.
   */
  passInterrupts<T>(work: () => Promise<T>): Promise<T>;
};

export function createStdinPump(
  stdin: AsyncIterable<Uint8Array> | null,
  tty: boolean,
  signal: AbortSignal,
  /** Called on Ctrl-C before the command stops: a pty echoes it as `^C`. */
  echoInterrupt: () => void = () => {},
  readAhead = STDIN_READ_AHEAD,
): StdinPump {
  const decoder = new TextDecoder();
  const queue: string[] = [];
  let queued = 0;
  let ended = stdin === null;
  let wake: (() => void) | null = null;
  let room: (() => void) | null = null;
  let interrupt: (() => void) | null = null;
  let started = false;

  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  // Pulls the next chunk only while little is queued: a paste waits in the client's stream
  // (where the exec layer can stop reading the network) until the program has used the rest.
  const pump = async () => {
    try {
      for await (const chunk of stdin!) {
        if (signal.aborted) break;
        const text = decoder.decode(chunk, { stream: true });
        if (tty && interrupt && text.includes('\x03')) {
          echoInterrupt();
          interrupt();
          continue;
        }
        queue.push(text);
        queued += text.length;
        notify();
        while (queued >= readAhead && !ended) {
          await new Promise<void>((resolve) => (room = resolve));
          room = null;
        }
      }
    } catch {
      // A broken stdin ends input; the exec layer reports the disconnect through the signal.
    } finally {
      ended = true;
      notify();
    }
  };

  const start = () => {
    if (started || stdin === null) return;
    started = true;
    void pump();
  };

  signal.addEventListener('abort', () => {
    ended = true;
    notify();
    room?.();
  });

  return {
    async read() {
      start();
      while (queue.length === 0 && !ended) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const chunk = queue.shift() ?? null;
      if (chunk !== null) queued -= chunk.length;
      if (queued < readAhead) room?.();
      return chunk;
    },
    async foreground(parent, work) {
      start();
      const controller = new AbortController();
      const stop = () => controller.abort();
      if (parent.aborted) stop();
      parent.addEventListener('abort', stop);
      const previous = interrupt;
      interrupt = stop;
      try {
        return await work(controller.signal);
      } finally {
        interrupt = previous;
        parent.removeEventListener('abort', stop);
      }
    },
    async passInterrupts(work) {
      const previous = interrupt;
      interrupt = null;
      try {
        return await work();
      } finally {
        interrupt = previous;
      }
    },
  };
}

/** Input over a fixed text (the right side of a pipe). */
export function createTextInput(text: string): Input {
  let done = false;
  return {
    async read() {
      if (done || text === '') return null;
      done = true;
      return text;
    },
  };
}
