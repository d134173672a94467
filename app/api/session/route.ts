/**
 * GET /api/session: when this session expires, for the page's warning banner. Polling it is not
 * activity, so an idle page still expires. POST /api/session ("Stay signed in") renews it.
 */
import {
  handleRoute,
  replyJson,
  requireLearner,
  requireSameOrigin,
  sessionCookieFor,
} from '@/server/auth/route-guards';
import { readSessionCookie } from '@/server/auth/sessions';
import { authenticateCookieValue } from '@/server/auth/sessions';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    const cookieValue = readSessionCookie(req);
    const me = await authenticateCookieValue(context, cookieValue, { renew: false });
    const idleSeconds = Math.round(context.config.idleMs / 1000);
    if (!me || !cookieValue) return replyJson({ signedIn: false, idleSeconds });
    return replyJson(
      {
        signedIn: true,
        displayName: me.displayName,
        expiresAt: me.expiresAt.toISOString(),
        serverTime: context.now().toISOString(),
        idleSeconds,
      },
      // Activity outside HTTP (the terminal) may have moved the expiry: keep the cookie in step.
      { headers: { 'set-cookie': sessionCookieFor(context, req, cookieValue, me.expiresAt) } },
    );
  });
}

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req, { force: true });
    const cookieValue = readSessionCookie(req) as string;
    return replyJson(
      {
        signedIn: true,
        displayName: me.displayName,
        expiresAt: me.expiresAt.toISOString(),
        serverTime: context.now().toISOString(),
        idleSeconds: Math.round(context.config.idleMs / 1000),
      },
      { headers: { 'set-cookie': sessionCookieFor(context, req, cookieValue, me.expiresAt) } },
    );
  });
}
