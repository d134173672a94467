/** POST /api/instructor/broadcasts: a message to every learner ("all") or to one learner. */
import { z } from 'zod';
import { createBroadcast, MAX_BROADCAST_LENGTH } from '@/server/progress/broadcasts';
import { findLearnerById } from '@/server/progress/learners';
import { RequestProblem } from '@/server/auth/request-problem';
import {
  handleRoute,
  readJsonBody,
  replyJson,
  requireInstructor,
  requireSameOrigin,
} from '@/server/auth/route-guards';

const BroadcastBody = z.object({
  audience: z.string().min(1).max(100).default('all'),
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
    const body = await readJsonBody(req, BroadcastBody);
    if (body.audience !== 'all' && !(await findLearnerById(context.db, body.audience))) {
      throw new RequestProblem(404, `learner "${body.audience}" not found`, { field: 'audience' });
    }
    const broadcast = await createBroadcast(context.db, body, context.now());
    return replyJson({ broadcast }, { status: 201 });
  });
}
