/**
 * One cluster's objects: keyed by resource, namespace and name, with a cluster-wide increasing
 * resourceVersion, uids, creation times, generation bumps on spec changes, and a bounded history
 * of changes so watches can resume from a version (or learn that it is too old).
 *
 * Stored objects are never mutated in place: every write stores a fresh copy, so readers may hold
 * on to what they got (watch history shares them). Callers clone before changing anything.
 */
import type { KubeObject } from '../runtime/process';
import { StatusError, alreadyExists, conflict, notFound } from './status-error';
import { apiVersionOf, qualifiedName, type ResourceInfo } from './resources';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

export type StoreEvent = {
  type: ChangeType;
  resource: ResourceInfo;
  object: KubeObject;
  /** The object before the change (MODIFIED and DELETED). */
  old?: KubeObject;
  rv: number;
};

type Entry = { object: KubeObject; bytes: number };

export type StoreSnapshot = { resourceVersion: number; objects: KubeObject[] };

export type StoreOptions = {
  historyLimit?: number;
  now?: () => Date;
};

export function cloneObject<T>(value: T): T {
  return structuredClone(value);
}

/** RFC 3339 at second precision, as Kubernetes writes timestamps. */
export function formatTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function objectKey(namespace: string | undefined, name: string) {
  return namespace ? `${namespace}/${name}` : name;
}

/** Everything except metadata and status: what counts as a spec change. */
function specOf(obj: KubeObject): string {
  const { metadata: _m, status: _s, ...rest } = obj;
  return JSON.stringify(rest);
}

export class ObjectStore {
  private tables = new Map<string, Map<string, Entry>>();
  private history: StoreEvent[] = [];
  private listeners = new Set<(event: StoreEvent) => void>();
  private rv: number;
  private readonly historyLimit: number;
  private readonly now: () => Date;
  objectCount = 0;
  byteCount = 0;

  constructor(
    options: StoreOptions = {},
    snapshot?: StoreSnapshot,
    resolve?: (o: KubeObject) => ResourceInfo | undefined,
  ) {
    this.historyLimit = options.historyLimit ?? 500;
    this.now = options.now ?? (() => new Date());
    this.rv = snapshot?.resourceVersion ?? 1;
    for (const object of snapshot?.objects ?? []) {
      const r = resolve?.(object);
      if (r) this.put(r, object);
    }
  }

  /** The latest resourceVersion handed out. */
  get resourceVersion(): number {
    return this.rv;
  }

  /** The oldest version a watch can resume from. */
  get oldestReplayable(): number {
    return this.history.length ? this.history[0]!.rv - 1 : this.rv;
  }

  get(r: ResourceInfo, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.tables
      .get(qualifiedName(r))
      ?.get(objectKey(r.namespaced ? namespace : undefined, name))?.object;
  }

  mustGet(r: ResourceInfo, namespace: string | undefined, name: string): KubeObject {
    const found = this.get(r, namespace, name);
    if (!found) throw notFound(r, name);
    return found;
  }

  /** Objects of one resource, in one namespace or all, sorted by namespace then name. */
  list(r: ResourceInfo, namespace?: string): KubeObject[] {
    const table = this.tables.get(qualifiedName(r));
    if (!table) return [];
    const out: KubeObject[] = [];
    for (const { object } of table.values()) {
      if (!namespace || !r.namespaced || object.metadata.namespace === namespace) out.push(object);
    }
    return out.sort((a, b) =>
      objectKey(a.metadata.namespace, a.metadata.name).localeCompare(
        objectKey(b.metadata.namespace, b.metadata.name),
      ),
    );
  }

