/**
 * POST /api/instructor/login: exchanges the instructor token for an HttpOnly cookie, so the
 * dashboard works in a browser without the token in every URL. DELETE signs the instructor out.
 */
import { z } from 'zod';
import { INSTRUCTOR_COOKIE, tokensMatch } from '@/server/auth/instructor-token';
import { isSecureRequest } from '@/server/auth/request-info';
import { RequestProblem } from '@/server/auth/request-problem';
import {
  clientAddressOf,
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireSameOrigin,
} from '@/server/auth/route-guards';

const LoginBody = z.object({ token: z.string().min(1, 'enter the instructor token').max(500) });

/** Instructor cookies last a working day; the token itself does not expire. */
const INSTRUCTOR_COOKIE_SECONDS = 12 * 60 * 60;

function instructorCookie(value: string, maxAge: number, secure: boolean) {
  return [
    `${INSTRUCTOR_COOKIE}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    // Shares the resume budget: both are guesses at a secret from one address.
    limitRate(context, 'resume', clientAddressOf(context, req));
    const { token } = await readJsonBody(req, LoginBody);
    const expected = context.config.instructorToken;
    if (!expected || !tokensMatch(token, expected)) {
      throw new RequestProblem(401, 'Instructor token is missing or wrong.', { field: 'token' });
    }
    const secure = isSecureRequest(req, context.config.trustProxy);
    return replyJson(
      { instructor: true },
      { headers: { 'set-cookie': instructorCookie(token, INSTRUCTOR_COOKIE_SECONDS, secure) } },
    );
  });
}

export function DELETE(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const secure = isSecureRequest(req, context.config.trustProxy);
    return replyJson(
      { instructor: false },
      { headers: { 'set-cookie': instructorCookie('', 0, secure) } },
    );
  });
}
