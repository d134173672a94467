/**
 * The one definition of the messages between the browser's terminal and the server's bridge.
 *
 * Both sides speak JSON text frames. The server parses what the browser sends with the zod schema
 * below (the edge where untrusted input enters); the browser imports the types with `import type`
 * so no server code reaches the bundle. Output is counted in UTF-16 code units (JavaScript string
 * length) on both sides: that count is how a reconnecting browser says how much it has already
 * shown, and how it acknowledges what it has drawn (flow control).
 */
import { z } from 'zod';

/** Largest `input` message the server accepts; the browser splits bigger pastes into chunks. */
export const MAX_INPUT_CHARS = 16 * 1024;
/** Largest WebSocket frame the server accepts at all (a little above one input chunk as JSON). */
export const MAX_FRAME_BYTES = 128 * 1024;
/** Largest terminal the server will forward (columns × rows). */
export const MAX_COLUMNS = 1000;
export const MAX_ROWS = 500;
/** The WebSocket path of the terminal route on the site's origin. */
export const TERMINAL_PATH = '/api/terminal';

/**
 * Close codes the server uses when it ends a terminal on purpose (always after an `ended` message
 * saying why). The browser does not reconnect after `ended` (except `shutdown`); after any other
 * close (network drop, server crash) it reconnects with backoff.
 */
export const CloseCode = {
  /** No input for longer than the idle timeout. */
  idle: 4000,
  /** The same terminal was opened in another tab, which took it over. */
  replaced: 4001,
  /** The shell exited (the learner typed `exit`, or it crashed). */
  exited: 4002,
  /** The learner already has as many terminals as allowed. */
  limit: 4003,
  /** The workstation could not be reached; the message says why. */
  unavailable: 4004,
  /** The browser sent something that is not a terminal message. */
  protocol: 4005,
  /** The site is restarting; unlike the others, the browser reconnects after this one. */
  shutdown: 4006,
  /** The learner's sign-in ended (expired or signed out elsewhere). */
  signedOut: 4007,
} as const;
export type EndReason = keyof typeof CloseCode;

// ---------------------------------------------------------------------------------------------
// Browser → server

/** Keystrokes or pasted text, exactly as the terminal produced them (Enter is "\r"). */
export type InputMessage = {
  type: 'input';
  /** The characters to write to the shell's standard input; at most MAX_INPUT_CHARS. */
  data: string;
};

/** The visible terminal changed size; forwarded to the shell as a tty resize. */
export type ResizeMessage = {
  type: 'resize';
  /** Width in character cells, 1…MAX_COLUMNS. */
  columns: number;
  /** Height in character cells, 1…MAX_ROWS. */
  rows: number;
};

/** Heartbeat from the browser: the server answers with `pong` carrying the same id. */
export type PingMessage = {
  type: 'ping';
  /** Any number the browser chooses; echoed back so it can match answers to questions. */
  id: number;
};

/** Flow control: how much output the browser has finished drawing since the terminal opened. */
export type AckMessage = {
  type: 'ack';
  /** Total output drawn, in UTF-16 code units, counted from the start of the shell's output. */
  offset: number;
};

export type ClientMessage = InputMessage | ResizeMessage | PingMessage | AckMessage;

// ---------------------------------------------------------------------------------------------
// Server → browser

/** The bridge's view of the shell, shown as the terminal's status. */
export type StatusMessage =
  | {
      type: 'status';
      /** The server is opening a shell in the workstation. */
      state: 'connecting';
    }
  | {
      type: 'status';
      /** The shell is attached: input typed now reaches it. */
      state: 'ready';
      /** Names this terminal; send it back (`?session=`) to reattach after a dropped connection. */
      sessionId: string;
      /** True when this reattached to a shell that was already running (its state is intact). */
      resumed: boolean;
      /** Longest `input` the server accepts; the browser splits longer pastes into parts. */
      inputLimit: number;
    }
  | {
      type: 'status';
      /** The shell ended; the socket closes right after. */
      state: 'exited';
      /** The shell's exit code, or null when it ended without one (connection lost). */
      exitCode: number | null;
    };

/**
 * What the browser should draw before live output resumes after (re)attaching: either the part
 * it missed, or (when `reset`) the whole recent screen history after clearing.
 */
export type ReplayMessage = {
  type: 'replay';
  /** Clear the terminal before writing `data` (the browser's copy does not line up any more). */
  reset: boolean;
  /** Output to draw. */
  data: string;
  /** Output offset right after `data`; the next `output` continues from here. */
  offset: number;
};

/** Output from the shell (stdout and stderr share one stream on a tty). */
export type OutputMessage = {
  type: 'output';
  /** Text to draw, already decoded from UTF-8. */
  data: string;
};

/** Answer to a browser `ping`. */
export type PongMessage = {
  type: 'pong';
  /** The id from the ping being answered. */
  id: number;
};

/** Something went wrong that the learner should read; the text says what and what to do. */
export type ErrorMessage = {
  type: 'error';
  /** A sentence for people, e.g. "Your workstation could not be reached: …". */
  message: string;
};

/**
 * The server ended this terminal on purpose; the browser shows why and does not reconnect, except
 * after `shutdown`, when it reconnects once the site is back.
 */
export type EndedMessage = {
  type: 'ended';
  /** Why, as a stable word the browser can branch on. */
  reason: EndReason;
  /** The same, as a sentence for people. */
  message: string;
};

export type ServerMessage =
  StatusMessage | ReplayMessage | OutputMessage | PongMessage | ErrorMessage | EndedMessage;

// ---------------------------------------------------------------------------------------------
// Parsing (server side)

const InputSchema = z.object({
  type: z.literal('input'),
  data: z
    .string()
    .max(MAX_INPUT_CHARS, `input is longer than ${MAX_INPUT_CHARS} characters; send it in parts`),
});
const ResizeSchema = z.object({
  type: z.literal('resize'),
  columns: z.number().int().min(1).max(MAX_COLUMNS),
  rows: z.number().int().min(1).max(MAX_ROWS),
});
const PingSchema = z.object({ type: z.literal('ping'), id: z.number().finite() });
const AckSchema = z.object({ type: z.literal('ack'), offset: z.number().int().min(0) });

const ClientMessageSchema = z.discriminatedUnion('type', [
  InputSchema,
  ResizeSchema,
  PingSchema,
  AckSchema,
]);

export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; error: string };

/** Parses one text frame from the browser; the error names what was wrong, for the learner. */
export function parseClientMessage(raw: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'terminal message is not valid JSON' };
  }
  const type = (value as { type?: unknown } | null)?.type;
  if (typeof value !== 'object' || value === null || typeof type !== 'string') {
    return { ok: false, error: 'terminal message has no "type"' };
  }
  if (!['input', 'resize', 'ping', 'ack'].includes(type)) {
    return {
      ok: false,
      error: `unknown terminal message type "${type}"; expected one of input, resize, ping, ack`,
    };
  }
  const parsed = ClientMessageSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${[type, ...issue.path].join('.')}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `invalid terminal message: ${problems}` };
  }
  return { ok: true, message: parsed.data };
}

/** Serialises a server message; one place so every frame has the same shape. */
export function encodeServerMessage(message: ServerMessage): string {
  return JSON.stringify(message);
}
