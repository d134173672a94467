/**
 * Reviews the RBAC objects a cluster holds for what they grant one learner's identity, without a
 * cluster: the evaluation RBAC itself would do for "which bindings name this subject, and where".
 * It does not expand the rules of the roles bound (the `admin` role is the cluster's own); it proves
 * the property that matters for isolation: every grant to the learner is namespaced to their
 * namespace, and none is cluster-wide. Bindings to groups every identity belongs to (a real
 * cluster's discovery and self-review roles) are listed but are not the learner's own access.
 */
import type { ClusterObject } from '@/server/cluster/types';

export type Subject = { kind?: string; name?: string; namespace?: string; apiGroup?: string };

export type AccessGrant = {
  binding: string;
  bindingKind: 'RoleBinding' | 'ClusterRoleBinding';
  /** The namespace the grant applies in; undefined for a cluster-wide grant. */
  namespace: string | undefined;
  roleKind: string;
  roleName: string;
  /** Set when the grant reaches the learner only as a member of everyone (`system:authenticated`). */
  sharedWithEveryone: boolean;
};

export type AccessReview = {
  serviceAccount: string;
  grants: AccessGrant[];
  /** Human-readable reasons the identity reaches beyond its namespace; empty when it does not. */
  problems: string[];
};

const allServiceAccounts = 'system:serviceaccounts';
const authenticated = ['system:authenticated', allServiceAccounts];

/** Whether a binding subject names the given service account (directly or by one of its groups). */
export function matchesServiceAccount(
  subject: Subject,
  bindingNamespace: string | undefined,
  account: { namespace: string; name: string },
): boolean {
  if (subject.kind === 'ServiceAccount') {
    // A RoleBinding may leave a service account subject's namespace empty: it means its own.
    const namespace = subject.namespace || bindingNamespace;
    return subject.name === account.name && namespace === account.namespace;
  }
  if (subject.kind === 'User') {
    return subject.name === `system:serviceaccount:${account.namespace}:${account.name}`;
  }
  if (subject.kind === 'Group') {
    return (
      authenticated.includes(subject.name ?? '') ||
      subject.name === `${allServiceAccounts}:${account.namespace}`
    );
  }
  return false;
}

/** Lists what the bindings grant the service account, and every grant that escapes its namespace. */
export function reviewServiceAccountAccess(
  bindings: ClusterObject[],
  account: { namespace: string; name: string },
): AccessReview {
  const grants: AccessGrant[] = [];
  const problems: string[] = [];
  for (const binding of bindings) {
    if (binding.kind !== 'RoleBinding' && binding.kind !== 'ClusterRoleBinding') continue;
    const subjects = (binding.subjects as Subject[] | undefined) ?? [];
    const namespace = binding.kind === 'RoleBinding' ? binding.metadata?.namespace : undefined;
    const matching = subjects.filter((s) => matchesServiceAccount(s, namespace, account));
    if (matching.length === 0) continue;
    const roleRef = (binding.roleRef as { kind?: string; name?: string } | undefined) ?? {};
    const grant: AccessGrant = {
      binding: binding.metadata?.name ?? '',
      bindingKind: binding.kind,
      namespace,
      roleKind: roleRef.kind ?? '',
      roleName: roleRef.name ?? '',
      sharedWithEveryone: matching.every(
        (s) => s.kind === 'Group' && authenticated.includes(s.name ?? ''),
      ),
    };
    grants.push(grant);
    if (grant.sharedWithEveryone) continue;
    if (grant.bindingKind === 'ClusterRoleBinding') {
      problems.push(
        `clusterrolebinding "${grant.binding}" grants clusterrole "${grant.roleName}" in every namespace`,
      );
    } else if (grant.namespace !== account.namespace) {
      problems.push(
        `rolebinding "${grant.binding}" in namespace "${grant.namespace ?? ''}" grants ${grant.roleKind.toLowerCase()} "${grant.roleName}" outside namespace "${account.namespace}"`,
      );
    }
  }
  return {
    serviceAccount: `system:serviceaccount:${account.namespace}:${account.name}`,
    grants,
    problems,
  };
}
