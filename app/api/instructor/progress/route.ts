/** GET /api/instructor/progress: every learner's progress at a glance (instructor token required). */
import { listProgressForInstructor } from '@/server/progress/learner-progress';
import { handleRoute, replyJson, requireInstructor } from '@/server/auth/route-guards';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    return replyJson({ learners: await listProgressForInstructor(context.db) });
  });
}
