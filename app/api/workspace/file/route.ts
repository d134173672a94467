/** GET / PUT /api/workspace/file: read or save one file of the learner's workstation. */
import { z } from 'zod';
import {
  handleRoute,
  limitRate,
  readJsonBody,
  replyJson,
  requireLearner,
  requireSameOrigin,
} from '@/server/auth/route-guards';
import { RequestProblem } from '@/server/auth/request-problem';
import { withWorkspaceErrors } from '@/server/workspace/workspace-route-errors';
import {
  MAX_FILE_BYTES,
  readWorkstationFile,
  writeWorkstationFile,
} from '@/server/workspace/workstation-files';
import { getWorkspaces } from '@/server/workspace/workspaces';

const SaveBody = z.object({
  path: z.string().min(1).max(200),
  content: z.string().max(MAX_FILE_BYTES),
});

export function GET(req: Request) {
  return handleRoute(async (context) => {
    const me = await requireLearner(context, req);
    const path = new URL(req.url).searchParams.get('path');
    if (!path) throw new RequestProblem(400, 'say which file: ?path=<file in your home folder>');
    const file = await withWorkspaceErrors(() =>
      readWorkstationFile(getWorkspaces(), me.learnerId, path),
    );
    return replyJson(file);
  });
}

export function PUT(req: Request) {
  return handleRoute(async (context) => {
    requireSameOrigin(context, req);
    const me = await requireLearner(context, req);
    limitRate(context, 'learnerWrites', me.learnerId);
    const body = await readJsonBody(req, SaveBody, MAX_FILE_BYTES + 1024);
    await withWorkspaceErrors(() =>
      writeWorkstationFile(getWorkspaces(), me.learnerId, body.path, body.content),
    );
    return replyJson({ ok: true });
  });
}
