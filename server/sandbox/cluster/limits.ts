/**
 * Per-cluster limits, so one learner cannot exhaust the site: objects, stored bytes and pods.
 * Refusals read like a ResourceQuota refusal, which kubectl users already recognise.
 */
import type { ObjectStore } from '../store/object-store';
import { resource, type ResourceInfo } from '../store/resources';
import { forbidden } from '../store/status-error';

export type ClusterLimits = {
  /** Objects of every kind except Events (those are capped separately). */
  maxObjects: number;
  /** Total JSON size of all stored objects. */
  maxBytes: number;
  maxPods: number;
  /** Events kept; the oldest are dropped beyond this. */
  maxEvents: number;
};

export const DEFAULT_LIMITS: ClusterLimits = {
  maxObjects: 400,
  maxBytes: 4 * 1024 * 1024,
  maxPods: 20,
  maxEvents: 150,
};

const QUOTA_NAME = 'sandbox-limits';

function exceeded(
  r: ResourceInfo,
  name: string,
  what: string,
  requested: number,
  used: number,
  limit: number,
) {
  return forbidden(
    r,
    name,
    `exceeded quota: ${QUOTA_NAME}, requested: ${what}=${requested}, used: ${what}=${used}, limited: ${what}=${limit}`,
  );
}

/**
 * Throws 403 when adding an object of `bytes` size (or growing one by `bytes`) would pass a limit.
 * `isNew` is false for updates, which only count their growth.
 */
export function checkLimits(
  store: ObjectStore,
  limits: ClusterLimits,
  r: ResourceInfo,
  name: string,
  bytes: number,
  isNew: boolean,
) {
  if (isNew && r.plural !== 'events') {
    const used = store.objectCount - store.list(resource('events')).length;
    if (used + 1 > limits.maxObjects)
      throw exceeded(r, name, 'count/objects', 1, used, limits.maxObjects);
  }
  if (isNew && r.plural === 'pods') {
    const used = store.list(r).length;
    if (used + 1 > limits.maxPods) throw exceeded(r, name, 'pods', 1, used, limits.maxPods);
  }
  if (bytes > 0 && store.byteCount + bytes > limits.maxBytes) {
    throw exceeded(r, name, 'storage/bytes', bytes, store.byteCount, limits.maxBytes);
  }
}
