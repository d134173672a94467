/** POST /api/checks: runs a task's check against the signed-in learner's own cluster space. */
import { z } from 'zod';
import { CheckBusyError } from '@/server/checks/engine';
import { runLearnerCheck, UnknownTaskError } from '@/server/checks/run-learner-check';
import {
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireLearner,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { RequestProblem } from '@/server/auth/request-problem';
import { getWorkspaces } from '@/server/workspace/workspaces';

const CheckBody = z.object({
  lesson: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<chapter>/<lesson>"')
    .max(200),
  taskId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"')
    .max(100),
});

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req);
    limitRate(context, 'check', me.learnerId);
    const body = await readJsonBody(req, CheckBody);
    try {
      const result = await runLearnerCheck({
        db: context.db,
        workspaces: getWorkspaces(),
        learnerId: me.learnerId,
        lesson: body.lesson,
        taskId: body.taskId,
      });
      return replyJson(result);
    } catch (error) {
      if (error instanceof UnknownTaskError) throw new RequestProblem(404, error.message);
      if (error instanceof CheckBusyError) throw new RequestProblem(409, error.message);
      throw error;
    }
  });
}
