/**
 * Operator commands for cluster mode, used by scripts/smoke-real-cluster.sh and handy by hand:
 *   npx tsx server/workspace/cluster-cli.ts shared|provision ID|wait ID|release ID|reap [ACTIVE_ID…]
 * The cluster is the one CLUSTER_KUBECONFIG names (default: the current KUBECONFIG context).
 */
import { loadClusterConnection, FROM_KUBECONFIG_VARIABLE } from './cluster-connection';
import { readWorkspaceSettings } from './cluster-settings';
import { createClusterWorkspaces } from './cluster-workspaces';
import { createWorkstationFiles } from './provision/lesson-files';

const usage =
  'usage: cluster-cli.ts shared | provision LEARNER_ID | wait LEARNER_ID | release LEARNER_ID | reap [ACTIVE_LEARNER_ID…]';

async function main(args: string[]) {
  const [command, ...rest] = args;
  const { connection, source } = loadClusterConnection(
    process.env.CLUSTER_KUBECONFIG ?? FROM_KUBECONFIG_VARIABLE,
  );
  const workspaces = createClusterWorkspaces(connection, {
    ...readWorkspaceSettings(),
    workstationFiles: createWorkstationFiles(),
    siteServiceAccount: source.kind === 'in-cluster' ? source.serviceAccount : undefined,
  });
  const learnerId = () => {
    if (!rest[0]) throw new Error(`${command ?? ''}: a learner id is required\n${usage}`);
    return rest[0];
  };
  switch (command) {
    case 'shared':
      for (const r of await workspaces.ensureSharedObjects())
        console.log(`${r.kind}/${r.name} ${r.result}`);
      return;
    case 'provision':
      console.log((await workspaces.provision(learnerId())).namespace);
      return;
    case 'wait':
      await workspaces.waitForWorkstation(learnerId(), 300_000);
      console.log('workstation ready');
      return;
    case 'release':
      console.log((await workspaces.release(learnerId())) ? 'released' : 'already gone');
      return;
    case 'reap':
      // Grace 0: an operator reaping by hand means "now".
      for (const name of await workspaces.reapOrphans(rest, 0)) console.log(`deleted ${name}`);
      return;
    default:
      throw new Error(usage);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
