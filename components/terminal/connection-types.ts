/**
 * The contract of the browser's terminal connection: its states, the callbacks the panel gives
 * it, and what it offers back. Kept apart so the panel and tests can read it at a glance.
 */

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'ended';

/** The parts of the browser's WebSocket this module uses (the `ws` package has them too). */
export type SocketLike = {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
};
export type SocketFactory = (url: string) => SocketLike;

export type ConnectionEvents = {
  /** The connection state changed; `message` says why when it ended or is reconnecting. */
  state(state: ConnectionState, message?: string): void;
  /** Draw `data`, clearing the screen first when `reset`. */
  replay(data: string, reset: boolean): void;
  output(data: string): void;
  /** A message for the learner from the server (printed in the terminal). */
  notice(message: string): void;
  /** The server attached a shell; `resumed` is false for a new shell. */
  ready(sessionId: string, resumed: boolean): void;
};

export type ConnectionOptions = {
  /** ws:// or wss:// URL of the terminal route (no query). */
  url: string;
  /** The terminal this tab had before (from session storage), to reattach to. */
  sessionId: string | null;
  /** Output already on screen for that terminal. */
  offset: number;
  size(): { columns: number; rows: number };
  events: ConnectionEvents;
  openSocket?: SocketFactory;
  /** Send a ping this often (default 15 s). */
  heartbeatMs?: number;
  /** Treat the connection as dead with no message for this long (default 40 s). */
  silenceMs?: number;
  /** First reconnect delay; doubles up to `maxBackoffMs` (defaults 500 ms, 10 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
};

export type TerminalConnection = {
  /** Sends keystrokes or pasted text, split into parts the server accepts; queued while away. */
  sendInput(text: string): void;
  resize(columns: number, rows: number): void;
  /** The panel finished drawing `count` characters of output (flow control). */
  drawn(count: number): void;
  /** Reconnects now (after `ended`, or to skip the backoff wait). */
  reconnect(): void;
  /** Closes for good (the panel is going away). */
  dispose(): void;
  sessionId(): string | null;
  /** Output offset drawn so far, for reattaching later. */
  drawnOffset(): number;
};
