/**
 * Guards for route handlers: same-origin for writes, a signed-in learner, rate limits, and the
 * mapping of RequestProblems to JSON answers. Each guard throws; `handleRoute` turns the throw into
 * the reply, so handlers read as a straight line.
 */
import type { z } from 'zod';
import { getAuthContext, type AuthContext, type RateLimiters } from './auth-context';
import { serializeClearedSessionCookie, serializeSessionCookie } from './cookies';
import { isInstructorRequest } from './instructor-token';
import { checkRequestOrigin } from './origin-check';
import { isSecureRequest, readClientAddress } from './request-info';
import { RequestProblem } from './request-problem';
import {
  authenticateCookieValue,
  readSessionCookie,
  type AuthenticateOptions,
  type LearnerIdentity,
} from './sessions';

export function requireSameOrigin(context: AuthContext, req: Request): void {
  const problem = checkRequestOrigin(req, context.config);
  if (problem) throw new RequestProblem(403, problem, { code: 'origin' });
}

export async function requireLearner(
  context: AuthContext,
  req: Request,
  options: AuthenticateOptions = {},
): Promise<LearnerIdentity> {
  const identity = await authenticateCookieValue(context, readSessionCookie(req), options);
  if (!identity) {
    throw new RequestProblem(
      401,
      'You are not signed in, or your session has expired: join again or use your resume code.',
      { code: 'unauthenticated' },
    );
  }
  return identity;
}

export function requireInstructor(context: AuthContext, req: Request): void {
  if (!isInstructorRequest(req, context.config.instructorToken)) {
    throw new RequestProblem(401, 'Instructor token is missing or wrong.', {
      code: 'unauthenticated',
      challenge: 'Bearer realm="instructor"',
    });
  }
}

export function limitRate(context: AuthContext, limiter: keyof RateLimiters, key: string): void {
  const decision = context.limiters[limiter].consume(key, context.now().getTime());
  if (!decision.allowed) {
    throw new RequestProblem(
      429,
      `Too many requests: try again in ${decision.retryAfterSeconds} seconds.`,
      { retryAfterSeconds: decision.retryAfterSeconds, code: 'rate-limited' },
    );
  }
}

export function clientAddressOf(context: AuthContext, req: Request): string {
  return readClientAddress(req, context.config.trustProxy);
}

/**
 * The browser keeps the cookie for a fixed, long time; the server's idle expiry is what ends a
 * session. That way activity the browser cannot see (typing in the terminal) never leaves a live
 * session without its cookie, and an ended session is reported by the page, never silent.
 */
export const SESSION_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function sessionCookieFor(context: AuthContext, req: Request, cookieValue: string): string {
  return serializeSessionCookie(cookieValue, {
    maxAgeSeconds: SESSION_COOKIE_MAX_AGE_SECONDS,
    secure: isSecureRequest(req, context.config.trustProxy),
  });
}

export function clearedSessionCookieFor(context: AuthContext, req: Request): string {
  return serializeClearedSessionCookie(isSecureRequest(req, context.config.trustProxy));
}

export function replyJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json');
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function replyWithProblem(problem: RequestProblem): Response {
  const headers: Record<string, string> = {};
  if (problem.options.retryAfterSeconds)
    headers['retry-after'] = String(problem.options.retryAfterSeconds);
  if (problem.options.challenge) headers['www-authenticate'] = problem.options.challenge;
  return replyJson(
    { error: problem.message, field: problem.options.field, code: problem.options.code },
    { status: problem.status, headers },
  );
}

/** Runs a handler with the shared context; RequestProblems become their JSON answer. */
export async function handleRoute(
  handler: (context: AuthContext) => Promise<Response>,
): Promise<Response> {
  try {
    return await handler(await getAuthContext());
  } catch (err) {
    if (err instanceof RequestProblem) return replyWithProblem(err);
    console.error('request failed:', err);
    return replyJson(
      { error: 'Something went wrong on the server; please try again.' },
      { status: 500 },
    );
  }
}

/** Bodies of this API are small forms; anything larger is refused before it is parsed. */
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Parses a JSON body with a zod schema; a failure is a 400 naming the first field at fault. */
export async function readJsonBody<T>(
  req: Request,
  schema: z.ZodType<T>,
  maxBytes: number = MAX_JSON_BODY_BYTES,
): Promise<T> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  const text = declared > maxBytes ? null : await req.text();
  const size = text === null ? declared : Buffer.byteLength(text);
  if (text === null || size > maxBytes) {
    throw new RequestProblem(
      413,
      `Request body is too large: ${size} bytes, the limit is ${maxBytes}.`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RequestProblem(400, 'Request body must be JSON.');
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = issue?.message ?? 'Request body is invalid.';
  throw new RequestProblem(400, field ? `${field}: ${message}` : message, { field });
}
