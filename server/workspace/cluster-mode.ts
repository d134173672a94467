/**
 * Start-up of cluster mode, in one call for the server's wiring: connect (kubeconfig or in-cluster),
 * make sure the shared roles and admission policies exist, reap learner namespaces nobody owns, and
 * hand back the workspaces plus what `/healthz` should report.
 */
import type { KubeconfigConnection } from '@/server/cluster/connection';
import type { ClusterView } from '@/server/checks/types';
import {
  describeClusterMode,
  loadClusterConnection,
  type ClusterSource,
} from './cluster-connection';
import { readWorkspaceSettings } from './cluster-settings';
import {
  createClusterWorkspaces,
  type ClusterWorkspaces,
  type SharedObjectResult,
} from './cluster-workspaces';
import { createWorkspaceClusterView } from './cluster-view';
import { formatLearnerNamespace } from './provision/labels';
import { createWorkstationFiles } from './provision/lesson-files';

/** What the terminal route needs to open a learner's shell (its `WorkstationLocation`). */
export type WorkstationLocation = {
  kubeconfig: string;
  namespace: string;
  pod: string;
  container: string;
  command: string[];
};

export type ClusterMode = {
  connection: KubeconfigConnection;
  source: ClusterSource;
  workspaces: ClusterWorkspaces;
  /** Fields to merge into the `/healthz` answer. */
  health: Record<string, string>;
  sharedObjects: SharedObjectResult[];
  reaped: string[];
  /**
   * For the terminal route: makes sure the learner's workspace exists (it may have been reaped),
   * waits for the workstation, and says where it is. The exec runs with the site's identity.
   */
  locateWorkstation(learnerId: string): Promise<WorkstationLocation>;
  /** For the check engine: the learner's namespace, read with the site's identity. */
  createLearnerView(learnerId: string): ClusterView;
};

export async function startClusterMode(options: {
  /** CLUSTER_KUBECONFIG: a kubeconfig path, `KUBECONFIG`, or `in-cluster`. */
  kubeconfigSetting: string;
  /** Learners whose session is still alive; every other learner namespace is deleted. */
  listActiveLearnerIds: () => Promise<Iterable<string>>;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}): Promise<ClusterMode> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const { connection, source } = loadClusterConnection(options.kubeconfigSetting, env);
  const settings = readWorkspaceSettings(env);
  const workspaces = createClusterWorkspaces(connection, {
    ...settings,
    workstationFiles: createWorkstationFiles(),
    siteServiceAccount: source.kind === 'in-cluster' ? source.serviceAccount : undefined,
  });
  const sharedObjects = await workspaces.ensureSharedObjects();
  const changed = sharedObjects.filter((s) => s.result !== 'unchanged');
  if (changed.length > 0) {
    log(`cluster mode: ${changed.map((s) => `${s.kind} ${s.name} ${s.result}`).join(', ')}`);
  }
  const reaped = await workspaces.reapOrphans(await options.listActiveLearnerIds());
  if (reaped.length > 0)
    log(`cluster mode: deleted ${reaped.length} orphaned learner namespace(s)`);
  return {
    connection,
    source,
    workspaces,
    health: describeClusterMode(source),
    sharedObjects,
    reaped,
    async locateWorkstation(learnerId) {
      const { workstation } = await workspaces.provision(learnerId);
      await workspaces.waitForWorkstation(learnerId);
      return { kubeconfig: connection.kubeconfig, ...workstation };
    },
    createLearnerView(learnerId) {
      return createWorkspaceClusterView(connection, formatLearnerNamespace(learnerId));
    },
  };
}
