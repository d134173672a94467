/**
 * Idempotent writes for provisioning: create an object, or bring an existing one in line, and
 * delete objects that may already be gone. The address of an object comes from its kind, for the
 * kinds the site provisions.
 */
import type { ClusterConnection } from './connection';
import { createObject, deleteObject, getObject, replaceObject } from './objects';
import { ClusterApiError, type ClusterObject, type ResourceAddress } from './types';

const FIELD_MANAGER = 'k8s-security-workshop';

/** apiVersion/kind → plural resource and scope, for every kind the site provisions. */
const KINDS: Record<string, { resource: string; namespaced: boolean }> = {
  'v1/Namespace': { resource: 'namespaces', namespaced: false },
  'v1/ServiceAccount': { resource: 'serviceaccounts', namespaced: true },
  'v1/ConfigMap': { resource: 'configmaps', namespaced: true },
  'v1/Secret': { resource: 'secrets', namespaced: true },
  'v1/Pod': { resource: 'pods', namespaced: true },
  'v1/ResourceQuota': { resource: 'resourcequotas', namespaced: true },
  'v1/LimitRange': { resource: 'limitranges', namespaced: true },
  'rbac.authorization.k8s.io/v1/Role': { resource: 'roles', namespaced: true },
  'rbac.authorization.k8s.io/v1/RoleBinding': { resource: 'rolebindings', namespaced: true },
  'rbac.authorization.k8s.io/v1/ClusterRole': { resource: 'clusterroles', namespaced: false },
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': {
    resource: 'clusterrolebindings',
    namespaced: false,
  },
  'apps/v1/Deployment': { resource: 'deployments', namespaced: true },
  'apps/v1/ReplicaSet': { resource: 'replicasets', namespaced: true },
  'networking.k8s.io/v1/NetworkPolicy': { resource: 'networkpolicies', namespaced: true },
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': {
    resource: 'validatingadmissionpolicies',
    namespaced: false,
  },
  'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': {
    resource: 'validatingadmissionpolicybindings',
    namespaced: false,
  },
};

/** The resource behind a kind, for the kinds the site provisions and its checks read. */
export function findKindResource(
  apiVersion: string,
  kind: string,
): { group: string; version: string; resource: string; namespaced: boolean } | undefined {
  const known = KINDS[`${apiVersion}/${kind}`];
  if (!known) return undefined;
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  return { group, version, ...known };
}

/** Where an object lives in the API, from its apiVersion, kind, name and namespace. */
export function locateObject(object: ClusterObject): ResourceAddress {
  const known = findKindResource(object.apiVersion ?? '', object.kind ?? '');
  if (!known) {
    throw new Error(
      `no provisioning address is known for ${object.apiVersion ?? ''}/${object.kind ?? ''}`,
    );
  }
  const { group, version } = known;
  const name = object.metadata?.name;
  if (!name) throw new Error(`${object.kind ?? 'object'}: metadata.name: Required value`);
  const namespace = known.namespaced ? object.metadata?.namespace : undefined;
  if (known.namespaced && !namespace) {
    throw new Error(`${object.kind ?? 'object'} "${name}": metadata.namespace: Required value`);
  }
  return { group, version, resource: known.resource, namespace, name };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ClusterApiError && error.code === 404;
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof ClusterApiError && error.code === 409;
}

export type EnsureResult = 'created' | 'updated' | 'unchanged';

/**
 * Whether every value `desired` sets is already so in `actual`. Fields the server filled in
 * (defaults, status, managedFields) do not count as differences.
 */
export function containsDesired(actual: unknown, desired: unknown): boolean {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(actual) &&
      actual.length === desired.length &&
      desired.every((item, i) => containsDesired(actual[i], item))
    );
  }
  if (desired !== null && typeof desired === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(desired).every(([key, value]) => containsDesired(record[key], value));
  }
  return actual === desired;
}

/**
 * Creates the object, or, when it exists: leaves it (`keep`, for objects whose spec cannot change,
 * like pods) or, when it differs, replaces it with the desired content at the current
 * resourceVersion (`replace`). `replace` reads first, so an object that is already right needs no
 * write permission at all.
 */
export async function ensureObject(
  connection: ClusterConnection,
  desired: ClusterObject,
  onExisting: 'keep' | 'replace' = 'replace',
): Promise<EnsureResult> {
  const address = locateObject(desired);
  let current = onExisting === 'replace' ? await findObject(connection, address) : undefined;
  if (!current) {
    try {
      await createObject(connection, address, desired, { fieldManager: FIELD_MANAGER });
      return 'created';
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      if (onExisting === 'keep') return 'unchanged';
      current = await getObject(connection, address);
    }
  }
  if (containsDesired(current, desired)) return 'unchanged';
  const next: ClusterObject = {
    ...desired,
    metadata: { ...desired.metadata, resourceVersion: current.metadata?.resourceVersion },
  };
  await replaceObject(connection, address, next, { fieldManager: FIELD_MANAGER });
  return 'updated';
}

/** Deletes an object; `false` when it was already gone. */
export async function deleteIfPresent(
  connection: ClusterConnection,
  address: ResourceAddress,
): Promise<boolean> {
  try {
    await deleteObject(connection, address, { propagationPolicy: 'Background' });
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** Reads an object, or `undefined` when it does not exist. */
export async function findObject(
  connection: ClusterConnection,
  address: ResourceAddress,
): Promise<ClusterObject | undefined> {
  try {
    return await getObject(connection, address);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
