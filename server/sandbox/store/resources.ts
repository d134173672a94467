/**
 * The table of resource types the sandbox serves: names, scope, short names and subresources.
 * Discovery, routing, the store and the OpenAPI answer all read this one table.
 */

export type ResourceInfo = {
  group: string;
  version: string;
  /** Plural, lower case: the path segment (`pods`). */
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: readonly string[];
  categories: readonly string[];
  subresources: readonly string[];
  /** Whether spec changes bump `metadata.generation`. */
  generation: boolean;
  /** Whether `status` is a subresource (writes to the main resource ignore status, and back). */
  statusSubresource: boolean;
  /** A request-only resource (access reviews): created and answered, never stored. */
  virtual: boolean;
};

type Spec = Partial<ResourceInfo> & Pick<ResourceInfo, 'plural' | 'kind'>;

function define(group: string, version: string, specs: Spec[]): ResourceInfo[] {
  return specs.map((s) => ({
    group,
    version,
    singular: s.kind.toLowerCase(),
    namespaced: true,
    shortNames: [],
    categories: [],
    subresources: [],
    generation: false,
    statusSubresource: false,
    virtual: false,
    ...s,
  }));
}

const ALL = ['all'];

export const RESOURCES: readonly ResourceInfo[] = [
  ...define('', 'v1', [
    {
      plural: 'namespaces',
      kind: 'Namespace',
      namespaced: false,
      shortNames: ['ns'],
      subresources: ['finalize', 'status'],
      statusSubresource: true,
    },
    { plural: 'secrets', kind: 'Secret' },
    {
      plural: 'serviceaccounts',
      kind: 'ServiceAccount',
      shortNames: ['sa'],
      subresources: ['token'],
    },
    { plural: 'configmaps', kind: 'ConfigMap', shortNames: ['cm'] },
    {
      plural: 'pods',
      kind: 'Pod',
      shortNames: ['po'],
      categories: ALL,
      subresources: ['exec', 'log', 'status'],
      statusSubresource: true,
    },
    {
      plural: 'services',
      kind: 'Service',
      shortNames: ['svc'],
      categories: ALL,
      subresources: ['status'],
      statusSubresource: true,
    },
    {
      plural: 'resourcequotas',
      kind: 'ResourceQuota',
      shortNames: ['quota'],
      subresources: ['status'],
      statusSubresource: true,
    },
    { plural: 'limitranges', kind: 'LimitRange', shortNames: ['limits'] },
    { plural: 'events', kind: 'Event', shortNames: ['ev'] },
  ]),
  ...define('apps', 'v1', [
    {
      plural: 'deployments',
      kind: 'Deployment',
      shortNames: ['deploy'],
      categories: ALL,
      subresources: ['scale', 'status'],
      generation: true,
      statusSubresource: true,
    },
    {
      plural: 'replicasets',
      kind: 'ReplicaSet',
      shortNames: ['rs'],
      categories: ALL,
      subresources: ['scale', 'status'],
      generation: true,
      statusSubresource: true,
    },
  ]),
  ...define('rbac.authorization.k8s.io', 'v1', [
    { plural: 'roles', kind: 'Role' },
    { plural: 'clusterroles', kind: 'ClusterRole', namespaced: false },
    { plural: 'rolebindings', kind: 'RoleBinding' },
    { plural: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
  ]),
  ...define('networking.k8s.io', 'v1', [
    { plural: 'networkpolicies', kind: 'NetworkPolicy', shortNames: ['netpol'], generation: true },
  ]),
  ...define('admissionregistration.k8s.io', 'v1', [
    {
      plural: 'validatingadmissionpolicies',
      kind: 'ValidatingAdmissionPolicy',
      namespaced: false,
      subresources: ['status'],
      generation: true,
      statusSubresource: true,
    },
    {
      plural: 'validatingadmissionpolicybindings',
      kind: 'ValidatingAdmissionPolicyBinding',
      namespaced: false,
      generation: true,
    },
  ]),
  ...define('authorization.k8s.io', 'v1', [
    {
      plural: 'selfsubjectaccessreviews',
      kind: 'SelfSubjectAccessReview',
      namespaced: false,
      virtual: true,
    },
  ]),
  ...define('authentication.k8s.io', 'v1', [
    { plural: 'selfsubjectreviews', kind: 'SelfSubjectReview', namespaced: false, virtual: true },
  ]),
];

/** `pods`, `deployments.apps`: the key the store files objects under, and the name errors use. */
export function qualifiedName(r: ResourceInfo): string {
  return r.group ? `${r.plural}.${r.group}` : r.plural;
}

export function apiVersionOf(r: ResourceInfo): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

const byKey = new Map(RESOURCES.map((r) => [qualifiedName(r), r]));
const byKind = new Map(RESOURCES.map((r) => [`${apiVersionOf(r)}/${r.kind}`, r]));

/** Finds a resource by its plural and group, as a URL names it. */
export function findResource(group: string, version: string, plural: string) {
  const r = byKey.get(group ? `${plural}.${group}` : plural);
  return r && r.version === version ? r : undefined;
}

/** Finds a resource by apiVersion and kind, as an object names itself. */
export function findResourceByKind(apiVersion: string, kind: string) {
  return byKind.get(`${apiVersion}/${kind}`);
}

/** Shorthand for code that knows the resource exists (controllers). */
export function resource(key: string): ResourceInfo {
  const r = byKey.get(key);
  if (!r) throw new Error(`unknown resource ${key}`);
  return r;
}

/** Group-versions in serving order (core first). */
export function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const r of RESOURCES) seen.set(apiVersionOf(r), { group: r.group, version: r.version });
  return [...seen.values()];
}
