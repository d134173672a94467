/**
 * Generic CRUD on any resource of any cluster: the verbs kubectl, checks and the site use.
 * Objects go in and come out as plain JSON; API errors surface as `ClusterApiError`.
 */
import type { ClusterConnection } from './connection';
import { sendClusterRequest } from './request';
import { readJsonResponse } from './status';
import type { ClusterList, ClusterObject, ResourceAddress } from './types';

export type ListOptions = {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  resourceVersion?: string;
};

export type WriteOptions = {
  /** Recorded in managedFields, like kubectl's `kubectl-create` / `kubectl-client-side-apply`. */
  fieldManager?: string;
  /** `All` for a server-side dry run. */
  dryRun?: 'All';
  /** `Strict` asks the server to reject unknown fields; `Ignore` skips that. */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
};

export type PatchType = 'strategic' | 'merge' | 'json';

const patchContentTypes: Record<PatchType, string> = {
  strategic: 'application/strategic-merge-patch+json',
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
};

/** The Accept header that asks for server-side printing (a meta.k8s.io Table). */
export const tableAccept =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

/** Builds the REST path of a resource address. */
export function formatResourcePath(address: ResourceAddress): string {
  const root = address.group
    ? `/apis/${address.group}/${address.version}`
    : `/api/${address.version}`;
  const parts = [root];
  if (address.namespace) parts.push('namespaces', encodeURIComponent(address.namespace));
  parts.push(address.resource);
  if (address.name !== undefined) parts.push(encodeURIComponent(address.name));
  if (address.subresource) parts.push(address.subresource);
  return parts.join('/');
}

function writeQuery(options: WriteOptions = {}) {
  return {
    fieldManager: options.fieldManager,
    dryRun: options.dryRun,
    fieldValidation: options.fieldValidation,
  };
}

/** Reads one object. */
export async function getObject(
  connection: ClusterConnection,
  address: ResourceAddress,
): Promise<ClusterObject> {
  const response = await sendClusterRequest(connection, {
    method: 'GET',
    path: formatResourcePath(address),
  });
  return readJsonResponse<ClusterObject>(response);
}

/** Lists objects (one namespace, or all when `address.namespace` is unset). */
export async function listObjects(
  connection: ClusterConnection,
  address: ResourceAddress,
  options: ListOptions = {},
): Promise<ClusterList> {
  const response = await sendClusterRequest(connection, {
    method: 'GET',
    path: formatResourcePath(address),
    query: { ...options },
  });
  const list = readJsonResponse<ClusterList>(response);
  return { ...list, items: list.items ?? [] };
}

/**
 * Asks for server-side printing of one object or a list. Returns whatever the server answered:
 * a `Table` when it supports it, else the plain object or list (the caller prints it itself).
 */
export async function getObjectTable(
  connection: ClusterConnection,
  address: ResourceAddress,
  options: ListOptions & { includeObject?: 'None' | 'Metadata' | 'Object' } = {},
): Promise<ClusterObject> {
  const { includeObject, ...list } = options;
  const response = await sendClusterRequest(connection, {
    method: 'GET',
    path: formatResourcePath(address),
    query: { ...list, includeObject },
    accept: tableAccept,
  });
  return readJsonResponse<ClusterObject>(response);
}

/** Creates an object (POST to the collection). */
export async function createObject(
  connection: ClusterConnection,
  address: ResourceAddress,
  body: ClusterObject,
  options?: WriteOptions,
): Promise<ClusterObject> {
  const response = await sendClusterRequest(connection, {
    method: 'POST',
    path: formatResourcePath({ ...address, name: undefined }),
    query: writeQuery(options),
    body,
  });
  return readJsonResponse<ClusterObject>(response);
}

/** Replaces an object (PUT); the body's resourceVersion guards against lost updates. */
export async function replaceObject(
  connection: ClusterConnection,
  address: ResourceAddress,
  body: ClusterObject,
  options?: WriteOptions,
): Promise<ClusterObject> {
  const response = await sendClusterRequest(connection, {
    method: 'PUT',
    path: formatResourcePath(address),
    query: writeQuery(options),
    body,
  });
  return readJsonResponse<ClusterObject>(response);
}

/** Patches an object with a strategic-merge, JSON-merge or JSON patch. */
export async function patchObject(
  connection: ClusterConnection,
  address: ResourceAddress,
  patch: unknown,
  type: PatchType,
  options?: WriteOptions,
): Promise<ClusterObject> {
  const response = await sendClusterRequest(connection, {
    method: 'PATCH',
    path: formatResourcePath(address),
    query: writeQuery(options),
    body: patch,
    contentType: patchContentTypes[type],
  });
  return readJsonResponse<ClusterObject>(response);
}

/** Deletes an object; answers with the object as it was (or a Status). */
export async function deleteObject(
  connection: ClusterConnection,
  address: ResourceAddress,
  options: { propagationPolicy?: 'Background' | 'Foreground' | 'Orphan'; dryRun?: 'All' } = {},
): Promise<ClusterObject> {
  const response = await sendClusterRequest(connection, {
    method: 'DELETE',
    path: formatResourcePath(address),
    query: { dryRun: options.dryRun },
    body: { propagationPolicy: options.propagationPolicy ?? 'Background' },
  });
  return readJsonResponse<ClusterObject>(response);
}
