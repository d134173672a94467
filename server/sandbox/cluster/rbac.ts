/**
 * RBAC evaluation, as the API server's authorizer does it: the rules of every Role / ClusterRole
 * bound (by RoleBinding in the request's namespace, or by ClusterRoleBinding) to the user, one of
 * their groups, or their service account. Used when a request impersonates someone
 * (`kubectl … --as=…`) and for `kubectl auth can-i`; the learner themselves is cluster admin.
 */
import type { KubeObject } from '../runtime/process';
import type { ObjectStore } from '../store/object-store';
import { resource } from '../store/resources';

export type UserInfo = { name: string; groups: string[] };

export type Attributes = {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
};

type Rule = {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
};
type Subject = { kind: string; name: string; namespace?: string };

const ALL: Rule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'] };
const READ: Rule = { verbs: ['get', 'list', 'watch'], apiGroups: ['*'], resources: ['*'] };
/** The default ClusterRoles every cluster has, so bindings to them work without storing them. */
const BUILT_IN_CLUSTER_ROLES: Record<string, Rule[]> = {
  'cluster-admin': [ALL],
  admin: [ALL],
  edit: [{ ...ALL, apiGroups: ['', 'apps', 'networking.k8s.io'] }],
  view: [READ],
};

/** The identity and groups of a service account user, as its token would carry them. */
export function userFromName(name: string, groups: string[] = []): UserInfo {
  const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(name);
  const implied = sa ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : [];
  return { name, groups: [...new Set([...groups, ...implied, 'system:authenticated'])] };
}

function appliesTo(subject: Subject, user: UserInfo, bindingNamespace: string | undefined) {
  switch (subject.kind) {
    case 'User':
      return subject.name === user.name;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount':
      return (
        user.name ===
        `system:serviceaccount:${subject.namespace || bindingNamespace}:${subject.name}`
      );
    default:
      return false;
  }
}

const has = (list: string[] | undefined, value: string) =>
  !!list && (list.includes('*') || list.includes(value));

function ruleAllows(rule: Rule, a: Attributes) {
  if (!has(rule.verbs, a.verb) || !has(rule.apiGroups, a.group)) return false;
  const target = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const resources = rule.resources ?? [];
  const resourceOk =
    resources.includes('*') ||
    resources.includes(target) ||
    (a.subresource ? resources.includes(`*/${a.subresource}`) : false);
  if (!resourceOk) return false;
  if (rule.resourceNames?.length) return !!a.name && rule.resourceNames.includes(a.name);
  return true;
}

function rulesOf(
  store: ObjectStore,
  roleRef: { kind?: string; name?: string },
  namespace?: string,
): Rule[] {
  if (roleRef.kind === 'ClusterRole') {
    const stored = store.get(
      resource('clusterroles.rbac.authorization.k8s.io'),
      undefined,
      roleRef.name ?? '',
    );
    return stored
      ? ((stored.rules ?? []) as Rule[])
      : (BUILT_IN_CLUSTER_ROLES[roleRef.name ?? ''] ?? []);
  }
  const role = namespace
    ? store.get(resource('roles.rbac.authorization.k8s.io'), namespace, roleRef.name ?? '')
    : undefined;
  return (role?.rules ?? []) as Rule[];
}

function bindings(store: ObjectStore, namespace: string | undefined): KubeObject[] {
  const cluster = store.list(resource('clusterrolebindings.rbac.authorization.k8s.io'));
  const local = namespace
    ? store.list(resource('rolebindings.rbac.authorization.k8s.io'), namespace)
    : [];
  return [...cluster, ...local];
}

export function authorize(
  store: ObjectStore,
  user: UserInfo,
  a: Attributes,
): { allowed: boolean; reason: string } {
  if (user.groups.includes('system:masters'))
    return { allowed: true, reason: 'member of system:masters' };
  for (const b of bindings(store, a.namespace)) {
    const subjects = (b.subjects ?? []) as Subject[];
    if (!subjects.some((s) => appliesTo(s, user, b.metadata.namespace))) continue;
    const roleRef = (b.roleRef ?? {}) as { kind?: string; name?: string };
    if (rulesOf(store, roleRef, b.metadata.namespace).some((r) => ruleAllows(r, a))) {
      const kind = b.kind === 'RoleBinding' ? 'RoleBinding' : 'ClusterRoleBinding';
      const where = b.metadata.namespace
        ? ` of ${roleRef.kind} "${roleRef.name}" to ${b.metadata.namespace}`
        : ` of ClusterRole "${roleRef.name}"`;
      return { allowed: true, reason: `RBAC: allowed by ${kind} "${b.metadata.name}"${where}` };
    }
  }
  return { allowed: false, reason: '' };
}

/** The API server's wording when `user` may not do `a`. */
export function forbiddenMessage(user: UserInfo, a: Attributes): string {
  const target = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const named = a.name
    ? `${a.resource}${a.group ? `.${a.group}` : ''} "${a.name}"`
    : `${a.resource}${a.group ? `.${a.group}` : ''}`;
  const scope = a.namespace ? ` in the namespace "${a.namespace}"` : ' at the cluster scope';
  return `${named} is forbidden: User "${user.name}" cannot ${a.verb} resource "${target}" in API group "${a.group}"${scope}`;
}
