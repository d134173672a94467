/**
 * Starts the learners' cluster spaces for the configured mode: the embedded sandbox (default) or
 * a real cluster named by CLUSTER_KUBECONFIG. Returns the workspaces and what /healthz reports.
 */
import path from 'node:path';
import type { SiteConfig } from '../config';
import { listLearnersWithLiveSessions } from '../progress/live-learners';
import { getWorkshopDb } from '../progress/shared-db';
import { createSandboxInWorker } from '../sandbox/worker/sandbox-in-worker';
import { startClusterMode } from './cluster-mode';
import { adaptClusterWorkspaces } from './cluster-mode-workspaces';
import { createSandboxWorkspaces } from './sandbox-workspaces';
import type { Workspaces } from './workspaces';

export type StartedWorkspaces = { workspaces: Workspaces; health: Record<string, string> };

export async function startWorkspaces(config: SiteConfig): Promise<StartedWorkspaces> {
  if (config.mode === 'sandbox' || !config.clusterKubeconfig) {
    // The sandbox keeps clusters and workstation shells under the data folder across restarts.
    // It runs on a thread of its own, so learners' shells and clusters do not share the event
    // loop that serves pages and browser sockets (see server/sandbox/worker).
    const sandbox = await createSandboxInWorker({ dataDir: path.resolve(config.dataDir) });
    return { workspaces: createSandboxWorkspaces(sandbox), health: {} };
  }
  const cluster = await startClusterMode({
    kubeconfigSetting: config.clusterKubeconfig,
    listActiveLearnerIds: async () => listLearnersWithLiveSessions(await getWorkshopDb()),
  });
  if (!('kubeconfig' in cluster.connection)) {
    throw new Error('cluster mode needs a kubeconfig connection');
  }
  return {
    workspaces: adaptClusterWorkspaces(cluster.connection, cluster.workspaces),
    health: cluster.health,
  };
}
