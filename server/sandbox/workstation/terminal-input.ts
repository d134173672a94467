/**
 * The terminal's keystrokes, routed like a tty's input queue: to the line editor at the prompt,
 * to a running command that reads its stdin (`kubectl exec -it`), or kept as type-ahead for the
 * next prompt. Ctrl-C (when no command reads the terminal) flushes the type-ahead, as the tty's
 * interrupt character does: a running command is interrupted, and at the prompt the line is
 * abandoned and what was pasted after it is dropped.
 *
 * Input is pulled from the client only while less than `readAhead` characters wait: beyond
 * that, input stays in the client's stream (where the exec layer can stop reading the network)
 * until the shell has worked through what it already has. Within it, input is read as it
 * arrives, so a Ctrl-C typed after a paste is seen at once and flushes the paste.
 */
import { PendingText } from './pending-text';

const encoder = new TextEncoder();

/** Type-ahead pulled from the client before the shell stops reading it (characters). */
export const DEFAULT_READ_AHEAD = 8 * 1024 * 1024;

/** A command running in the foreground, as the input router sees it. */
export class ForegroundCommand {
  reading = false;
  private readonly queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly takeTypeAhead: () => string,
    private readonly giveBack: (chunks: Uint8Array[]) => void,
    readonly interrupt: () => void,
    private readonly drained: () => void = () => {},
  ) {}

  /** Bytes received for the command and not read by it yet. */
  get buffered(): number {
    return this.queuedBytes;
  }

  push(chunk: Uint8Array): void {
    this.queue.push(chunk);
    this.queuedBytes += chunk.length;
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** The command's stdin: what was typed ahead, then every chunk until the command ends. */
  async *stdin(): AsyncGenerator<Uint8Array> {
    this.reading = true;
    try {
      const typedAhead = this.takeTypeAhead();
      if (typedAhead) yield encoder.encode(typedAhead);
      while (!this.closed) {
        const chunk = this.queue.shift();
        if (chunk) {
          this.queuedBytes -= chunk.length;
          this.drained();
          yield chunk;
          continue;
        }
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
      }
    } finally {
      // Once the command stops reading, keystrokes are type-ahead again and Ctrl-C interrupts.
      this.reading = false;
      this.queuedBytes = 0;
      this.giveBack(this.queue.splice(0));
    }
  }
}

export type TerminalInputOptions = { readAhead?: number };

export class TerminalInput {
  private readonly pending = new PendingText();
  private interruptWaiting = false;
  private flushed = false;
  private ended = false;
  private wake: (() => void) | null = null;
  private room: (() => void) | null = null;
  private foreground: ForegroundCommand | null = null;
  private readonly decoder = new TextDecoder();
  private readonly readAhead: number;
  /** Chunks pulled from the client so far. */
  chunksRead = 0;

  constructor(
    stdin: AsyncIterable<Uint8Array> | null,
    signal: AbortSignal,
    options: TerminalInputOptions = {},
  ) {
    this.readAhead = options.readAhead ?? DEFAULT_READ_AHEAD;
    signal.addEventListener('abort', () => this.end(), { once: true });
    if (!stdin || signal.aborted) this.ended = true;
    else void this.pump(stdin);
  }

  /** Characters (or, for a reading command, bytes) received and not yet used. */
  get buffered(): number {
    return this.pending.length + (this.foreground?.buffered ?? 0);
  }

  private async pump(stdin: AsyncIterable<Uint8Array>) {
    const iterator = stdin[Symbol.asyncIterator]();
    try {
      for (;;) {
        while (!this.ended && this.buffered >= this.readAhead) {
          await new Promise<void>((resolve) => (this.room = resolve));
          this.room = null;
        }
        if (this.ended) break;
        const next = await iterator.next();
        if (next.done) break;
        this.chunksRead += 1;
        this.receive(next.value);
      }
    } catch {
      // A broken client stream is the same as the client going away.
    }
    if (!this.ended) this.end();
    else void iterator.return?.().catch(() => {});
  }

  private receive(chunk: Uint8Array) {
    const command = this.foreground;
    if (command?.reading) {
      command.push(chunk);
      return;
    }
    let text = this.decoder.decode(chunk, { stream: true });
    const interrupt = text.lastIndexOf('\x03');
    if (interrupt >= 0) {
      // The interrupt character flushes what is waiting, as a tty does on SIGINT.
      this.pending.clear();
      this.flushed = true;
      text = text.slice(interrupt + 1);
      if (command) command.interrupt();
      else this.interruptWaiting = true;
    }
    this.pending.push(text);
    this.wake?.();
  }

  private end() {
    this.ended = true;
    this.foreground?.close();
    this.wake?.();
    this.room?.();
  }

  private makeRoom() {
    if (this.room && this.buffered < this.readAhead) this.room();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Everything waiting for the line editor (for tests and type-ahead). */
  peek(): string {
    return this.pending.toString();
  }

  /** The next waiting text, at least one whole chunk of it (see `joinHead`). */
  head(): string {
    return this.pending.head();
  }

  /** More text waits after `head()`. */
  get hasMore(): boolean {
    return this.pending.hasMoreChunks;
  }

  /** Joins the next chunk onto `head()`, for a key that arrived split. */
  joinHead(): void {
    this.pending.joinHead();
  }

  consume(length: number): void {
    this.pending.consume(length);
    this.makeRoom();
  }

  /** True once after Ctrl-C reached the prompt (the type-ahead before it is gone). */
  takeInterrupt(): boolean {
    const waiting = this.interruptWaiting;
    this.interruptWaiting = false;
    return waiting;
  }

  /**
   * True once after Ctrl-C flushed the type-ahead (at the prompt or while a command ran): a
   * bracketed paste it cut off will not see its end marker.
   */
  takeFlush(): boolean {
    const flushed = this.flushed;
    this.flushed = false;
    return flushed;
  }

  /** Waits until more input arrives; false once input has ended. */
  async waitForMore(): Promise<boolean> {
    if (this.ended) return false;
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    return !this.ended || this.pending.length > 0;
  }

  beginForeground(interrupt: () => void): ForegroundCommand {
    const command = new ForegroundCommand(
      () => {
        const typed = this.pending.take();
        this.makeRoom();
        return typed;
      },
      (chunks) => {
        for (const chunk of chunks) this.receive(chunk);
        this.makeRoom();
      },
      interrupt,
      () => this.makeRoom(),
    );
    this.foreground = command;
    if (this.ended) command.close();
    // Ctrl-C that came between reading the line and running it stops the command at once.
    if (this.takeInterrupt()) interrupt();
    return command;
  }

  endForeground(): void {
    this.foreground?.close();
    this.foreground = null;
    this.makeRoom();
  }
}
