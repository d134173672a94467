/**
 * Runs a cluster's controllers: each one maps store changes to keys it wants to reconcile, and
 * the manager batches those keys and reconciles them on the next timer tick (after the API
 * answer that caused them has gone out). A reconcile that loses a race is simply retried.
 */
import type { Cluster } from '../cluster/cluster';
import type { StoreEvent } from '../store/object-store';
import { StatusError } from '../store/status-error';
import { createDeploymentController } from './deployment';
import { createGarbageCollector } from './garbage-collector';
import { createKubelet } from './kubelet';
import { createNamespaceController } from './namespace';
import { createReplicaSetController } from './replicaset';

export type Controller = {
  name: string;
  /** Keys to reconcile because of `event`. */
  keysFor(event: StoreEvent): string[];
  /** Every key this controller should look at after a (re)start. */
  allKeys(): string[];
  reconcile(key: string): void;
  stop?(): void;
};

/** What a controller may ask of the manager. */
export type Enqueue = (controller: string, key: string, delayMs?: number) => void;

export function startControllers(cluster: Cluster): () => void {
  const queue = new Map<string, Set<string>>();
  const delayed = new Set<string>();
  let flushScheduled = false;
  const enqueue: Enqueue = (name, key, delayMs = 0) => {
    if (delayMs > 0) {
      // One pending retry per key is enough; more would pile up while a failure lasts.
      const id = `${name}|${key}`;
      if (delayed.has(id)) return;
      delayed.add(id);
      cluster.schedule(() => {
        delayed.delete(id);
        enqueue(name, key);
      }, delayMs);
      return;
    }
    let keys = queue.get(name);
    if (!keys) queue.set(name, (keys = new Set()));
    keys.add(key);
    if (!flushScheduled) {
      flushScheduled = true;
      cluster.schedule(flush, 0);
    }
  };
  const controllers: Controller[] = [
    createNamespaceController(cluster),
    createGarbageCollector(cluster),
    createDeploymentController(cluster, enqueue),
    createReplicaSetController(cluster, enqueue),
    createKubelet(cluster, enqueue),
  ];

  function flush() {
    flushScheduled = false;
    const batch = [...queue.entries()];
    queue.clear();
    for (const [name, keys] of batch) {
      const controller = controllers.find((c) => c.name === name)!;
      for (const key of keys) {
        try {
          controller.reconcile(key);
        } catch (err) {
          if (err instanceof StatusError && (err.code === 409 || err.code === 404)) {
            enqueue(name, key, 20);
          } else {
            console.error(`sandbox controller ${name} failed on ${key}:`, err);
          }
        }
      }
    }
  }

  const unsubscribe = cluster.store.subscribe((event) => {
    for (const c of controllers) for (const key of c.keysFor(event)) enqueue(c.name, key);
  });
  for (const c of controllers) for (const key of c.allKeys()) enqueue(c.name, key);
  return () => {
    unsubscribe();
    for (const c of controllers) c.stop?.();
  };
}
