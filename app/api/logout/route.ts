/** POST /api/logout: ends this browser's session; the resume code still brings the learner back. */
import { endSession, readSessionCookie } from '@/server/auth/sessions';
import {
  clearedSessionCookieFor,
  handleRoute,
  replyJson,
  requireSameOrigin,
} from '@/server/auth/route-guards';

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    await endSession(context, readSessionCookie(req));
    return replyJson(
      { signedOut: true },
      { headers: { 'set-cookie': clearedSessionCookieFor(context, req) } },
    );
  });
}
