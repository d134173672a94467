/**
 * A test browser for the terminal route: the real `ws` client, collecting server messages,
 * acknowledging output as a browser does after drawing it, and reading refused handshakes.
 */
import WebSocket from 'ws';
import type { ClientMessage, ServerMessage } from '../protocol';

export type TestTerminal = {
  ws: WebSocket;
  messages: ServerMessage[];
  /** Everything drawn so far (replays and output), as a browser's screen would hold it. */
  screen(): string;
  /** Output offset the browser has drawn up to. */
  offset(): number;
  send(message: ClientMessage): void;
  /** Types text followed by Enter. */
  type(line: string): void;
  waitFor(predicate: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  waitForScreen(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves once `check()` holds after some message (or at once if it already does). */
  waitUntil(check: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** Stops acknowledging output (a browser that has stopped drawing). */
  stopAcking(): void;
  startAcking(): void;
};

export function connectTerminal(
  url: string,
  headers: Record<string, string> = {},
): Promise<TestTerminal> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const messages: ServerMessage[] = [];
    const listeners = new Set<() => void>();
    let screen = '';
    let offset = 0;
    let acking = true;
    const ack = () => {
      if (acking && ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'ack', offset }));
    };
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as ServerMessage;
      messages.push(message);
      if (message.type === 'replay') {
        if (message.reset) screen = '';
        screen += message.data;
        offset = message.offset;
        ack();
      } else if (message.type === 'output') {
        screen += message.data;
        offset += message.data.length;
        ack();
      }
      listeners.forEach((wake) => wake());
    });
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => {
        listeners.forEach((wake) => wake());
        done({ code, reason: reason.toString() });
      }),
    );
    const waitUntil = (check: () => boolean, what: string, timeoutMs = 5000) =>
      new Promise<void>((done, fail) => {
        if (check()) return done();
        const timer = setTimeout(() => {
          listeners.delete(wake);
          fail(new Error(`timed out waiting for ${what}; screen:\n${screen.slice(-2000)}`));
        }, timeoutMs);
        const wake = () => {
          if (!check()) return;
          clearTimeout(timer);
          listeners.delete(wake);
          done();
        };
        listeners.add(wake);
      });
    const terminal: TestTerminal = {
      ws,
      messages,
      screen: () => screen,
      offset: () => offset,
      send: (message) => ws.send(JSON.stringify(message)),
      type: (line) => ws.send(JSON.stringify({ type: 'input', data: `${line}\r` })),
      async waitFor(predicate, timeoutMs) {
        await waitUntil(() => messages.some(predicate), 'a message', timeoutMs);
        return messages.find(predicate) as ServerMessage;
      },
      waitForScreen: (text, timeoutMs) =>
        waitUntil(
          () => (typeof text === 'string' ? screen.includes(text) : text.test(screen)),
          String(text),
          timeoutMs,
        ),
      waitUntil,
      closed,
      stopAcking: () => {
        acking = false;
      },
      startAcking: () => {
        acking = true;
        ack();
      },
    };
    ws.once('open', () => resolve(terminal));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => reject(new RefusedError(res.statusCode ?? 0, body.trim())));
    });
    ws.once('error', reject);
  });
}

/** The server answered the handshake with an HTTP error instead of a WebSocket. */
export class RefusedError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body}`);
  }
}

/** The workstation shell's prompt. */
export const WORKSTATION_PROMPT = 'learner@workstation:~$ ';

/** Types one line and returns what the shell printed before its next prompt. */
export async function runLine(
  terminal: TestTerminal,
  line: string,
  timeoutMs = 20_000,
  prompt = WORKSTATION_PROMPT,
): Promise<string> {
  const from = terminal.screen().length;
  terminal.type(line);
  const after = () => terminal.screen().slice(from);
  await terminal.waitUntil(() => after().endsWith(prompt), `the prompt after ${line}`, timeoutMs);
  // Bracketed-paste switches (the shell turns them off while a command runs) are not output.
  const shown = after().replace(/\x1b\[\?2004[hl]/g, '');
  // Drop the echoed command line and the closing prompt; keep the output between.
  const firstBreak = shown.indexOf('\r\n');
  return firstBreak < 0 ? '' : shown.slice(firstBreak + 2, shown.length - prompt.length);
}
