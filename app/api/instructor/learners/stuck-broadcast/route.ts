/**
 * POST /api/instructor/learners/stuck-broadcast `{ taskKey, text }`: a hint to every learner who is
 * stuck on that task right now (as the stuck radar counts them). Answers with who received it.
 */
import { z } from 'zod';
import { RequestProblem } from '@/server/auth/request-problem';
import {
  handleRoute,
  readJsonBody,
  replyJson,
  requireInstructor,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { listCourseTasks } from '@/server/instructor/course-tasks';
import { broadcastToStuckLearners } from '@/server/instructor/stuck-broadcast';
import { MAX_BROADCAST_LENGTH } from '@/server/progress/broadcasts';

const StuckBroadcastBody = z.object({
  taskKey: z.string().min(1, 'choose a task').max(300),
  text: z
    .string()
    .trim()
    .min(1, 'write a message')
    .max(MAX_BROADCAST_LENGTH, `at most ${MAX_BROADCAST_LENGTH} characters`),
});

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireInstructor(context, req);
    requireSameOrigin(context, req);
    const body = await readJsonBody(req, StuckBroadcastBody);
    const tasks = listCourseTasks();
    if (!tasks.some((t) => t.key === body.taskKey)) {
      throw new RequestProblem(404, `task "${body.taskKey}" not found`, { field: 'taskKey' });
    }
    const { recipients } = await broadcastToStuckLearners(context.db, {
      tasks,
      taskKey: body.taskKey,
      text: body.text,
      now: context.now(),
    });
    return replyJson(
      { sent: recipients.length, recipients: recipients.map((r) => r.displayName) },
      { status: 201 },
    );
  });
}
