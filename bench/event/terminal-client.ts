/**
 * One learner's terminal over the site's real WebSocket route, as the browser drives it: it sends
 * keys and pastes, acknowledges what it has "drawn", and after a dropped connection reconnects with
 * `?session=&offset=` so the same shell continues. It times each key's echo and each command's
 * return to the prompt, and notices when the site gave it a fresh shell (after a restart).
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '@/server/terminal/protocol';
import { ACK_DELAY_MS, ACK_EVERY_CHARS } from '@/components/terminal/ack-policy';

const PROMPT = /learner@workstation:[^\n$]*\$ /;
const TAIL_CHARS = 256 * 1024;
/** What waits for text (a prompt, a heredoc's end) look at: only the newest output. */
const RECENT_CHARS = 8 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown when the shell a command was typed into is gone (the site restarted). */
export class ShellReplacedError extends Error {}

export type TerminalOptions = {
  port: number;
  localAddress: string;
  cookie: string;
  /** Give up reconnecting after this moment (performance.now() ms). */
  giveUpAt: number;
};

export class LearnerTerminal {
  /** Bumped each time the site opens a new shell for us (1 for the first). */
  generation = 0;
  reconnects = 0;
  resumed = 0;
  errors: string[] = [];
  private ws: WebSocket | null = null;
  private sessionId: string | null = null;
  private drawn = 0;
  private acked = 0;
  private ackTimer: ReturnType<typeof setTimeout> | null = null;
  private tail = '';
  private recent = '';
  private listeners = new Set<() => void>();
  private ready = false;
  private closedForGood = false;
  private paused = false;
  private reconnecting = false;

  constructor(private readonly options: TerminalOptions) {}

  /** Opens the terminal and waits for the shell's first prompt. */
  async open(): Promise<void> {
    await this.connect();
    await this.waitForText(PROMPT, 0, 60_000, 'the first prompt');
  }

  /** Output drawn so far, counted like the protocol counts it. */
  mark(): number {
    return this.drawn;
  }

  /** The last `chars` characters drawn, for error reports. */
  screenTail(chars = 160): string {
    return this.tail.slice(-chars);
  }

  /** Everything drawn since `mark` (as far as the kept tail reaches). */
  textSince(mark: number): string {
    const missing = this.drawn - mark;
    return missing >= this.tail.length ? this.tail : this.tail.slice(this.tail.length - missing);
  }

  /** Sends one key and resolves with the ms until the next output (its echo) arrived. */
  async typeKey(key: string, timeoutMs = 10_000, expectedGeneration?: number): Promise<number> {
    const generation = await this.whenReady();
    // A fresh shell (the site restarted) must not get the rest of a line begun in the old one:
    // a learner would see the new prompt and type the command again.
    if (expectedGeneration !== undefined && generation !== expectedGeneration) {
      throw new ShellReplacedError('the shell was replaced in the middle of a line');
    }
    const before = this.drawn;
    const sentAt = performance.now();
    this.send({ type: 'input', data: key });
    await this.waitUntil(() => this.drawn > before, 'an echo', timeoutMs, generation);
    return performance.now() - sentAt;
  }

  /** Sends text in protocol-sized parts, as the browser does with a paste. */
  async paste(text: string, chunk = 16 * 1024): Promise<void> {
    for (let i = 0; i < text.length; i += chunk) {
      await this.whenReady();
      this.send({ type: 'input', data: text.slice(i, i + chunk) });
      // Let the socket drain like a browser would between frames of a big paste.
      if (this.ws && this.ws.bufferedAmount > 1024 * 1024) await sleep(20);
    }
  }

  /** Presses Enter and resolves with the ms until the prompt came back. */
  async enter(timeoutMs: number, expectedGeneration?: number): Promise<number> {
    const generation = await this.whenReady();
    if (expectedGeneration !== undefined && generation !== expectedGeneration) {
      throw new ShellReplacedError('the shell was replaced in the middle of a line');
    }
    const mark = this.drawn;
    const sentAt = performance.now();
    this.send({ type: 'input', data: '\r' });
    await this.waitForText(PROMPT, mark, timeoutMs, 'the prompt', generation);
    return performance.now() - sentAt;
  }

  /** Waits until `pattern` appears in output drawn after `mark`. */
  waitForText(
    pattern: RegExp,
    mark: number,
    timeoutMs: number,
    what: string,
    generation?: number,
  ): Promise<void> {
    return this.waitUntil(() => pattern.test(this.recentSince(mark)), what, timeoutMs, generation);
  }

  /** Like textSince, over the last few Ki only: cheap enough to test after every message. */
  private recentSince(mark: number): string {
    const missing = this.drawn - mark;
    return missing >= this.recent.length
      ? this.recent
      : this.recent.slice(this.recent.length - missing);
  }

