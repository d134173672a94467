/** GET /api/instructor/learners/:id/timeline: one learner's joins, opened tasks, checks, answers. */
import { RequestProblem } from '@/server/auth/request-problem';
import { handleRoute, replyJson, requireInstructor } from '@/server/auth/route-guards';
import { loadLearnerTimeline } from '@/server/instructor/learner-timeline';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ learnerId: string }> };

export function GET(req: Request, { params }: Params) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    const { learnerId } = await params;
    const timeline = await loadLearnerTimeline(context.db, learnerId);
    if (!timeline) throw new RequestProblem(404, `learner "${learnerId}" not found`);
    return replyJson(timeline);
  });
}
