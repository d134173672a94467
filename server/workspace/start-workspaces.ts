/**
 * Starts the learners' cluster spaces for the configured mode: the embedded sandbox (default) or
 * a real cluster named by CLUSTER_KUBECONFIG. Returns the workspaces and what /healthz reports.
 */
import path from 'node:path';
import type { SiteConfig } from '../config';
import { listLearnersWithLiveSessions } from '../progress/live-learners';
import { getWorkshopDb } from '../progress/shared-db';
import { createSandbox } from '../sandbox';
import { createContainerRuntime } from '../sandbox/runtime';
import { startClusterMode } from './cluster-mode';
import { adaptClusterWorkspaces } from './cluster-mode-workspaces';
import { createSandboxWorkspaces } from './sandbox-workspaces';
import { startWorkstationShells, type WorkstationShells } from './workstation-shells';
import type { Workspaces } from './workspaces';

export type StartedWorkspaces = {
  workspaces: Workspaces;
  health: Record<string, string>;
  /** The sandbox workstations' shells (sandbox mode only): the editor reads their files. */
  shells: WorkstationShells | null;
};

export async function startWorkspaces(config: SiteConfig): Promise<StartedWorkspaces> {
  if (config.mode === 'sandbox' || !config.clusterKubeconfig) {
    const dataDir = path.resolve(config.dataDir);
    const shells = await startWorkstationShells({ dataDir });
    const runtime = createContainerRuntime({ images: { 'workshop/workstation': shells.program } });
    const sandbox = await createSandbox({ dataDir, runtime });
    const workspaces = createSandboxWorkspaces(sandbox);
    const close = workspaces.close;
    workspaces.close = async () => {
      await close();
      await shells.close();
    };
    return { workspaces, health: {}, shells };
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
    shells: null,
  };
}
