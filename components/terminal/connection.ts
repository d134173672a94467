/**
 * The browser's side of the terminal socket: connects to the site's terminal route, keeps the
 * connection alive with heartbeats, reconnects with backoff after a drop or a server restart, and
 * reattaches to the same shell (sending which terminal it is and how much it has drawn). No xterm
 * and no React here: the panel gives it callbacks, tests give it the `ws` WebSocket.
 */
import type { ClientMessage, EndReason, ServerMessage } from '@/server/terminal/protocol';
import type {
  ConnectionOptions,
  ConnectionState,
  SocketLike,
  TerminalConnection,
} from './connection-types';
import { ACK_DELAY_MS, ACK_EVERY_CHARS } from './ack-policy';

export type {
  ConnectionEvents,
  ConnectionOptions,
  ConnectionState,
  SocketFactory,
  SocketLike,
  TerminalConnection,
} from './connection-types';

const OPEN = 1;
const DEFAULT_INPUT_LIMIT = 16 * 1024;
/** Input typed while disconnected is kept up to this size, then the oldest is dropped. */
const MAX_QUEUED_INPUT = 64 * 1024;

export function createTerminalConnection(options: ConnectionOptions): TerminalConnection {
  const events = options.events;
  const openSocket = options.openSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike);
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const silenceMs = options.silenceMs ?? 40_000;
  const backoffMs = options.backoffMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;

  let sessionId = options.sessionId;
  let received = options.offset;
  let drawn = options.offset;
  let acked = options.offset;
  let inputLimit = DEFAULT_INPUT_LIMIT;
  let socket: SocketLike | null = null;
  let ready = false;
  let everReady = false;
  let ended = false;
  let disposed = false;
  let attempts = 0;
  /** Sockets in a row that closed without ever opening (refused, server down). */
  let failedOpens = 0;
  let queued = '';
  let pingId = 0;
  /** When the oldest unanswered ping was sent; null when the server has spoken since. */
  let waitingSince: number | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let ackTimer: ReturnType<typeof setTimeout> | null = null;

  const setState = (state: ConnectionState, message?: string) => events.state(state, message);

  const send = (message: ClientMessage) => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(message));
  };

  const flushInput = () => {
    while (ready && queued.length > 0) {
      const part = takePart(queued, inputLimit);
      queued = queued.slice(part.length);
      send({ type: 'input', data: part });
    }
  };

  const sendAck = () => {
    if (ackTimer) clearTimeout(ackTimer);
    ackTimer = null;
    if (drawn > acked && ready) {
      acked = drawn;
      send({ type: 'ack', offset: drawn });
    }
  };

  const stopTimers = () => {
    if (heartbeat) clearInterval(heartbeat);
    if (retry) clearTimeout(retry);
    if (ackTimer) clearTimeout(ackTimer);
    heartbeat = retry = ackTimer = null;
  };

  const scheduleReconnect = (message?: string) => {
    if (disposed || ended) return;
    setState('reconnecting', message);
    const delay = Math.min(maxBackoffMs, backoffMs * 2 ** attempts);
    attempts += 1;
    // Jitter spreads a room full of browsers reconnecting after one server restart.
    retry = setTimeout(connect, delay * (0.75 + Math.random() * 0.5));
  };

  const handle = (message: ServerMessage) => {
    switch (message.type) {
      case 'status':
        if (message.state === 'ready') {
          ready = true;
          everReady = true;
          attempts = 0;
          sessionId = message.sessionId;
          inputLimit = message.inputLimit;
          events.ready(message.sessionId, message.resumed);
          setState('connected');
        } else if (message.state === 'exited') {
          events.notice(
            message.exitCode === null
              ? 'The shell ended.'
              : `The shell exited with code ${message.exitCode}.`,
          );
        }
        return;
      case 'replay':
        received = message.offset;
        drawn = acked = message.offset - message.data.length;
        events.replay(message.data, message.reset);
        flushInput();
        return;
      case 'output':
        received += message.data.length;
        events.output(message.data);
        return;
      case 'error':
        events.notice(message.message);
        return;
      case 'ended':
        onEnded(message.reason, message.message);
        return;
      case 'pong':
        return;
    }
  };

  const onEnded = (reason: EndReason, message: string) => {
    ready = false;
    if (reason === 'shutdown') return; // the close that follows reconnects
    ended = true;
    if (reason !== 'replaced') sessionId = null;
    setState('ended', message);
  };

  function connect() {
    if (disposed) return;
    retry = null;
    ready = false;
    const { columns, rows } = options.size();
    const query = new URLSearchParams({ columns: String(columns), rows: String(rows) });
    if (sessionId) {
      query.set('session', sessionId);
      query.set('offset', String(received));
    }
    if (!everReady) setState('connecting');
    const current = openSocket(`${options.url}?${query}`);
    socket = current;
    let opened = false;
    current.onopen = () => {
      opened = true;
      failedOpens = 0;
      waitingSince = null;
      if (heartbeat) clearInterval(heartbeat);
      // Silence is measured from an unanswered ping, not from the last message, so a background
      // tab whose timers the browser slows down is not mistaken for a dead connection.
      heartbeat = setInterval(() => {
        if (waitingSince === null) {
          waitingSince = Date.now();
          pingId += 1;
          send({ type: 'ping', id: pingId });
        } else if (Date.now() - waitingSince > silenceMs) {
          // The network dropped without telling us. Start over.
          current.close();
          current.onclose?.({ code: 1006, reason: 'no heartbeat' });
        }
      }, heartbeatMs);
    };
    current.onmessage = (event) => {
      if (socket !== current) return;
      waitingSince = null;
      if (typeof event.data !== 'string') return;
      handle(JSON.parse(event.data) as ServerMessage);
    };
    current.onerror = () => {};
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      ready = false;
      stopTimers();
      if (ended) return;
      failedOpens = opened ? 0 : failedOpens + 1;
      scheduleReconnect(
        failedOpens >= 3
          ? 'Cannot reach the terminal. If you have not joined the workshop in this browser, join first; retrying…'
          : 'Connection lost; reconnecting…',
      );
    };
  }

  connect();

  return {
    sendInput(text) {
      if (text.length === 0) return;
      queued += text;
      flushInput();
      // While away, keep only the newest typing: a stuck key must not fill memory.
      if (queued.length > MAX_QUEUED_INPUT) queued = queued.slice(-MAX_QUEUED_INPUT);
    },
    resize(columns, rows) {
      if (ready) send({ type: 'resize', columns, rows });
    },
    drawn(count) {
      drawn += count;
      if (drawn - acked >= ACK_EVERY_CHARS) sendAck();
      else if (!ackTimer) ackTimer = setTimeout(sendAck, ACK_DELAY_MS);
    },
    reconnect() {
      if (disposed) return;
      const wasEnded = ended;
      ended = false;
      if (retry) clearTimeout(retry);
      retry = null;
      if (socket && !wasEnded) return;
      attempts = 0;
      if (wasEnded) {
        everReady = false;
        received = drawn = acked = 0;
      }
      connect();
    },
    dispose() {
      disposed = true;
      stopTimers();
      const current = socket;
      socket = null;
      current?.close(1000, 'terminal closed');
    },
    sessionId: () => sessionId,
    drawnOffset: () => drawn,
  };
}

/** The first part of `text` no longer than `limit`, never splitting a surrogate pair. */
export function takePart(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
  return text.slice(0, cut);
}
