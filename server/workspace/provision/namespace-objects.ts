/**
 * The objects that make a namespace a learner's workspace: the namespace itself (with Pod Security
 * labels that warn and audit at `restricted`), the learner's service account bound to `admin` in
 * that namespace only, and the quota and default limits that keep one learner from starving others.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { LEARNER_SERVICE_ACCOUNT, createLearnerLabels, formatLearnerNamespace } from './labels';
import type { WorkspaceQuota } from './types';

/**
 * Pod Security admission: `restricted` is reported (warn + audit) but not enforced, because the
 * lab's firewall legitimately needs root and NET_ADMIN; the admission policy enforces the limits.
 */
export const POD_SECURITY_LABELS: Record<string, string> = {
  'pod-security.kubernetes.io/warn': 'restricted',
  'pod-security.kubernetes.io/warn-version': 'latest',
  'pod-security.kubernetes.io/audit': 'restricted',
  'pod-security.kubernetes.io/audit-version': 'latest',
};

export function buildNamespace(learnerId: string): ClusterObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: formatLearnerNamespace(learnerId),
      labels: { ...createLearnerLabels(learnerId), ...POD_SECURITY_LABELS },
    },
  };
}

export function buildLearnerServiceAccount(learnerId: string): ClusterObject {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: LEARNER_SERVICE_ACCOUNT,
      namespace: formatLearnerNamespace(learnerId),
      labels: createLearnerLabels(learnerId),
    },
  };
}

/** A RoleBinding (never a ClusterRoleBinding): `admin` applies inside this namespace only. */
export function buildLearnerRoleBinding(learnerId: string): ClusterObject {
  const namespace = formatLearnerNamespace(learnerId);
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'learner-admin', namespace, labels: createLearnerLabels(learnerId) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' },
    subjects: [{ kind: 'ServiceAccount', name: LEARNER_SERVICE_ACCOUNT, namespace }],
  };
}

export function buildResourceQuota(learnerId: string, quota: WorkspaceQuota): ClusterObject {
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: {
      name: 'learner-quota',
      namespace: formatLearnerNamespace(learnerId),
      labels: createLearnerLabels(learnerId),
    },
    spec: {
      hard: {
        pods: String(quota.pods),
        'requests.cpu': quota.requestsCpu,
        'requests.memory': quota.requestsMemory,
        'limits.cpu': quota.limitsCpu,
        'limits.memory': quota.limitsMemory,
        // No node ports, load balancers or volumes: a learner's space reaches nothing outside.
        'services.nodeports': '0',
        'services.loadbalancers': '0',
        persistentvolumeclaims: '0',
        configmaps: '20',
        secrets: '20',
        services: '5',
      },
    },
  };
}

/** Defaults let the lab's pods (which set no resources) fit under the quota. */
export function buildLimitRange(learnerId: string): ClusterObject {
  return {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: {
      name: 'learner-limits',
      namespace: formatLearnerNamespace(learnerId),
      labels: createLearnerLabels(learnerId),
    },
    spec: {
      limits: [
        {
          type: 'Container',
          default: { cpu: '500m', memory: '256Mi' },
          defaultRequest: { cpu: '50m', memory: '64Mi' },
          max: { cpu: '1', memory: '1Gi' },
        },
      ],
    },
  };
}
