/**
 * Learner sessions: start one (after join or resume), recognise it on later requests, slide its
 * expiry forward while the learner is active, end it on logout. Works for route handlers and for
 * the custom server's WebSocket upgrades alike.
 */
import { markLearnerSeen } from '../progress/learners';
import {
  deleteSession,
  extendSession,
  findLiveSession,
  insertSession,
} from '../progress/session-store';
import { getAuthContext, type AuthContext } from './auth-context';
import { readCookie, SESSION_COOKIE } from './cookies';
import { readHeader, type AnyRequest } from './request-info';
import {
  createSessionToken,
  hashSessionToken,
  signSessionToken,
  verifySignedToken,
} from './signed-token';

/** Activity renews the session at most this often, so busy pages do not write on every request. */
export const RENEW_INTERVAL_MS = 30_000;

export type LearnerIdentity = {
  learnerId: string;
  displayName: string;
  expiresAt: Date;
  /** Hash of the session token: safe to log and to pass to renewLearnerSession. */
  sessionId: string;
};

export type StartedSession = { cookieValue: string; expiresAt: Date; sessionId: string };

export async function startSession(
  context: AuthContext,
  learnerId: string,
): Promise<StartedSession> {
  const now = context.now();
  const token = createSessionToken();
  const sessionId = hashSessionToken(token);
  const expiresAt = new Date(now.getTime() + context.config.idleMs);
  await insertSession(context.db, { id: sessionId, learnerId, expiresAt }, now);
  return { cookieValue: signSessionToken(token, context.secret), expiresAt, sessionId };
}

export type AuthenticateOptions = {
  /** Count this request as activity (default). Polling for the expiry time must not. */
  renew?: boolean;
  /** Renew even if the last renewal was moments ago ("Stay signed in"). */
  force?: boolean;
};

/** The learner behind a signed cookie value, or null for a missing, forged or expired session. */
export async function authenticateCookieValue(
  context: AuthContext,
  cookieValue: string | undefined,
  options: AuthenticateOptions = {},
): Promise<LearnerIdentity | null> {
  if (!cookieValue) return null;
  const token = verifySignedToken(cookieValue, context.secret);
  if (!token) return null;
  const now = context.now();
  const found = await findLiveSession(context.db, hashSessionToken(token), now);
  if (!found) return null;
  let expiresAt = found.session.expiresAt;
  const due = now.getTime() - found.session.lastSeenAt.getTime() >= RENEW_INTERVAL_MS;
  if ((options.renew ?? true) && (due || options.force)) {
    expiresAt = new Date(now.getTime() + context.config.idleMs);
    await extendSession(context.db, found.session.id, expiresAt, now);
    await markLearnerSeen(context.db, found.learner.id, now);
  }
  return {
    learnerId: found.learner.id,
    displayName: found.learner.displayName,
    expiresAt,
    sessionId: found.session.id,
  };
}

export function readSessionCookie(req: AnyRequest): string | undefined {
  return readCookie(readHeader(req, 'cookie'), SESSION_COOKIE);
}

/**
 * The signed-in learner making this request, or null. Usable from route handlers (Web Request)
 * and from the custom server (IncomingMessage, e.g. a terminal WebSocket upgrade).
 */
export async function authenticateLearner(
  req: AnyRequest,
  options: AuthenticateOptions = {},
): Promise<LearnerIdentity | null> {
  return authenticateCookieValue(await getAuthContext(), readSessionCookie(req), options);
}

/**
 * Marks a session active from outside HTTP (e.g. keystrokes on an open terminal socket), so a
 * learner working only in the terminal is not signed out. Cheap to call often: it writes at most
 * every RENEW_INTERVAL_MS. Returns the expiry, or null when the session has already ended.
 */
export async function renewLearnerSession(sessionId: string): Promise<Date | null> {
  const context = await getAuthContext();
  const now = context.now();
  const found = await findLiveSession(context.db, sessionId, now);
  if (!found) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() < RENEW_INTERVAL_MS) {
    return found.session.expiresAt;
  }
  const expiresAt = new Date(now.getTime() + context.config.idleMs);
  await extendSession(context.db, sessionId, expiresAt, now);
  await markLearnerSeen(context.db, found.learner.id, now);
  return expiresAt;
}

export async function endSession(context: AuthContext, cookieValue: string | undefined) {
  const token = cookieValue ? verifySignedToken(cookieValue, context.secret) : null;
  if (token) await deleteSession(context.db, hashSessionToken(token));
}
