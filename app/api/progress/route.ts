/**
 * POST /api/progress: the lesson page reports that a task was opened, or a slice of time spent on
 * it while visible. Completion is never reported here: only a passing check completes a task.
 */
import { z } from 'zod';
import {
  addTimeOnTask,
  MAX_TIME_SLICE_MS,
  recordTaskOpened,
} from '@/server/progress/task-progress';
import {
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireLearner,
  requireSameOrigin,
} from '@/server/auth/route-guards';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');
const ProgressBody = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('opened'),
    lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<chapter>/<lesson>"'),
    taskId: slug,
  }),
  z.object({
    event: z.literal('time'),
    lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<chapter>/<lesson>"'),
    taskId: slug,
    ms: z.number().int().min(0).max(MAX_TIME_SLICE_MS),
  }),
]);

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req);
    limitRate(context, 'learnerWrites', me.learnerId);
    const body = await readJsonBody(req, ProgressBody);
    const ref = { learnerId: me.learnerId, lesson: body.lesson, taskId: body.taskId };
    if (body.event === 'opened') await recordTaskOpened(context.db, ref, context.now());
    else await addTimeOnTask(context.db, { ...ref, ms: body.ms }, context.now());
    return replyJson({ recorded: true });
  });
}
