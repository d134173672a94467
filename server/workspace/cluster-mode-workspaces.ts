/**
 * Workspaces on a real cluster: one namespace per learner, reached with the site's own identity
 * (the learner never holds cluster credentials; their terminal runs in their workstation pod).
 */
import type { KubeconfigConnection } from '../cluster/connection';
import { createWorkspaceClusterView } from './cluster-view';
import type { ClusterWorkspaces } from './cluster-workspaces';
import type { LearnerWorkspace, Workspaces } from './workspaces';

export function adaptClusterWorkspaces(
  connection: KubeconfigConnection,
  cluster: ClusterWorkspaces,
): Workspaces {
  const open = new Map<string, Promise<LearnerWorkspace>>();
  const workspaces: Workspaces = {
    mode: 'cluster',
    open(learnerId) {
      let found = open.get(learnerId);
      if (!found) {
        found = cluster.provision(learnerId).then(async (ws) => {
          // The first terminal would fail while the workstation image is still being pulled.
          await cluster.waitForWorkstation(learnerId);
          return { connection, workstation: ws.workstation, labNamespace: ws.namespace };
        });
        found.catch(() => open.delete(learnerId));
        open.set(learnerId, found);
      }
      return found;
    },
    async clusterView(learnerId) {
      const ws = await workspaces.open(learnerId);
      return createWorkspaceClusterView(connection, ws.labNamespace);
    },
    async release(learnerId) {
      open.delete(learnerId);
      await cluster.release(learnerId);
    },
    async reset(learnerId) {
      await workspaces.release(learnerId);
      await workspaces.open(learnerId);
    },
    close: async () => undefined,
  };
  return workspaces;
}
