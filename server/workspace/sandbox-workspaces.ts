/**
 * Workspaces backed by the embedded sandbox: each learner has a private cluster, with their
 * workstation pod in namespace `workstation`. Credentials are minted once per process and kept in
 * memory; the sandbox's snapshots keep the clusters themselves across restarts.
 */
import type { Sandbox } from '../sandbox';
import { LESSON_NAMESPACE } from './cluster-commands';
import { createWorkspaceClusterView } from './cluster-view';
import { createSandboxTerminalExec } from './sandbox-terminal-exec';
import type { LearnerWorkspace, Workspaces } from './workspaces';

const WORKSTATION = {
  namespace: 'workstation',
  pod: 'workstation',
  container: 'shell',
  command: ['bash'],
};

export function createSandboxWorkspaces(sandbox: Sandbox): Workspaces {
  const open = new Map<string, Promise<LearnerWorkspace>>();

  const toWorkspace = (kubeconfig: string): LearnerWorkspace => ({
    connection: { kubeconfig },
    workstation: WORKSTATION,
    labNamespace: LESSON_NAMESPACE,
  });

  const workspaces: Workspaces = {
    mode: 'sandbox',
    open(learnerId) {
      let found = open.get(learnerId);
      if (!found) {
        found = sandbox.provisionLearnerCluster(learnerId).then((c) => toWorkspace(c.kubeconfig));
        // A failure is not remembered: the next request tries again.
        found.catch(() => open.delete(learnerId));
        open.set(learnerId, found);
      }
      return found;
    },
    async clusterView(learnerId) {
      const { connection } = await workspaces.open(learnerId);
      // The cluster is the learner's alone, so the lesson's namespace is used as is.
      return createWorkspaceClusterView(connection, LESSON_NAMESPACE);
    },
    async release(learnerId) {
      open.delete(learnerId);
      await sandbox.deleteLearnerCluster(learnerId);
    },
    async reset(learnerId) {
      const credentials = await sandbox.resetLearnerCluster(learnerId);
      open.set(learnerId, Promise.resolve(toWorkspace(credentials.kubeconfig)));
    },
    openTerminalExec: createSandboxTerminalExec(sandbox),
    close: () => sandbox.close(),
  };
  return workspaces;
}
