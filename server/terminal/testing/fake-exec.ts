/**
 * A stand-in for the exec adapter in tests: a "shell" that records what it is sent and prints
 * what the test tells it to, behaving like client-node towards its streams (reads the size from
 * stdout's rows/columns and its `'resize'` events, honours stdout's backpressure).
 */
import type { Writable } from 'node:stream';
import type { ExecStatus, ExecStreams, ExecTarget, OpenExec } from '../../cluster/exec';

export type Size = { columns: number; rows: number };

export class FakeShell {
  /** Everything typed into the shell so far. */
  typed = '';
  /** The tty size at start, then after each resize. */
  readonly sizes: Size[] = [];
  hungUp = false;
  /** What `pendingInput()` reports (a test sets it to play a shell that stopped reading). */
  backlog = 0;
  /** How many writes found stdout full (the moments a real exec would pause its socket). */
  pauses = 0;
  /** The most bytes stdout ever held at once. */
  maxBuffered = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(
    readonly target: ExecTarget,
    private readonly streams: ExecStreams,
  ) {
    const out = streams.stdout as Writable & Partial<Size>;
    const readSize = () => ({ columns: out.columns ?? 0, rows: out.rows ?? 0 });
    this.sizes.push(readSize());
    out.on('resize', () => this.sizes.push(readSize()));
    streams.stdin.on('data', (chunk: Buffer | string) => {
      this.typed += chunk.toString();
      this.waiters.splice(0).forEach((wake) => wake());
    });
  }

  /** The shell stops taking its input (busy), so typed text waits in its stdin stream. */
  stopReading(): void {
    this.streams.stdin.pause();
  }

  startReading(): void {
    this.streams.stdin.resume();
  }

  /** Prints text; resolves when stdout has room again (like a paused exec socket resuming). */
  async print(text: string | Buffer): Promise<void> {
    const stdout = this.streams.stdout;
    const fits = stdout.write(text);
    this.maxBuffered = Math.max(this.maxBuffered, stdout.writableLength);
    if (!fits) {
      this.pauses += 1;
      await new Promise<void>((resolve) => stdout.once('drain', () => resolve()));
    }
  }

  /** Prints `total` bytes in chunks, as `yes` would. */
  async flood(total: number, chunkSize = 16 * 1024): Promise<void> {
    const chunk = 'y\n'.repeat(chunkSize / 2);
    for (let written = 0; written < total && !this.hungUp; written += chunk.length) {
      await this.print(chunk);
    }
  }

  /** Resolves once `text` has been typed into the shell. */
  async waitForTyped(text: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.typed.includes(text)) {
      if (Date.now() > deadline) throw new Error(`shell never received ${JSON.stringify(text)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** The program ends with an exit code (or the exec connection drops, with null). */
  exit(status: ExecStatus): void {
    this.streams.onStatus(status);
  }

  hangUp(): void {
    this.hungUp = true;
  }
}

export type FakeExec = {
  openExec: OpenExec;
  /** Every shell opened so far, oldest first. */
  shells: FakeShell[];
  /** Makes the next opens fail with this message. */
  failWith(message: string | null): void;
  /** Resolves with the n-th shell (0-based) once it has been opened. */
  shell(index: number, timeoutMs?: number): Promise<FakeShell>;
};

export function createFakeExec(): FakeExec {
  const shells: FakeShell[] = [];
  let failure: string | null = null;
  return {
    shells,
    failWith(message) {
      failure = message;
    },
    openExec: async (target, streams) => {
      if (failure) throw new Error(failure);
      const shell = new FakeShell(target, streams);
      shells.push(shell);
      return { close: () => shell.hangUp(), pendingInput: () => shell.backlog };
    },
    async shell(index, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!shells[index]) {
        if (Date.now() > deadline) throw new Error(`shell ${index} was never opened`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return shells[index] as FakeShell;
    },
  };
}
