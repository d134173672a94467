/**
 * The terminal's keystrokes, routed like a tty's input queue: to the line editor at the prompt,
 * to a running command that reads its stdin (`kubectl exec -it`), or kept as type-ahead for the
 * next prompt. Ctrl-C while a command runs that is not reading interrupts it and drops
 * type-ahead, as the tty's interrupt character does.
 */

const encoder = new TextEncoder();

/** A command running in the foreground, as the input router sees it. */
export class ForegroundCommand {
  reading = false;
  private readonly queue: Uint8Array[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly takeTypeAhead: () => string,
    private readonly giveBack: (chunks: Uint8Array[]) => void,
    readonly interrupt: () => void,
  ) {}

  push(chunk: Uint8Array): void {
    this.queue.push(chunk);
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
          yield chunk;
          continue;
        }
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
      }
    } finally {
      // Once the command stops reading, keystrokes are type-ahead again and Ctrl-C interrupts.
      this.reading = false;
      this.giveBack(this.queue.splice(0));
    }
  }
}

export class TerminalInput {
  private pending = '';
  private ended = false;
  private wake: (() => void) | null = null;
  private foreground: ForegroundCommand | null = null;
  private readonly decoder = new TextDecoder();

  constructor(stdin: AsyncIterable<Uint8Array> | null, signal: AbortSignal) {
    signal.addEventListener('abort', () => this.end(), { once: true });
    if (!stdin || signal.aborted) this.ended = true;
    else void this.pump(stdin);
  }

  private async pump(stdin: AsyncIterable<Uint8Array>) {
    try {
      for await (const chunk of stdin) {
        this.receive(chunk);
        if (this.ended) break;
      }
    } catch {
      // A broken client stream is the same as the client going away.
    }
    this.end();
  }

  private receive(chunk: Uint8Array) {
    const command = this.foreground;
    if (command?.reading) {
      command.push(chunk);
      return;
    }
    const text = this.decoder.decode(chunk, { stream: true });
    if (command && text.includes('\x03')) {
      this.pending = '';
      command.interrupt();
      return;
    }
    this.pending += text;
    this.wake?.();
  }

  private end() {
    this.ended = true;
    this.foreground?.close();
    this.wake?.();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Text waiting for the line editor. */
  peek(): string {
    return this.pending;
  }

  consume(length: number): void {
    this.pending = this.pending.slice(length);
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
        const typed = this.pending;
        this.pending = '';
        return typed;
      },
      (chunks) => {
        for (const chunk of chunks) this.receive(chunk);
      },
      interrupt,
    );
    this.foreground = command;
    if (this.ended) command.close();
    return command;
  }

  endForeground(): void {
    this.foreground?.close();
    this.foreground = null;
  }
}
