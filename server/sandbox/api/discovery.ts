/**
 * Legacy JSON discovery (`/api`, `/apis`, `/apis/<group>`, and one APIResourceList per
 * group-version) built once from the resource table: short names, categories, verbs, scope and
 * subresources, which is what kubectl needs to map `po`, `deploy` or `all` to paths.
 */
import { RESOURCES, apiVersionOf, groupVersions } from '../store/resources';

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const SUBRESOURCE_VERBS: Record<string, string[]> = {
  exec: ['create', 'get'],
  log: ['get'],
  status: ['get', 'patch', 'update'],
  scale: ['get', 'patch', 'update'],
  finalize: ['update'],
  token: ['create'],
};
const SUBRESOURCE_KIND: Record<string, { group?: string; version?: string; kind: string }> = {
  exec: { kind: 'PodExecOptions' },
  log: { kind: 'Pod' },
  scale: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
  token: { group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' },
};

export const SERVER_ADDRESS = [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }];

function preferred(group: string) {
  const gv = groupVersions().find((g) => g.group === group)!;
  return { groupVersion: `${group}/${gv.version}`, version: gv.version };
}

export function apiVersionsDoc() {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: SERVER_ADDRESS };
}

export function apiGroupDoc(group: string) {
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: group,
    versions: [preferred(group)],
    preferredVersion: preferred(group),
  };
}

export function apiGroupListDoc() {
  const groups = groupVersions()
    .filter((gv) => gv.group)
    .map((gv) => {
      const { kind: _k, apiVersion: _v, ...rest } = apiGroupDoc(gv.group);
      return rest;
    });
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

export function resourceListDoc(group: string, version: string) {
  const list = RESOURCES.filter((r) => r.group === group && r.version === version);
  const resources = list.flatMap((r) => [
    {
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.virtual
        ? ['create']
        : r.kind === 'Namespace'
          ? VERBS.filter((v) => v !== 'deletecollection')
          : VERBS,
      ...(r.shortNames.length ? { shortNames: [...r.shortNames] } : {}),
      ...(r.categories.length ? { categories: [...r.categories] } : {}),
      storageVersionHash: '',
    },
    ...r.subresources.map((sub) => ({
      name: `${r.plural}/${sub}`,
      singularName: '',
      namespaced: r.namespaced,
      ...(SUBRESOURCE_KIND[sub]?.group
        ? { group: SUBRESOURCE_KIND[sub].group, version: SUBRESOURCE_KIND[sub].version }
        : {}),
      kind: SUBRESOURCE_KIND[sub]?.kind ?? r.kind,
      verbs: SUBRESOURCE_VERBS[sub] ?? ['get'],
    })),
  ]);
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: apiVersionOf(list[0]!),
    resources,
  };
}
