/**
 * Keeps one shell from holding the server's event loop. Working through type-ahead (a long
 * paste) never waits for I/O: every step is a promise that resolves at once, so without a
 * deliberate pause the other learners' keystrokes and output would wait until the whole paste
 * was done. The shell asks `due()` between keys and between command lines and, after a slice of
 * work, `pause()`s: a macrotask turn in which timers and sockets are served.
 */

// Taken once at load: the sandboxed interpreter may wrap timer globals while a command runs.
const scheduleImmediate: (callback: () => void) => void =
  typeof globalThis.setImmediate === 'function'
    ? globalThis.setImmediate.bind(globalThis)
    : (callback) => setTimeout(callback, 0);

/** Resolves on a later turn of the event loop, after pending I/O and timers had their chance. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => scheduleImmediate(resolve));
}

/** How long one shell works before letting others run (ms). */
export const DEFAULT_SLICE_MS = 8;

export class Pacer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = DEFAULT_SLICE_MS) {}

  /** The current slice is used up: pause before doing more. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  async pause(): Promise<void> {
    await yieldToEventLoop();
    this.sliceStart = performance.now();
  }
}
