/** The garbage collector: when an owner goes, the objects it controlled go too. */
import type { Cluster } from '../cluster/cluster';
import { resource } from '../store/resources';
import type { Controller } from './manager';
import { controllerOf } from './owners';

const DEPENDENTS: Record<string, string> = { Deployment: 'replicasets.apps', ReplicaSet: 'pods' };

export function createGarbageCollector(cluster: Cluster): Controller {
  const store = cluster.store;
  return {
    name: 'garbage-collector',
    keysFor(event) {
      const dependents = DEPENDENTS[event.object.kind];
      if (event.type !== 'DELETED' || !dependents) return [];
      return [`${dependents}|${event.object.metadata.namespace}|${event.object.metadata.uid}`];
    },
    allKeys: () => [],
    reconcile(key) {
      const [plural, namespace, uid] = key.split('|') as [string, string, string];
      const r = resource(plural);
      for (const dep of store.list(r, namespace)) {
        if (controllerOf(dep)?.uid === uid) store.delete(r, namespace, dep.metadata.name);
      }
    },
  };
}
