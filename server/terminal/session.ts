/**
 * One learner's terminal: a shell opened by exec in their workstation, which outlives the browser
 * socket that shows it. A dropped socket leaves the shell running for a grace period; a socket
 * that reattaches is shown what it missed from the bounded output history. The session also ends
 * the shell after a long time without input.
 */
import { PassThrough } from 'node:stream';
import type { ExecSession, ExecTarget, OpenExec } from '../cluster/exec';
import { createOutputHistory, type OutputHistory } from './output-history';
import { MAX_INPUT_CHARS, type EndReason, type ServerMessage } from './protocol';
import { TerminalOutput, type TerminalSize } from './terminal-output';

/** Input waiting for the shell beyond this is refused, so a stuck shell cannot fill memory. */
export const INPUT_BACKLOG_LIMIT = 256 * 1024;

/** The browser side of a session, as the session needs it (the bridge implements it). */
export type SessionClient = {
  /** Sends one message to the browser. */
  send(message: ServerMessage): void;
  /** False while the browser is behind (socket buffer full or too much output unacknowledged). */
  canTakeOutput(): boolean;
  /** Ends the browser's connection after telling it why; it will not reconnect. */
  end(reason: EndReason, message: string): void;
  /** The shell has taken the input that was waiting: the browser may send more. */
  inputDrained?(): void;
};

export type SessionOptions = {
  id: string;
  learnerId: string;
  /** Finds the learner's workstation; called once when the shell starts. */
  locate(): Promise<ExecTarget>;
  openExec: OpenExec;
  /** Terminal size before the browser has measured itself. */
  size: TerminalSize;
  /** Characters of recent output kept for reconnects. */
  historyChars: number;
  /** How long the shell survives without a browser attached. */
  graceMs: number;
  /** How long the shell survives without input; 0 disables. */
  idleMs: number;
  /** Called once when the session has ended (the registry forgets it). */
  onEnd(session: TerminalSession): void;
};

export type SessionState = 'starting' | 'running' | 'ended';

export class TerminalSession {
  readonly id: string;
  readonly learnerId: string;
  private state: SessionState = 'starting';
  private client: SessionClient | null = null;
  private clientOffset = 0;
  private attachedBefore = false;
  private exec: ExecSession | null = null;
  private readonly stdin = new PassThrough();
  private readonly stdout: TerminalOutput;
  private readonly history: OutputHistory;
  private pendingDone: (() => void) | null = null;
  private graceTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** When the last browser detached; the registry evicts the longest-detached session first. */
  detachedAt: number | null = null;

  constructor(private readonly options: SessionOptions) {
    this.id = options.id;
    this.learnerId = options.learnerId;
    this.history = createOutputHistory(options.historyChars);
    this.stdout = new TerminalOutput((text, done) => this.deliver(text, done), options.size);
    this.stdin.on('drain', () => this.client?.inputDrained?.());
    this.armIdleTimer();
  }

  get currentState(): SessionState {
    return this.state;
  }

  get attached(): boolean {
    return this.client !== null;
  }

  /** Opens the shell. Failures end the session with a message for the learner. */
  async start(): Promise<void> {
    try {
      const target = await this.options.locate();
      if (this.hasEnded()) return;
      this.exec = await this.options.openExec(target, {
        stdout: this.stdout,
        stdin: this.stdin,
        onStatus: (status) => {
          this.client?.send({ type: 'status', state: 'exited', exitCode: status.exitCode });
          this.end('exited', capitalise(status.message) + '.');
        },
      });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      this.client?.send({
        type: 'error',
        message: `Your workstation could not be reached: ${why}`,
      });
      this.end('unavailable', 'Your workstation could not be reached; try again in a moment.');
      return;
    }
    if (this.hasEnded()) {
      this.exec.close();
      return;
    }
    this.state = 'running';
    if (this.client) this.greet(this.client);
  }

