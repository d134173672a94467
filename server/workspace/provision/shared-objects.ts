/**
 * Cluster-scoped objects the site provides once for everyone: the lesson's ClusterRoles (learners
 * only bind them inside their namespace) and the admission policies with their bindings. The same
 * list is shipped as a manifest in deploy/, so an operator can apply it with cluster-admin rights
 * and the site itself needs no right to create roles.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { createSharedLabels } from './labels';
import { GUARD_POLICY_NAME, buildGuardPolicy } from './guard-policy';
import { POD_POLICY_NAME, buildPodPolicy, buildPolicyBinding } from './pod-policy';
import { buildSiteWorkspaceRole, type ServiceAccountRef } from './site-access';
import { buildSiteScopeBinding, buildSiteScopePolicy } from './site-scope-policy';

/** The seed lesson's cluster roles: read-only access to one kind each. */
export const LESSON_CLUSTER_ROLES = [
  { name: 'configmap-reader', resource: 'configmaps' },
  { name: 'secrets-reader', resource: 'secrets' },
] as const;

export function buildLessonClusterRoles(): ClusterObject[] {
  return LESSON_CLUSTER_ROLES.map(({ name, resource }) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name, labels: createSharedLabels() },
    rules: [{ apiGroups: [''], resources: [resource], verbs: ['get', 'watch', 'list'] }],
  }));
}

/**
 * Everything cluster-wide, in the order it must be created (a binding after its policy). With the
 * site's service account (when the site runs in the cluster) this adds the role the site holds in
 * learner namespaces and the policy that fences the site to them.
 */
export function buildSharedObjects(site?: ServiceAccountRef): ClusterObject[] {
  const objects = [
    ...buildLessonClusterRoles(),
    buildPodPolicy(),
    buildPolicyBinding(POD_POLICY_NAME),
    buildGuardPolicy(),
    buildPolicyBinding(GUARD_POLICY_NAME),
  ];
  if (site) {
    objects.push(buildSiteWorkspaceRole(), buildSiteScopePolicy(site), buildSiteScopeBinding());
  }
  return objects;
}
