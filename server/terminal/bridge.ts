/**
 * Joins one browser WebSocket to a terminal session: parses what the browser sends (once, here),
 * forwards keystrokes and resizes, answers heartbeats, and tells the session when the browser is
 * behind so the shell's output waits instead of piling up in memory.
 *
 * "Behind" means either the socket's send buffer is over its high-water mark (the network or the
 * browser is not reading) or the browser has not acknowledged drawing the last window of output
 * (xterm is still busy). Either one holds the exec's writes until it clears.
 *
 * Input has backpressure too: when the shell has not taken what was typed (a large paste), the
 * bridge stops reading the socket until the shell catches up, so the paste waits in the network
 * instead of in memory. While reading is paused the browser's acks cannot arrive either, so only
 * the socket's send buffer holds output then (else shell and browser would wait on each other),
 * and a ping left unanswered is not held against the browser.
 */
import type WebSocket from 'ws';
import { CloseCode, encodeServerMessage, parseClientMessage, type EndReason } from './protocol';
import type { SessionClient, TerminalSession } from './session';

export type BridgeOptions = {
  /** The session this socket shows (from the registry). */
  session: TerminalSession;
  /** Output the browser has already drawn (from its reconnect request). */
  offset: number;
  /** Interval of WebSocket pings; a socket that misses one is treated as gone. */
  heartbeatMs: number;
  /** Socket send-buffer size above which output waits. */
  highWaterBytes: number;
  /** Output the browser may hold unacknowledged before output waits (UTF-16 units). */
  ackWindow: number;
  /** Called when the learner types, at most once per `activityIntervalMs` (keeps sign-in alive). */
  onActivity?: () => void;
  activityIntervalMs?: number;
};

export type TerminalBridge = {
  /** Output sent but not yet acknowledged by the browser. */
  unacknowledged(): number;
};

export function createTerminalBridge(socket: WebSocket, options: BridgeOptions): TerminalBridge {
  const { session } = options;
  let sent = options.offset;
  let acked = options.offset;
  let alive = true;
  let closed = false;
  let inputPaused = false;
  let lastActivity = 0;
  const noteActivity = () => {
    const now = Date.now();
    if (!options.onActivity || now - lastActivity < (options.activityIntervalMs ?? 15_000)) return;
    lastActivity = now;
    options.onActivity();
  };

  const canTakeOutput = () =>
    socket.readyState === socket.OPEN &&
    socket.bufferedAmount < options.highWaterBytes &&
    (inputPaused || sent - acked < options.ackWindow);

  const client: SessionClient = {
    send(message) {
      if (closed || socket.readyState !== socket.OPEN) return;
      if (message.type === 'output') sent += message.data.length;
      if (message.type === 'replay') {
        // The browser starts counting again from the replay's end; nothing before it is owed.
        sent = message.offset;
        acked = message.offset - message.data.length;
      }
      socket.send(encodeServerMessage(message), () => session.drained());
    },
    canTakeOutput,
    end(reason: EndReason, message: string) {
      if (closed) return;
      client.send({ type: 'ended', reason, message });
      closed = true;
      socket.close(CloseCode[reason], truncateReason(message));
    },
    inputDrained() {
      if (!inputPaused) return;
      inputPaused = false;
      socket.resume();
    },
  };

  socket.on('message', (raw, isBinary) => {
    if (isBinary) {
      return client.send({
        type: 'error',
        message: 'terminal messages must be JSON text, not binary frames',
      });
    }
    const parsed = parseClientMessage(raw.toString());
    if (!parsed.ok) return client.send({ type: 'error', message: parsed.error });
    const message = parsed.message;
    switch (message.type) {
      case 'input': {
        let room: boolean;
        try {
          room = session.input(message.data);
        } catch (err) {
          client.send({ type: 'error', message: (err as Error).message });
          break;
        }
        noteActivity();
        if (!room && !inputPaused) {
          inputPaused = true;
          socket.pause();
          // Output held for acks must flow now: the acks wait behind the paused input.
          session.drained();
        }
        break;
      }
      case 'resize':
        session.resize({ columns: message.columns, rows: message.rows });
        break;
      case 'ping':
        client.send({ type: 'pong', id: message.id });
        break;
      case 'ack':
        // An ack beyond what was sent is a confused client; clamp rather than trust it.
        acked = Math.max(acked, Math.min(message.offset, sent));
        session.drained();
        break;
    }
  });

  socket.on('pong', () => {
    alive = true;
  });
  const heartbeat = setInterval(() => {
    if (inputPaused) {
      // The pong may be waiting unread behind the paused input; ask again once reading resumes.
      alive = true;
      return;
    }
    if (!alive) {
      // No answer to the last ping: the network dropped without a close. Keep the shell.
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, options.heartbeatMs);
  heartbeat.unref();

  socket.on('close', () => {
    closed = true;
    clearInterval(heartbeat);
    session.detach(client);
  });
  socket.on('error', () => socket.terminate());

  session.attach(client, options.offset);

  return { unacknowledged: () => sent - acked };
}

/** Sends `ended` on a socket that has no session (refused before one existed) and closes it. */
export function refuseTerminalSocket(socket: WebSocket, reason: EndReason, message: string): void {
  socket.send(encodeServerMessage({ type: 'ended', reason, message }));
  socket.close(CloseCode[reason], truncateReason(message));
}

/** WebSocket close reasons are limited to 123 bytes of UTF-8. */
function truncateReason(message: string): string {
  const bytes = Buffer.from(message, 'utf8');
  if (bytes.length <= 123) return message;
  return (
    bytes
      .subarray(0, 120)
      .toString('utf8')
      .replace(/\uFFFD$/, '') + '…'
  );
}
