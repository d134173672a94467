/** POST /api/join: a new learner gives a display name (and the event code) and gets a session. */
import { z } from 'zod';
import { joinWorkshop } from '@/server/auth/learner-access';
import {
  clientAddressOf,
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireSameOrigin,
  sessionCookieFor,
} from '@/server/auth/route-guards';

const JoinBody = z.object({
  // Checked by validateDisplayName, whose messages are written for the join form.
  displayName: z.unknown().optional(),
  eventCode: z.string().max(100).optional(),
});

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    limitRate(context, 'join', clientAddressOf(context, req));
    const body = await readJsonBody(req, JoinBody);
    const joined = await joinWorkshop(context, body);
    return replyJson(
      {
        learner: { id: joined.learner.id, displayName: joined.learner.displayName },
        resumeCode: joined.resumeCode,
        resumePath: joined.resumePath,
        expiresAt: joined.session.expiresAt.toISOString(),
      },
      {
        status: 201,
        headers: {
          'set-cookie': sessionCookieFor(context, req, joined.session.cookieValue),
        },
      },
    );
  });
}
