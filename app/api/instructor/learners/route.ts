/** GET /api/instructor/learners: the whole dashboard (learners × tasks), as the page loads it. */
import { handleRoute, replyJson, requireInstructor } from '@/server/auth/route-guards';
import { listCourseTasks } from '@/server/instructor/course-tasks';
import { loadDashboardSnapshot } from '@/server/instructor/load-dashboard';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    return replyJson(
      await loadDashboardSnapshot(context.db, { tasks: listCourseTasks(), now: context.now() }),
    );
  });
}
