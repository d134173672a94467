/**
 * What `GET /api/me` tells the lesson page about the learner's space, so it can render commands for
 * it. The namespace is derived from the learner id on the server, exactly as provisioning names it.
 */
import type { WorkspaceSummary } from './cluster-commands-summary';
import { formatLearnerNamespace } from './provision/labels';
import { getWorkspaces, type Workspaces } from './workspaces';

/** The mode of the started workspaces; before the server starts them (route tests) the sandbox. */
function readStartedMode(): Workspaces['mode'] {
  try {
    return getWorkspaces().mode;
  } catch {
    // Lessons then show their commands as written, which is what the sandbox needs.
    return 'sandbox';
  }
}

export function describeLearnerWorkspace(
  learnerId: string,
  mode: Workspaces['mode'] = readStartedMode(),
): WorkspaceSummary {
  return mode === 'cluster'
    ? { mode: 'cluster', namespace: formatLearnerNamespace(learnerId) }
    : { mode: 'sandbox' };
}
