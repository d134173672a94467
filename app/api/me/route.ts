/**
 * GET /api/me: the signed-in learner's own profile and progress (never anyone else's), and what
 * the lesson page needs to render commands for their space (`workspace`).
 */
import { listLearnerProgress } from '@/server/progress/learner-progress';
import { handleRoute, replyJson, requireLearner } from '@/server/auth/route-guards';
import { describeLearnerWorkspace } from '@/server/workspace/cluster-commands-workspace';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    const me = await requireLearner(context, req);
    const progress = await listLearnerProgress(context.db, me.learnerId);
    return replyJson({
      learner: { id: me.learnerId, displayName: me.displayName },
      expiresAt: me.expiresAt.toISOString(),
      progress,
      workspace: describeLearnerWorkspace(me.learnerId),
    });
  });
}
