/**
 * The site's own access inside a learner namespace. Reading secrets and exec'ing into pods are
 * granted per namespace (a RoleBinding the site creates while provisioning) rather than
 * cluster-wide, so the site's identity can open a terminal or read a pull secret in learner
 * namespaces and nowhere else.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { createLearnerLabels, createSharedLabels, formatLearnerNamespace } from './labels';

export type ServiceAccountRef = { namespace: string; name: string };

/** The ClusterRole the site binds to itself inside each learner namespace. */
export const SITE_WORKSPACE_ROLE = 'workshop-site-in-workspace';

export function formatServiceAccountUser(account: ServiceAccountRef): string {
  return `system:serviceaccount:${account.namespace}:${account.name}`;
}

export function buildSiteWorkspaceRole(): ClusterObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: SITE_WORKSPACE_ROLE, labels: createSharedLabels() },
    rules: [
      // Checks confirm the lab's pull secret exists; the terminal and checks run commands in pods.
      { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] },
      { apiGroups: [''], resources: ['pods/exec'], verbs: ['create', 'get'] },
      { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
      // An evicted or exited workstation is replaced; only here, never cluster-wide.
      { apiGroups: [''], resources: ['pods'], verbs: ['delete'] },
    ],
  };
}

export function buildSiteRoleBinding(learnerId: string, site: ServiceAccountRef): ClusterObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: {
      name: 'workshop-site',
      namespace: formatLearnerNamespace(learnerId),
      labels: createLearnerLabels(learnerId),
    },
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: SITE_WORKSPACE_ROLE,
    },
    subjects: [{ kind: 'ServiceAccount', name: site.name, namespace: site.namespace }],
  };
}