  create(r: ResourceInfo, input: KubeObject): KubeObject {
    const ns = r.namespaced ? input.metadata.namespace : undefined;
    if (this.get(r, ns, input.metadata.name)) throw alreadyExists(r, input.metadata.name);
    const object = cloneObject(input);
    object.apiVersion = apiVersionOf(r);
    object.kind = r.kind;
    const meta = object.metadata;
    if (!r.namespaced) delete meta.namespace;
    meta.uid = globalThis.crypto.randomUUID();
    meta.creationTimestamp = formatTime(this.now());
    if (r.generation) meta.generation = 1;
    else delete meta.generation;
    delete meta.deletionTimestamp;
    return this.commit('ADDED', r, object);
  }

  /**
   * Replaces an object. With `expectedVersion`, refuses (409 Conflict) when the stored object has
   * moved on: that is how PUT gives optimistic concurrency.
   */
  update(r: ResourceInfo, input: KubeObject, expectedVersion?: string): KubeObject {
    const current = this.mustGet(r, input.metadata.namespace, input.metadata.name);
    if (expectedVersion && expectedVersion !== current.metadata.resourceVersion) {
      throw conflict(r, input.metadata.name);
    }
    const object = cloneObject(input);
    object.apiVersion = apiVersionOf(r);
    object.kind = r.kind;
    const meta = object.metadata;
    meta.uid = current.metadata.uid;
    meta.creationTimestamp = current.metadata.creationTimestamp;
    if (!r.namespaced) delete meta.namespace;
    else meta.namespace = current.metadata.namespace;
    if (current.metadata.deletionTimestamp)
      meta.deletionTimestamp = current.metadata.deletionTimestamp;
    if (r.generation) {
      const generation = Number(current.metadata.generation ?? 1);
      meta.generation = specOf(current) === specOf(object) ? generation : generation + 1;
    }
    // An update that changes nothing keeps the version and sends no event, as etcd-backed servers do.
    meta.resourceVersion = current.metadata.resourceVersion;
    if (JSON.stringify(object) === JSON.stringify(current)) return current;
    return this.commit('MODIFIED', r, object, current);
  }

  delete(r: ResourceInfo, namespace: string | undefined, name: string): KubeObject {
    const current = this.mustGet(r, namespace, name);
    const table = this.tables.get(qualifiedName(r))!;
    const key = objectKey(r.namespaced ? namespace : undefined, name);
    const object = cloneObject(current);
    this.rv += 1;
    object.metadata.resourceVersion = String(this.rv);
    this.byteCount -= table.get(key)!.bytes;
    this.objectCount -= 1;
    table.delete(key);
    this.emit({ type: 'DELETED', resource: r, object, old: current, rv: this.rv });
    return object;
  }

  /** Changes since `rv` (exclusive), or null when they are no longer kept (410 Expired). */
  changesSince(rv: number): StoreEvent[] | null {
    if (rv < this.oldestReplayable) return null;
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(): StoreSnapshot {
    const objects: KubeObject[] = [];
    for (const table of this.tables.values())
      for (const e of table.values()) objects.push(e.object);
    return { resourceVersion: this.rv, objects };
  }

  private commit(type: ChangeType, r: ResourceInfo, object: KubeObject, old?: KubeObject) {
    this.rv += 1;
    object.metadata.resourceVersion = String(this.rv);
    this.put(r, object);
    this.emit({ type, resource: r, object, old, rv: this.rv });
    return object;
  }

  private put(r: ResourceInfo, object: KubeObject) {
    const bytes = JSON.stringify(object).length;
    const name = qualifiedName(r);
    let table = this.tables.get(name);
    if (!table) this.tables.set(name, (table = new Map()));
    const key = objectKey(object.metadata.namespace, object.metadata.name);
    const before = table.get(key);
    this.byteCount += bytes - (before?.bytes ?? 0);
    if (!before) this.objectCount += 1;
    table.set(key, { object, bytes });
  }

  private emit(event: StoreEvent) {
    this.history.push(event);
    if (this.history.length > this.historyLimit)
      this.history.splice(0, this.history.length - this.historyLimit);
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (err) {
        // A failing listener must not undo a committed write or starve the others.
        if (!(err instanceof StatusError)) console.error('sandbox store listener failed:', err);
      }
    }
  }
}
