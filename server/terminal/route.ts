/**
 * The terminal's WebSocket route (`/api/terminal`): checks the page's Origin, identifies the
 * learner from their session, and joins the socket to that learner's shell. The browser says
 * only which of its own terminals it wants back (`?session=`) and how much it has drawn
 * (`?offset=`); which namespace and pod hold the shell is decided here, from the learner.
 *
 * Wiring: `routes.set(TERMINAL_PATH, createTerminalRoute({ authenticate, locateWorkstation }))`.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { openExecSession, type ExecTarget, type OpenExec } from '../cluster/exec';
import { createTerminalBridge, refuseTerminalSocket } from './bridge';
import { checkOrigin, type OriginPolicy } from './origin';
import { MAX_COLUMNS, MAX_FRAME_BYTES, MAX_ROWS, TERMINAL_PATH } from './protocol';
import { refuseUpgrade } from './refuse-upgrade';
import { createSessionRegistry } from './registry';
import type { TerminalSession } from './session';

/** Where a learner's shell runs; `tty` is always on for the terminal. */
export type WorkstationLocation = Omit<ExecTarget, 'tty'>;

export type TerminalRouteDeps<Learner extends { learnerId: string } = { learnerId: string }> = {
  /** The learner behind a request (from their session cookie), or null when not signed in. */
  authenticate(req: IncomingMessage): Promise<Learner | null>;
  /**
   * Called (at most every 15 s per socket) while the learner types, so someone working only in
   * the terminal is not signed out for inactivity. Errors are logged and ignored.
   */
  onActivity?(learner: Learner): void | Promise<unknown>;
  /**
   * Whether the learner is still signed in (must not count as activity). Checked every
   * `revalidateMs` per open socket; when it says no, the terminal ends and the shell closes.
   */
  isStillSignedIn?(learner: Learner): Promise<boolean>;
  /** How often to run `isStillSignedIn` (default 60 s). */
  revalidateMs?: number;
  /**
   * Decides whether the request's Origin may open a terminal: null to allow, else the reason.
   * Defaults to "same host as the request, or one of `origins.allowedOrigins`".
   */
  checkOrigin?(req: IncomingMessage): string | null;
  /** Where the learner's workstation shell is. */
  locateWorkstation(learnerId: string): Promise<WorkstationLocation>;
  /** Opens the exec; defaults to client-node's Exec. Tests pass a fake. */
  openExec?: OpenExec;
  origins?: OriginPolicy;
  /** Close a terminal after this long without input (default 30 minutes; 0 disables). */
  idleTimeoutMs?: number;
  /** Keep a shell this long after its browser disconnects (default 2 minutes). */
  graceMs?: number;
  /** WebSocket ping interval (default 30 s). */
  heartbeatMs?: number;
  /** Recent output kept per terminal for reconnects (default 256 Ki characters). */
  historyChars?: number;
  /** Terminals one learner may hold at once (default 4). */
  maxSessionsPerLearner?: number;
  /** Send-buffer size above which shell output waits (default 256 KiB). */
  highWaterBytes?: number;
  /** Output the browser may leave unacknowledged before shell output waits (default 512 Ki). */
  ackWindow?: number;
};

export type TerminalRoute = ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) & {
  /** Ends every terminal (telling browsers the site is restarting) and stops accepting sockets. */
  close(): void;
  /** Terminals currently open, across learners. */
  sessionCount(): number;
};

const QuerySchema = z.object({
  session: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/, 'must be the id the server gave this terminal')
    .optional(),
  offset: z.coerce.number().int().min(0).default(0),
  columns: z.coerce.number().int().min(1).max(MAX_COLUMNS).default(80),
  rows: z.coerce.number().int().min(1).max(MAX_ROWS).default(24),
});

function readOriginRefusal(req: IncomingMessage, policy: OriginPolicy | undefined): string | null {
  const verdict = checkOrigin(req, policy);
  return verdict.ok ? null : verdict.message;
}

export function createTerminalRoute<Learner extends { learnerId: string }>(
  deps: TerminalRouteDeps<Learner>,
): TerminalRoute {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const registry = createSessionRegistry({
    locateWorkstation: deps.locateWorkstation,
    openExec: deps.openExec ?? openExecSession,
    maxSessionsPerLearner: deps.maxSessionsPerLearner ?? 4,
    historyChars: deps.historyChars ?? 256 * 1024,
    graceMs: deps.graceMs ?? 2 * 60_000,
    idleMs: deps.idleTimeoutMs ?? 30 * 60_000,
  });
  const heartbeatMs = deps.heartbeatMs ?? 30_000;
  const highWaterBytes = deps.highWaterBytes ?? 256 * 1024;
  const ackWindow = deps.ackWindow ?? 512 * 1024;
  let accepting = true;

  const handle = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== TERMINAL_PATH || !accepting) {
      return refuseUpgrade(socket, 404, `no WebSocket route at ${url.pathname}`);
    }
    const refusal = deps.checkOrigin ? deps.checkOrigin(req) : readOriginRefusal(req, deps.origins);
    if (refusal) return refuseUpgrade(socket, 403, `Forbidden: ${refusal}`);
    const learner = await deps.authenticate(req);
    if (!learner) {
      return refuseUpgrade(socket, 401, 'Unauthorized: sign in to the workshop to open a terminal');
    }
    const query = QuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) {
      const problems = query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      return refuseUpgrade(socket, 400, `Bad Request: ${problems.join('; ')}`);
    }
    const { session: sessionId, offset, columns, rows } = query.data;

    wss.handleUpgrade(req, socket, head, (ws) => {
      const opened = registry.open(learner.learnerId, sessionId ?? null, { columns, rows });
      if (!opened.ok) return refuseTerminalSocket(ws, 'limit', opened.message);
      // A new shell has drawn nothing yet, whatever the browser remembers of an older one.
      const drawn = opened.created ? 0 : offset;
      const { onActivity } = deps;
      watchSignIn(ws, opened.session, learner);
      createTerminalBridge(ws, {
        session: opened.session,
        offset: drawn,
        heartbeatMs,
        highWaterBytes,
        ackWindow,
        onActivity: onActivity
          ? () => {
              Promise.resolve()
                .then(() => onActivity(learner))
                .catch((err: unknown) => console.error('terminal activity hook:', err));
            }
          : undefined,
      });
    });
  };

  /** Ends the terminal once the learner's sign-in has ended; stops when the socket closes. */
  const watchSignIn = (ws: WebSocket, session: TerminalSession, learner: Learner) => {
    const check = deps.isStillSignedIn;
    if (!check) return;
    const timer = setInterval(() => {
      check(learner).then(
        (ok) => {
          if (!ok) session.end('signedOut', 'Your sign-in has ended; join again to continue.');
        },
        (err: unknown) => console.error('terminal sign-in check:', err),
      );
    }, deps.revalidateMs ?? 60_000);
    timer.unref();
    ws.once('close', () => clearInterval(timer));
  };

  const route = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    handle(req, socket, head).catch((err: unknown) => {
      console.error('terminal route:', err);
      if (socket.writable) refuseUpgrade(socket, 500, 'the terminal could not be opened');
    });
  };

  return Object.assign(route, {
    close() {
      accepting = false;
      registry.closeAll('The site is restarting; your terminal will reconnect when it is back.');
      // A browser that does not answer the close handshake must not hold the shutdown up.
      setTimeout(() => wss.clients.forEach((client) => client.terminate()), 1000).unref();
      wss.close();
    },
    sessionCount: () => registry.count(),
  });
}
