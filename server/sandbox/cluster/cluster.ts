/**
 * One simulated cluster: its object store, limits, event recorder, controllers and timers.
 * A cluster starts with the namespaces and service accounts a fresh real cluster has. Portable:
 * timers are the global ones, so a browser worker could host it too.
 */
import type { KubeObject } from '../runtime/process';
import { ObjectStore, type StoreSnapshot } from '../store/object-store';
import { findResourceByKind, resource } from '../store/resources';
import { createEventRecorder, type EventRecorder } from '../controllers/events';
import { startControllers } from '../controllers/manager';
import { DEFAULT_LIMITS, type ClusterLimits } from './limits';
import { applyDefaults } from './defaults';

export type Timing = {
  /** From scheduling to the image being pulled (or refused). */
  pullMs: number;
  /** From scheduling to running, when the image is already on the node. */
  startMs: number;
  /** From ErrImagePull to ImagePullBackOff. */
  backOffNoticeMs: number;
  /** First retry after a failed pull; doubles up to `maxBackOffMs`. */
  backOffMs: number;
  maxBackOffMs: number;
  /** Retry delay for a ReplicaSet whose pods cannot be created. */
  createRetryMs: number;
};

export const DEFAULT_TIMING: Timing = {
  pullMs: 1200,
  startMs: 700,
  backOffNoticeMs: 1500,
  backOffMs: 10_000,
  maxBackOffMs: 300_000,
  createRetryMs: 5_000,
};

export type ClusterOptions = {
  limits?: Partial<ClusterLimits>;
  timing?: Partial<Timing>;
  /** A saved state to restore instead of starting fresh. */
  snapshot?: StoreSnapshot;
  now?: () => Date;
  /** Changes kept for watch replay (older versions get 410 Expired). */
  historyLimit?: number;
};

export type Cluster = {
  store: ObjectStore;
  limits: ClusterLimits;
  timing: Timing;
  events: EventRecorder;
  now(): Date;
  /** Runs `fn` after `ms`, unless the cluster stops first. */
  schedule(fn: () => void, ms: number): void;
  stop(): void;
};

export const BASE_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

function bootstrap(cluster: Cluster) {
  for (const name of BASE_NAMESPACES) {
    const ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
    applyDefaults(ns);
    cluster.store.create(resource('namespaces'), ns);
    cluster.store.create(resource('serviceaccounts'), {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace: name },
    });
  }
}

export function createCluster(options: ClusterOptions = {}): Cluster {
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const store = new ObjectStore(
    { now, historyLimit: options.historyLimit },
    options.snapshot,
    (o) => findResourceByKind(o.apiVersion, o.kind),
  );
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  let stopControllers = () => {};
  const cluster: Cluster = {
    store,
    limits,
    timing: { ...DEFAULT_TIMING, ...options.timing },
    events: createEventRecorder(store, limits.maxEvents, now),
    now,
    schedule(fn, ms) {
      if (stopped) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopped) fn();
      }, ms);
      timers.add(timer);
    },
    stop() {
      stopped = true;
      stopControllers();
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  };
  if (!options.snapshot) bootstrap(cluster);
  stopControllers = startControllers(cluster);
  return cluster;
}
