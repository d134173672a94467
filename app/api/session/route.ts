/**
 * GET /api/session: when this session expires, for the page's warning banner. Polling it is not
 * activity, so an idle page still expires. POST /api/session ("Stay signed in") renews it.
 */
import {
  handleRoute,
  replyJson,
  requireLearner,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { authenticateCookieValue, readSessionCookie } from '@/server/auth/sessions';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    const me = await authenticateCookieValue(context, readSessionCookie(req), { renew: false });
    const idleSeconds = Math.round(context.config.idleMs / 1000);
    if (!me) return replyJson({ signedIn: false, idleSeconds });
    return replyJson({
      signedIn: true,
      displayName: me.displayName,
      expiresAt: me.expiresAt.toISOString(),
      serverTime: context.now().toISOString(),
      idleSeconds,
    });
  });
}

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req, { force: true });
    return replyJson({
      signedIn: true,
      displayName: me.displayName,
      expiresAt: me.expiresAt.toISOString(),
      serverTime: context.now().toISOString(),
      idleSeconds: Math.round(context.config.idleMs / 1000),
    });
  });
}
