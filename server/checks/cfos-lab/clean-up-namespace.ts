/**
 * Clean-up in a learner namespace of a shared cluster. The learner may not delete their namespace
 * (the workshop does when the session ends) nor the ClusterRoles (the workshop provides them to
 * everyone), so the task is done when the lab's own objects are gone from the namespace.
 */
import { formatLabCleanUpCommand } from '@/server/workspace/cluster-commands';
import { step } from '../step';
import type { CheckStep, ClusterView, KubeObject } from '../types';
import {
  CLUSTER_ROLES,
  DEPLOYMENT,
  LAB_NAMESPACE,
  POD_LABEL,
  PULL_SECRET,
  SERVICE_ACCOUNT,
} from './constants';

const RBAC = 'rbac.authorization.k8s.io/v1';
const SERVICE_ACCOUNT_FILE =
  '$scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml';

const isTerminating = (o: KubeObject) => Boolean(o.metadata?.deletionTimestamp);

function gone(name: string, found: KubeObject | null, hint: string): CheckStep {
  return step(
    name,
    found === null,
    'not found',
    !found ? 'not found' : isTerminating(found) ? 'being deleted' : 'still there',
    found && isTerminating(found) ? 'It is being deleted; check again in a moment.' : hint,
  );
}

export async function checkLabObjectsRemoved(cluster: ClusterView): Promise<CheckStep[]> {
  const [namespace, deployment, pods, secret, serviceAccount, ...bindings] = await Promise.all([
    cluster.get('v1', 'Namespace', LAB_NAMESPACE),
    cluster.get('apps/v1', 'Deployment', DEPLOYMENT, LAB_NAMESPACE),
    cluster.list('v1', 'Pod', { namespace: LAB_NAMESPACE, labelSelector: POD_LABEL }),
    cluster.get('v1', 'Secret', PULL_SECRET, LAB_NAMESPACE),
    cluster.get('v1', 'ServiceAccount', SERVICE_ACCOUNT, LAB_NAMESPACE),
    ...CLUSTER_ROLES.map(({ binding }) => cluster.get(RBAC, 'RoleBinding', binding, LAB_NAMESPACE)),
  ]);
  // Hints name the learner's namespace, as the lesson's clean-up step shows it to them.
  const ns = namespace?.metadata?.name ?? LAB_NAMESPACE;
  const deleteObjects = formatLabCleanUpCommand(ns);
  const deleteFromFile = `kubectl delete -f ${SERVICE_ACCOUNT_FILE} -n ${ns}`;

  const steps = [gone(`Deployment "${DEPLOYMENT}" is deleted`, deployment, deleteObjects)];
  const leaving = pods.every(isTerminating);
  steps.push(
    step(
      `No cFOS pod (${POD_LABEL}) is left`,
      pods.length === 0,
      'none',
      pods.length === 0
        ? 'none'
        : `${pods.length} ${leaving ? 'being deleted' : 'still there'}: ${pods
            .map((p) => p.metadata?.name ?? '?')
            .join(', ')}`,
      leaving
        ? 'Deleting the Deployment removes its pods; check again in a moment.'
        : deleteObjects,
    ),
    gone(`Secret "${PULL_SECRET}" is deleted`, secret, deleteObjects),
    gone(`ServiceAccount "${SERVICE_ACCOUNT}" is deleted`, serviceAccount, deleteFromFile),
  );
  for (const [index, { binding }] of CLUSTER_ROLES.entries()) {
    steps.push(
      gone(`RoleBinding "${binding}" is deleted`, bindings[index] ?? null, deleteFromFile),
    );
  }
  return steps;
}
