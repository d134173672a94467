/** POST /api/resume: a returning learner (any device) types their resume code and gets a session. */
import { z } from 'zod';
import { resumeWorkshop } from '@/server/auth/learner-access';
import {
  clientAddressOf,
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireSameOrigin,
  sessionCookieFor,
} from '@/server/auth/route-guards';

const ResumeBody = z.object({
  resumeCode: z
    .string({ error: 'required: enter the code you were given when you joined' })
    .max(64),
});

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    limitRate(context, 'resume', clientAddressOf(context, req));
    const body = await readJsonBody(req, ResumeBody);
    const resumed = await resumeWorkshop(context, body);
    return replyJson(
      {
        learner: { id: resumed.learner.id, displayName: resumed.learner.displayName },
        expiresAt: resumed.session.expiresAt.toISOString(),
      },
      {
        headers: {
          'set-cookie': sessionCookieFor(context, req, resumed.session.cookieValue),
        },
      },
    );
  });
}
