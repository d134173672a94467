/**
 * GET /api/instructor/events: the dashboard's live feed (Server-Sent Events). Sends each learner
 * whose progress changed, whole, as `event: learners`; see server/instructor/event-stream.ts.
 */
import { handleRoute, requireInstructor } from '@/server/auth/route-guards';
import { listCourseTasks } from '@/server/instructor/course-tasks';
import { createDashboardEventStream } from '@/server/instructor/event-stream';
import { loadDashboardSnapshot } from '@/server/instructor/load-dashboard';
import { subscribeProgressEvents } from '@/server/progress/progress-events';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    const tasks = listCourseTasks();
    const stream = createDashboardEventStream({
      subscribe: subscribeProgressEvents,
      loadLearners: async (learnerIds) =>
        (await loadDashboardSnapshot(context.db, { tasks, learnerIds, now: context.now() }))
          .learners,
      signal: req.signal,
    });
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        // A compressing layer would hold events back until its buffer fills.
        'content-encoding': 'none',
        'x-accel-buffering': 'no',
      },
    });
  });
}
