/**
 * Start-up of cluster mode, in one call for the server's wiring: connect (kubeconfig or in-cluster),
 * make sure the shared roles and admission policies exist, reap learner namespaces nobody owns, and
 * hand back the workspaces plus what `/healthz` should report.
 */
import type { ClusterConnection } from '@/server/cluster/connection';
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
import { createWorkstationFiles } from './provision/lesson-files';

export type ClusterMode = {
  connection: ClusterConnection;
  source: ClusterSource;
  workspaces: ClusterWorkspaces;
  /** Fields to merge into the `/healthz` answer. */
  health: Record<string, string>;
  sharedObjects: SharedObjectResult[];
  reaped: string[];
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
  };
}
