/**
 * Resource names as kubectl understands them (`po`, `pods`, `Pod`, `deploy`, `deployment.apps`,
 * `deployments.v1.apps`), resolved against the server's discovery, which is cached briefly.
 */
import { discoverResources, type ApiResource } from '@/server/cluster/discovery';
import type { ClusterConnection } from '@/server/cluster/connection';
import type { ResourceAddress } from '@/server/cluster/types';
import { KubectlError } from './errors';

export type { ApiResource };

const cacheTtlMs = 30_000;
const cache = new Map<string, { at: number; resources: Promise<ApiResource[]> }>();

function cacheKey(connection: ClusterConnection): string {
  return 'kubeconfig' in connection
    ? connection.kubeconfig
    : `${connection.server}|${connection.token}`;
}

/** Discovery for a connection, shared between invocations for a short while. */
export function loadResources(connection: ClusterConnection): Promise<ApiResource[]> {
  const key = cacheKey(connection);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < cacheTtlMs) return hit.resources;
  const resources = discoverResources(connection);
  cache.set(key, { at: Date.now(), resources });
  resources.catch(() => cache.delete(key));
  return resources;
}

/** Forgets cached discovery (tests, or after a CRD change). */
export function clearResourceCache() {
  cache.clear();
}

/** Finds the resource a user typed, among preferred versions; null when unknown. */
export function findResource(resources: ApiResource[], typed: string): ApiResource | null {
  const top = resources.filter((r) => !r.resource.includes('/'));
  const lower = typed.toLowerCase();
  const [name, ...groupParts] = lower.split('.');
  const candidates = (group: string | null, version: string | null) =>
    top.filter(
      (r) =>
        (group === null ? true : r.group === group) &&
        (version === null ? r.preferred : r.version === version),
    );
  const match = (pool: ApiResource[], word: string) =>
    pool.find((r) => r.resource === word) ??
    pool.find((r) => r.singularName === word) ??
    pool.find((r) => r.shortNames.includes(word)) ??
    pool.find((r) => r.kind.toLowerCase() === word);
  if (groupParts.length === 0) {
    // Core group first, as kubectl's priority RESTMapper prefers it.
    const pool = candidates(null, null).sort(
      (a, b) => Number(a.group !== '') - Number(b.group !== ''),
    );
    return match(pool, lower) ?? null;
  }
  const rest = groupParts.join('.');
  const versioned = /^(v\d+(?:(?:alpha|beta)\d+)?)\.(.*)$/.exec(rest);
  if (versioned) {
    const found = match(candidates(versioned[2]!, versioned[1]!), name!);
    if (found) return found;
  }
  return match(candidates(rest, null), name!) ?? null;
}

/** Like `findResource`, but fails with kubectl's message. */
export function requireResource(resources: ApiResource[], typed: string): ApiResource {
  const found = findResource(resources, typed);
  if (!found) throw new KubectlError(`error: the server doesn't have a resource type "${typed}"`);
  return found;
}

/**
 * Resolves a typed name to resources: one resource, or every resource in a category such as
 * `all` (in discovery order), or fails with kubectl's message.
 */
export function expandResourceType(resources: ApiResource[], typed: string): ApiResource[] {
  const found = findResource(resources, typed);
  if (found) return [found];
  const members = resources.filter(
    (r) => r.preferred && !r.resource.includes('/') && r.categories.includes(typed.toLowerCase()),
  );
  if (members.length > 0) return members;
  throw new KubectlError(`error: the server doesn't have a resource type "${typed}"`);
}

/** Finds the resource serving a manifest's apiVersion + kind. */
export function findResourceForKind(
  resources: ApiResource[],
  apiVersion: string,
  kind: string,
): ApiResource | null {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return (
    resources.find(
      (r) =>
        r.group === group && r.version === version && r.kind === kind && !r.resource.includes('/'),
    ) ?? null
  );
}

/** `deployment.apps`, `namespace`: how kubectl names a kind in its messages. */
export function formatKindName(resource: Pick<ApiResource, 'kind' | 'group'>): string {
  const kind = resource.kind.toLowerCase();
  return resource.group ? `${kind}.${resource.group}` : kind;
}

/** `deployments.apps`, `namespaces`: the plural form used in server messages. */
export function formatGroupResource(resource: Pick<ApiResource, 'resource' | 'group'>): string {
  return resource.group ? `${resource.resource}.${resource.group}` : resource.resource;
}

/** The REST address of a resource, in a namespace when it is namespaced. */
export function addressOf(
  resource: ApiResource,
  namespace: string | undefined,
  name?: string,
): ResourceAddress {
  return {
    group: resource.group,
    version: resource.version,
    resource: resource.resource,
    namespace: resource.namespaced ? namespace : undefined,
    name,
  };
}
