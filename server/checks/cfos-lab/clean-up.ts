/**
 * Task "clean-up": in a private sandbox cluster the lab namespace and the cluster-wide roles are
 * gone; in a learner namespace of a shared cluster, the lab's objects inside it are.
 */
import { step } from '../step';
import type { CheckDefinition, CheckStep, ClusterView } from '../types';
import { checkLabObjectsRemoved } from './clean-up-namespace';
import { CLUSTER_ROLES, LAB_NAMESPACE } from './constants';

export const cleanUpCheck: CheckDefinition = {
  id: 'clean-up',
  title: 'Clean up',
  async run({ cluster, learner, mode }) {
    const steps: CheckStep[] = [];
    // An untouched space has nothing to clean up: the task counts once the lab was set up.
    const prepared = await learner.hasCompleted('prepare');
    steps.push(
      step(
        'The lab was set up first',
        prepared,
        'the "prepare" task passed earlier',
        prepared ? 'passed' : 'not passed yet',
        'Clean-up undoes the lab: do the lab first, then delete what it created.',
      ),
    );
    steps.push(
      ...(mode === 'cluster'
        ? await checkLabObjectsRemoved(cluster)
        : await checkNamespaceAndRolesRemoved(cluster)),
    );
    return steps;
  },
};

/** A private cluster: the learner deletes the namespace and the ClusterRoles themselves. */
async function checkNamespaceAndRolesRemoved(cluster: ClusterView): Promise<CheckStep[]> {
  const steps: CheckStep[] = [];
  const ns = await cluster.get('v1', 'Namespace', LAB_NAMESPACE);
  const phase = (ns?.status as { phase?: string } | undefined)?.phase;
  steps.push(
    step(
      `Namespace "${LAB_NAMESPACE}" is deleted`,
      ns === null,
      'not found',
      ns ? `still there (${phase ?? 'Active'})` : 'not found',
      phase === 'Terminating'
        ? 'It is being deleted; check again in a moment.'
        : `kubectl delete namespace ${LAB_NAMESPACE}`,
    ),
  );
  for (const { name } of CLUSTER_ROLES) {
    const role = await cluster.get('rbac.authorization.k8s.io/v1', 'ClusterRole', name);
    steps.push(
      step(
        `ClusterRole "${name}" is deleted`,
        role === null,
        'not found',
        role ? 'still there' : 'not found',
        'Cluster roles do not live in a namespace: delete them with kubectl delete -f $scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
      ),
    );
  }
  return steps;
}
