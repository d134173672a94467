/**
 * Writes to a cluster with everything a real API server does around them: admission, defaults,
 * limits, names from generateName, namespace termination and dependent clean-up. The HTTP API
 * and the controllers both write through here, so a learner and a controller meet the same rules.
 */
import type { KubeObject } from '../runtime/process';
import { cloneObject, formatTime } from '../store/object-store';
import { resource, type ResourceInfo } from '../store/resources';
import type { Cluster } from './cluster';
import { applyDefaults } from './defaults';
import { checkLimits } from './limits';
import { admitPodServiceAccount, checkDeletable, checkNamespaceOpen } from './admission';

export type WriteOptions = {
  dryRun?: boolean;
  /** Learner writes count against every limit; controller writes only against the pod limit. */
  enforceLimits?: boolean;
};

const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function randomName(length = 5): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => NAME_ALPHABET[b % NAME_ALPHABET.length]).join('');
}

function sizeOf(obj: KubeObject) {
  return JSON.stringify(obj).length;
}

export function createObject(
  cluster: Cluster,
  r: ResourceInfo,
  input: KubeObject,
  options: WriteOptions = {},
): KubeObject {
  const obj = cloneObject(input);
  checkNamespaceOpen(cluster.store, r, obj);
  applyDefaults(obj);
  if (r.plural === 'pods') admitPodServiceAccount(cluster.store, obj);
  const displayName = obj.metadata.name || String(obj.metadata.generateName ?? '');
  if (options.enforceLimits || r.plural === 'pods') {
    checkLimits(
      cluster.store,
      cluster.limits,
      r,
      displayName,
      options.enforceLimits ? sizeOf(obj) : 0,
      true,
    );
  }
  if (!obj.metadata.name && obj.metadata.generateName) {
    obj.metadata.name = `${obj.metadata.generateName}${randomName()}`;
  }
  if (options.dryRun) {
    obj.metadata.uid = globalThis.crypto.randomUUID();
    obj.metadata.creationTimestamp = formatTime(cluster.now());
    return obj;
  }
  return cluster.store.create(r, obj);
}

export function updateObject(
  cluster: Cluster,
  r: ResourceInfo,
  input: KubeObject,
  options: WriteOptions & { expectedVersion?: string } = {},
): KubeObject {
  const obj = cloneObject(input);
  const current = cluster.store.mustGet(r, obj.metadata.namespace, obj.metadata.name);
  applyDefaults(obj);
  if (options.enforceLimits) {
    const growth = sizeOf(obj) - sizeOf(current);
    checkLimits(cluster.store, cluster.limits, r, obj.metadata.name, growth, false);
  }
  if (options.dryRun) return obj;
  return cluster.store.update(r, obj, options.expectedVersion);
}

export type DeleteOptions = { dryRun?: boolean; propagationPolicy?: string };

/**
 * Deletes an object. A namespace is only marked Terminating here; the namespace controller
 * empties it and then removes it. With `Orphan`, dependents lose their owner reference instead
 * of being collected.
 */
export function deleteObject(
  cluster: Cluster,
  r: ResourceInfo,
  namespace: string | undefined,
  name: string,
  options: DeleteOptions = {},
): KubeObject {
  const store = cluster.store;
  const current = store.mustGet(r, namespace, name);
  checkDeletable(r, name);
  if (options.dryRun) return current;
  if (r.plural === 'namespaces') {
    if (current.metadata.deletionTimestamp) return current;
    const marked = cloneObject(current);
    marked.metadata.deletionTimestamp = formatTime(cluster.now());
    marked.status = { phase: 'Terminating' };
    return store.update(r, marked);
  }
  if (options.propagationPolicy === 'Orphan') orphanDependents(cluster, current);
  return store.delete(r, namespace, name);
}

const DEPENDENT_KINDS: Record<string, string> = {
  Deployment: 'replicasets.apps',
  ReplicaSet: 'pods',
};

function orphanDependents(cluster: Cluster, owner: KubeObject) {
  const key = DEPENDENT_KINDS[owner.kind];
  if (!key) return;
  const r = resource(key);
  for (const dep of cluster.store.list(r, owner.metadata.namespace)) {
    const refs = (dep.metadata.ownerReferences ?? []) as { uid: string }[];
    if (!refs.some((ref) => ref.uid === owner.metadata.uid)) continue;
    const copy = cloneObject(dep);
    copy.metadata.ownerReferences = refs.filter((ref) => ref.uid !== owner.metadata.uid);
    cluster.store.update(r, copy);
  }
}