  /**
   * Shows this session in a browser that has drawn output up to `offset`. A previous browser is
   * told it was replaced: one shell is drawn in one place, so keystrokes never interleave.
   */
  attach(client: SessionClient, offset: number): void {
    if (this.state === 'ended') {
      client.end('exited', 'This terminal has already ended.');
      return;
    }
    if (this.client && this.client !== client) {
      this.client.end('replaced', 'This terminal was opened in another tab.');
    }
    this.client = client;
    this.clientOffset = offset;
    this.detachedAt = null;
    this.clearGraceTimer();
    if (this.state === 'starting') client.send({ type: 'status', state: 'connecting' });
    else this.greet(client);
  }

  /** The browser went away; keep the shell for the grace period. */
  detach(client: SessionClient): void {
    if (this.client !== client) return;
    this.client = null;
    this.detachedAt = Date.now();
    this.releaseOutput();
    if (this.state === 'ended') return;
    this.graceTimer = setTimeout(
      () => this.end('idle', 'The terminal was closed because no browser was showing it.'),
      this.options.graceMs,
    );
    this.graceTimer.unref();
  }

  /**
   * Types into the shell; throws with words for the learner when the shell is not reading.
   * Returns false when the shell is behind: the caller should stop reading more input until
   * the client's `inputDrained` is called.
   */
  input(text: string): boolean {
    if (this.state === 'ended' || text.length === 0) return true;
    if (text.length > MAX_INPUT_CHARS) throw new Error('input is too long');
    const backlog = this.stdin.writableLength + (this.exec?.pendingInput() ?? 0);
    if (backlog + text.length > INPUT_BACKLOG_LIMIT) {
      throw new Error(
        'The shell is not reading its input yet; wait for it to catch up, then type again.',
      );
    }
    this.armIdleTimer();
    return this.stdin.write(text);
  }

  resize(size: TerminalSize): void {
    this.stdout.setSize(size);
  }

  /** The browser caught up (socket drained or output acknowledged): let the shell write again. */
  drained(): void {
    if (this.client?.canTakeOutput() ?? true) this.releaseOutput();
  }

  /** Ends the shell and tells the browser why; safe to call more than once. */
  end(reason: EndReason, message: string): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.clearGraceTimer();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.exec?.close();
    this.stdin.end();
    this.releaseOutput();
    const client = this.client;
    this.client = null;
    client?.end(reason, message);
    this.options.onEnd(this);
  }

  /** Read through a method so checks after an `await` see the current state. */
  private hasEnded(): boolean {
    return this.state === 'ended';
  }

  private greet(client: SessionClient) {
    const resumed = this.attachedBefore;
    this.attachedBefore = true;
    client.send({
      type: 'status',
      state: 'ready',
      sessionId: this.id,
      resumed,
      inputLimit: MAX_INPUT_CHARS,
    });
    // A fresh shell shows everything it has printed so far (its prompt) after whatever the
    // browser already shows; a resumed one shows what the browser missed.
    const from = resumed ? this.clientOffset : this.history.start();
    const missed = this.history.readFrom(from);
    if (missed !== null) {
      client.send({ type: 'replay', reset: false, data: missed, offset: this.history.end() });
    } else {
      const recent = this.history.readFrom(this.history.start()) ?? '';
      client.send({ type: 'replay', reset: true, data: recent, offset: this.history.end() });
    }
  }

  private deliver(text: string, done: () => void) {
    this.history.append(text);
    const client = this.state === 'running' ? this.client : null;
    if (!client) return done();
    client.send({ type: 'output', data: text });
    if (client.canTakeOutput()) return done();
    // Hold the exec's write until the browser catches up; the history is already bounded.
    this.pendingDone = done;
  }

  private releaseOutput() {
    const done = this.pendingDone;
    this.pendingDone = null;
    done?.();
  }

  private armIdleTimer() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.options.idleMs <= 0) return;
    const minutes = Math.round(this.options.idleMs / 60_000);
    const span = minutes >= 1 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : 'a while';
    this.idleTimer = setTimeout(
      () => this.end('idle', `The terminal was closed after ${span} without input.`),
      this.options.idleMs,
    );
    this.idleTimer.unref();
  }

  private clearGraceTimer() {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.graceTimer = null;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
