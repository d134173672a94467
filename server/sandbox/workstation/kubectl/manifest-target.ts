/**
 * Where a manifest goes: its resource (from apiVersion + kind), namespace (its own, else -n or
 * the default; none for cluster-scoped kinds) and name, with kubectl's errors when it cannot.
 */
import type { ClusterObject, ResourceAddress } from '@/server/cluster/types';
import type { KubectlContext } from './context';
import { KubectlError } from './errors';
import type { Manifest } from './manifests';
import { addressOf, findResourceForKind, formatKindName, type ApiResource } from './resources';

export type ManifestTarget = {
  manifest: Manifest;
  resource: ApiResource;
  namespace: string | undefined;
  name: string;
  /** Address of the object itself. */
  address: ResourceAddress;
  /** The object as it will be sent (namespace filled in). */
  body: ClusterObject;
  /** `deployment.apps/x`, as kubectl prints results. */
  displayName: string;
};

/** Resolves a manifest, or throws kubectl's error for it. */
export async function resolveManifestTarget(
  ctx: KubectlContext,
  manifest: Manifest,
  options: { requireName?: boolean } = {},
): Promise<ManifestTarget> {
  const { object, source } = manifest;
  const name = object.metadata.name ?? '';
  const resource = findResourceForKind(await ctx.resources(), object.apiVersion, object.kind);
  const ownNamespace = object.metadata.namespace as string | undefined;
  if (!resource) {
    throw new KubectlError(
      `error: resource mapping not found for name: "${name}" namespace: "${ownNamespace ?? (ctx.namespaceExplicit ? ctx.namespace : '')}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`,
    );
  }
  if ((options.requireName ?? true) && !name) {
    throw new KubectlError(
      `error: error when retrieving current configuration of:\nResource: "${resource.group ? `${resource.group}/${resource.version}, Resource=${resource.resource}` : `/${resource.version}, Resource=${resource.resource}`}", GroupVersionKind: "${resource.group ? `${resource.group}/` : '/'}${resource.version}, Kind=${resource.kind}"\nName: "", Namespace: "${ctx.namespace}"\nfrom server for: "${source}": resource name may not be empty`,
    );
  }
  let namespace: string | undefined;
  if (resource.namespaced) {
    if (ownNamespace && ctx.namespaceExplicit && ownNamespace !== ctx.namespace) {
      throw new KubectlError(
        `error: the namespace from the provided object "${ownNamespace}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${ownNamespace}' to perform this operation.`,
      );
    }
    namespace = ownNamespace || ctx.namespace;
  }
  const metadata = { ...object.metadata };
  if (namespace) metadata.namespace = namespace;
  else delete metadata.namespace;
  return {
    manifest,
    resource,
    namespace,
    name,
    address: addressOf(resource, namespace, name),
    body: { ...object, metadata },
    displayName: `${formatKindName(resource)}/${name}`,
  };
}
