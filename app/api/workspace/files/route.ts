/** GET /api/workspace/files: the files in the signed-in learner's workstation home. */
import { handleRoute, replyJson, requireLearner } from '@/server/auth/route-guards';
import { listWorkstationFiles } from '@/server/workspace/workstation-files';
import { getWorkspaces } from '@/server/workspace/workspaces';

export function GET(req: Request) {
  return handleRoute(async (context) => {
    const me = await requireLearner(context, req);
    const paths = await listWorkstationFiles(getWorkspaces(), me.learnerId);
    return replyJson({ files: paths.map((path) => ({ path })) });
  });
}
