/** GET /api/broadcasts?after=ID: the instructor's messages for the signed-in learner. */
import { listBroadcastsForLearner } from '@/server/progress/broadcasts';
import { handleRoute, replyJson, requireLearner } from '@/server/auth/route-guards';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    // Polling for messages is not activity: an idle learner still signs out on time.
    const me = await requireLearner(context, req, { renew: false });
    const after = Number(new URL(req.url).searchParams.get('after') ?? 0);
    const broadcasts = await listBroadcastsForLearner(
      context.db,
      me.learnerId,
      Number.isSafeInteger(after) && after > 0 ? after : 0,
    );
    return replyJson({ broadcasts });
  });
}
