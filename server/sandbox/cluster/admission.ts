/**
 * Admission checks that a real API server runs before storing: the namespace must exist and not
 * be terminating, a pod's service account must exist (and lends the pod its image pull secrets),
 * protected namespaces cannot be deleted.
 */
import type { KubeObject } from '../runtime/process';
import type { ObjectStore } from '../store/object-store';
import { resource, type ResourceInfo } from '../store/resources';
import { forbidden, notFound } from '../store/status-error';

const NAMESPACES = resource('namespaces');
const SERVICE_ACCOUNTS = resource('serviceaccounts');

/** Namespaces a learner may not delete (a real cluster protects the first three too). */
export const PROTECTED_NAMESPACES = new Set([
  'default',
  'kube-system',
  'kube-public',
  'workstation',
]);

export function checkNamespaceOpen(store: ObjectStore, r: ResourceInfo, obj: KubeObject) {
  if (!r.namespaced) return;
  const nsName = obj.metadata.namespace ?? '';
  const ns = store.get(NAMESPACES, undefined, nsName);
  if (!ns) throw notFound(NAMESPACES, nsName);
  if (ns.metadata.deletionTimestamp) {
    throw forbidden(
      r,
      obj.metadata.name || String(obj.metadata.generateName ?? ''),
      `unable to create new content in namespace ${nsName} because it is being terminated`,
    );
  }
}

type PodSpec = {
  serviceAccountName?: string;
  imagePullSecrets?: { name: string }[];
};

/** The ServiceAccount admission plugin: the account must exist; its pull secrets are copied in. */
export function admitPodServiceAccount(store: ObjectStore, pod: KubeObject) {
  const spec = (pod.spec ?? {}) as PodSpec;
  const ns = pod.metadata.namespace ?? '';
  const saName = spec.serviceAccountName ?? 'default';
  const sa = store.get(SERVICE_ACCOUNTS, ns, saName);
  if (!sa) {
    throw forbidden(
      resource('pods'),
      pod.metadata.name || String(pod.metadata.generateName ?? ''),
      `error looking up service account ${ns}/${saName}: serviceaccount "${saName}" not found`,
    );
  }
  const saSecrets = (sa.imagePullSecrets ?? []) as { name: string }[];
  if (!spec.imagePullSecrets?.length && saSecrets.length) {
    spec.imagePullSecrets = saSecrets.map((s) => ({ name: s.name }));
  }
}

export function checkDeletable(r: ResourceInfo, name: string) {
  if (r.plural === 'namespaces' && PROTECTED_NAMESPACES.has(name)) {
    throw forbidden(r, name, 'this namespace may not be deleted');
  }
}
