/**
 * POST /api/instructor/learners/:id/reset: starts the learner's cluster space over, empty. Their
 * stored progress stays; only the cluster (and its workstation files) is replaced.
 */
import { RequestProblem } from '@/server/auth/request-problem';
import {
  handleRoute,
  replyJson,
  requireInstructor,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { findLearnerById } from '@/server/progress/learners';
import { getWorkspaces, type Workspaces } from '@/server/workspace/workspaces';

type Params = { params: Promise<{ learnerId: string }> };

export function POST(req: Request, { params }: Params) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    requireSameOrigin(context, req);
    const { learnerId } = await params;
    const learner = await findLearnerById(context.db, learnerId);
    if (!learner) throw new RequestProblem(404, `learner "${learnerId}" not found`);
    let workspaces: Workspaces;
    try {
      workspaces = getWorkspaces();
    } catch (err) {
      throw new RequestProblem(503, err instanceof Error ? err.message : String(err));
    }
    await workspaces.reset(learnerId);
    return replyJson({ reset: true, learnerId, displayName: learner.displayName });
  });
}
