/**
 * The learner's space as the server describes it in `GET /api/me`: lesson commands are shown as
 * written until it answers, and stay so for readers who have not joined or are offline.
 */
import { readWorkspaceSummary, type WorkspaceSummary } from '@/server/workspace/cluster-commands';
import { loadMeAnswer } from './me-answer';

export function loadWorkspaceSummary(): Promise<WorkspaceSummary> {
  return loadMeAnswer().then((answer) =>
    readWorkspaceSummary((answer as { workspace?: unknown } | null)?.workspace),
  );
}
