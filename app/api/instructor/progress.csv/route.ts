/** GET /api/instructor/progress.csv: one row per learner and task, for a spreadsheet. */
import { handleRoute, requireInstructor } from '@/server/auth/route-guards';
import { listCourseTasks } from '@/server/instructor/course-tasks';
import { loadDashboardSnapshot } from '@/server/instructor/load-dashboard';
import { formatProgressCsv } from '@/server/instructor/progress-csv';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    const now = context.now();
    const snapshot = await loadDashboardSnapshot(context.db, { tasks: listCourseTasks(), now });
    const day = now.toISOString().slice(0, 10);
    return new Response(formatProgressCsv(snapshot, now), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="workshop-progress-${day}.csv"`,
        'cache-control': 'no-store',
      },
    });
  });
}
