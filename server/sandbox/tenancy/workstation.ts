/**
 * The learner's workstation inside their cluster: namespace `workstation`, ServiceAccount
 * `learner` and a pod `workstation` (container `shell`) whose exec the runtime turns into the
 * learner's simulated shell.
 */
import type { Cluster } from '../cluster/cluster';
import { createObject } from '../cluster/operations';
import { resource } from '../store/resources';

export const WORKSTATION_NAMESPACE = 'workstation';
export const WORKSTATION_POD = 'workstation';
export const WORKSTATION_IMAGE = 'workshop/workstation:1';

const NAMESPACES = resource('namespaces');
const SERVICE_ACCOUNTS = resource('serviceaccounts');
const PODS = resource('pods');

/** Creates whatever part of the workstation is missing; resolves once its pod is Running. */
export async function ensureWorkstation(cluster: Cluster, timeoutMs = 3000): Promise<void> {
  const { store } = cluster;
  const ns = WORKSTATION_NAMESPACE;
  if (!store.get(NAMESPACES, undefined, ns)) {
    createObject(cluster, NAMESPACES, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns },
    });
  }
  if (!store.get(SERVICE_ACCOUNTS, ns, 'learner')) {
    createObject(cluster, SERVICE_ACCOUNTS, {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'learner', namespace: ns },
    });
  }
  if (!store.get(PODS, ns, WORKSTATION_POD)) {
    createObject(cluster, PODS, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: WORKSTATION_POD, namespace: ns, labels: { app: 'workstation' } },
      spec: {
        serviceAccountName: 'learner',
        containers: [{ name: 'shell', image: WORKSTATION_IMAGE, stdin: true, tty: true }],
      },
    });
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pod = store.get(PODS, ns, WORKSTATION_POD);
    if ((pod?.status as { phase?: string } | undefined)?.phase === 'Running') return;
    await new Promise((r) => setTimeout(r, 5));
  }
}