  /** Cuts the connection without a close handshake (a network drop); it reconnects by itself. */
  drop(): void {
    this.ws?.terminate();
  }

  /** Stops reading the socket (a browser tab that froze) or starts again. */
  setReading(reading: boolean): void {
    const socket = (this.ws as unknown as { _socket?: { pause(): void; resume(): void } })?._socket;
    this.paused = !reading;
    if (reading) socket?.resume();
    else socket?.pause();
  }

  close(): void {
    this.closedForGood = true;
    this.ws?.close();
  }

  private send(message: ClientMessage): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  private async whenReady(): Promise<number> {
    await this.waitUntil(() => this.ready, 'the terminal to reconnect', 120_000);
    return this.generation;
  }

  private waitUntil(
    check: () => boolean,
    what: string,
    timeoutMs: number,
    generation?: number,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const replaced = () => generation !== undefined && this.generation !== generation;
      const wake = () => {
        if (replaced()) {
          finish();
          reject(new ShellReplacedError('the shell was replaced'));
        } else if (check()) {
          finish();
          resolve();
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(wake);
      };
      this.listeners.add(wake);
      wake();
    });
  }

  private wake(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private connect(): Promise<void> {
    const { port, localAddress, cookie } = this.options;
    const query = new URLSearchParams({ columns: '120', rows: '40' });
    if (this.sessionId) {
      query.set('session', this.sessionId);
      query.set('offset', String(this.drawn));
    }
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/api/terminal?${query}`, {
        localAddress,
        headers: { origin: `http://localhost:${port}`, host: `localhost:${port}`, cookie },
      });
      this.ws = ws;
      let settled = false;
      ws.on('message', (raw) =>
        this.receive(JSON.parse(raw.toString()) as ServerMessage, () => {
          if (!settled) {
            settled = true;
            resolve();
          }
        }),
      );
      ws.on('unexpected-response', (_req, res) => {
        settled = true;
        reject(new Error(`terminal refused with HTTP ${res.statusCode}`));
        ws.terminate();
      });
      ws.on('error', (err) => {
        if (!settled) {
          settled = true;
          reject(err);
        }
      });
      ws.on('close', () => {
        this.ready = false;
        if (this.ws === ws && !this.closedForGood && !this.reconnecting) void this.reconnect();
        this.wake();
      });
    });
  }

  private receive(message: ServerMessage, onReady: () => void): void {
    if (message.type === 'status' && message.state === 'ready') {
      if (!message.resumed) {
        // A fresh shell counts its output from zero again.
        this.generation += 1;
        this.drawn = this.acked = 0;
        this.tail = this.recent = '';
      } else this.resumed += 1;
      this.sessionId = message.sessionId;
      this.ready = true;
      onReady();
    } else if (message.type === 'replay') {
      if (message.reset) this.tail = this.recent = '';
      // The server counts acknowledgements again from the replay's start.
      this.acked = message.offset - message.data.length;
      this.append(message.data, message.offset);
    } else if (message.type === 'output') {
      this.append(message.data, this.drawn + message.data.length);
    } else if (message.type === 'error') {
      this.errors.push(message.message);
    } else if (message.type === 'ended') {
      if (message.reason !== 'shutdown') this.errors.push(`ended: ${message.message}`);
    }
    this.wake();
  }

  private append(data: string, offsetAfter: number): void {
    // Trimmed only once it has grown to twice the kept size: trimming on every message copied
    // the whole tail each time and stalled this process (every learner's clock) on big output.
    this.tail += data;
    if (this.tail.length > 2 * TAIL_CHARS) this.tail = this.tail.slice(-TAIL_CHARS);
    this.recent = (this.recent + data).slice(-RECENT_CHARS);
    this.drawn = offsetAfter;
    // Acknowledged as the browser does (components/terminal/ack-policy.ts).
    if (this.drawn - this.acked >= ACK_EVERY_CHARS) this.ack();
    else this.ackTimer ??= setTimeout(() => this.ack(), ACK_DELAY_MS);
  }

  private ack(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = null;
    if (this.paused || this.drawn <= this.acked) return;
    this.acked = this.drawn;
    this.send({ type: 'ack', offset: this.drawn });
  }

  private async reconnect(): Promise<void> {
    this.reconnecting = true;
    this.reconnects += 1;
    let backoff = 250;
    try {
      while (!this.closedForGood && performance.now() < this.options.giveUpAt) {
        await sleep(backoff);
        try {
          await this.connect();
          return;
        } catch {
          backoff = Math.min(backoff * 2, 2000);
        }
      }
    } finally {
      this.reconnecting = false;
    }
  }
}
