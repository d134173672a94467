/**
 * The namespace and service-account controllers: every namespace gets a `default` ServiceAccount,
 * and a namespace marked for deletion is emptied of every namespaced object, then removed.
 */
import type { Cluster } from '../cluster/cluster';
import { RESOURCES, resource } from '../store/resources';
import type { Controller } from './manager';

const NAMESPACES = resource('namespaces');
const SERVICE_ACCOUNTS = resource('serviceaccounts');

export function createNamespaceController(cluster: Cluster): Controller {
  const store = cluster.store;
  return {
    name: 'namespace',
    keysFor(event) {
      if (event.resource === NAMESPACES && event.type !== 'DELETED')
        return [event.object.metadata.name];
      if (event.resource === SERVICE_ACCOUNTS && event.type === 'DELETED') {
        return [event.object.metadata.namespace ?? ''];
      }
      return [];
    },
    allKeys: () => store.list(NAMESPACES).map((n) => n.metadata.name),
    reconcile(name) {
      const ns = store.get(NAMESPACES, undefined, name);
      if (!ns) return;
      if (!ns.metadata.deletionTimestamp) {
        if (!store.get(SERVICE_ACCOUNTS, name, 'default')) {
          store.create(SERVICE_ACCOUNTS, {
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: { name: 'default', namespace: name },
          });
        }
        return;
      }
      for (const r of RESOURCES) {
        if (!r.namespaced) continue;
        for (const obj of store.list(r, name)) store.delete(r, name, obj.metadata.name);
      }
      store.delete(NAMESPACES, undefined, name);
    },
  };
}
