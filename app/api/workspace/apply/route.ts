/** POST /api/workspace/apply: saves a file and applies it (or previews with a server dry run). */
import { z } from 'zod';
import {
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireLearner,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { withWorkspaceErrors } from '@/server/workspace/workspace-route-errors';
import { LESSON_NAMESPACE } from '@/server/workspace/cluster-commands';
import { applyWorkstationFile, MAX_FILE_BYTES } from '@/server/workspace/workstation-files';
import { getWorkspaces } from '@/server/workspace/workspaces';

const ApplyBody = z.object({
  path: z.string().min(1).max(200),
  content: z.string().max(MAX_FILE_BYTES),
  dryRun: z.boolean().default(true),
});

export function POST(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req);
    limitRate(context, 'learnerWrites', me.learnerId);
    const body = await readJsonBody(req, ApplyBody, MAX_FILE_BYTES + 1024);
    const outcome = await withWorkspaceErrors(() =>
      applyWorkstationFile(getWorkspaces(), me.learnerId, {
        ...body,
        lessonNamespace: LESSON_NAMESPACE,
      }),
    );
    return replyJson(outcome);
  });
}
