/** POST /api/quiz: records the learner's answer to a lesson quiz, graded on the server. */
import { z } from 'zod';
import { recordQuizAnswer } from '@/server/progress/quiz-answers';
import { findQuizKey } from '@/server/progress/quiz-key';
import {
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireLearner,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { RequestProblem } from '@/server/auth/request-problem';

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const QuizBody = z.object({
  lesson: z
    .string()
    .regex(
      /^[a-z0-9-]+\/[a-z0-9-]+$/,
      'must be "<chapter>/<lesson>", e.g. "kubernetes-security/scope-and-4c"',
    ),
  quizId: z.string().regex(slug, 'must be lower-case words joined by "-"').max(100),
  answer: z.string().min(1, 'choose an answer').max(100),
});

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req);
    limitRate(context, 'learnerWrites', me.learnerId);
    const body = await readJsonBody(req, QuizBody);
    const key = await findQuizKey(body.lesson, body.quizId);
    if (!key) {
      throw new RequestProblem(404, `quiz "${body.quizId}" not found in lesson "${body.lesson}"`, {
        field: 'quizId',
      });
    }
    if (key.choices.length > 0 && !key.choices.includes(body.answer)) {
      throw new RequestProblem(
        400,
        `answer "${body.answer}" is not one of this quiz's choices: ${key.choices.join(', ')}`,
        { field: 'answer' },
      );
    }
    const recorded = await recordQuizAnswer(context.db, {
      learnerId: me.learnerId,
      lesson: body.lesson,
      quizId: body.quizId,
      answer: body.answer,
      correct: body.answer === key.answer,
    });
    return replyJson({ correct: recorded.correct, attempts: recorded.attempts });
  });
}
