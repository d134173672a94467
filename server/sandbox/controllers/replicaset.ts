/**
 * The ReplicaSet controller: keeps the number of pods matching `spec.replicas`, creating pods from
 * the template (named `<rs>-xxxxx`) and deleting the least useful ones first, records
 * SuccessfulCreate / FailedCreate / SuccessfulDelete events, and writes status.
 */
import type { Cluster } from '../cluster/cluster';
import { createObject, deleteObject } from '../cluster/operations';
import type { KubeObject } from '../runtime/process';
import { cloneObject, formatTime } from '../store/object-store';
import { resource } from '../store/resources';
import { StatusError } from '../store/status-error';
import type { Controller, Enqueue } from './manager';
import { controllerOf, controllerRef, isOwnedBy } from './owners';
import { isPodActive, isPodReady } from './pod-status';

const REPLICA_SETS = resource('replicasets.apps');
const PODS = resource('pods');
const NAME = 'replicaset';

type Template = {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: unknown;
};
type Condition = {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
};

function podFromTemplate(rs: KubeObject): KubeObject {
  const template = ((rs.spec as { template?: Template }).template ?? {}) as Template;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `${rs.metadata.name}-`,
      namespace: rs.metadata.namespace,
      labels: { ...template.metadata?.labels },
      ...(template.metadata?.annotations
        ? { annotations: { ...template.metadata.annotations } }
        : {}),
      ownerReferences: [controllerRef(rs)],
    },
    spec: cloneObject(template.spec ?? {}),
  };
}

export function createReplicaSetController(cluster: Cluster, enqueue: Enqueue): Controller {
  const store = cluster.store;

  function createPods(rs: KubeObject, count: number): string | undefined {
    for (let i = 0; i < count; i++) {
      try {
        const pod = createObject(cluster, PODS, podFromTemplate(rs));
        cluster.events.record(
          rs,
          'Normal',
          'SuccessfulCreate',
          `Created pod: ${pod.metadata.name}`,
          'replicaset-controller',
        );
      } catch (err) {
        if (!(err instanceof StatusError)) throw err;
        const message = `Error creating: ${err.message}`;
        cluster.events.record(rs, 'Warning', 'FailedCreate', message, 'replicaset-controller');
        enqueue(NAME, `${rs.metadata.namespace}/${rs.metadata.name}`, cluster.timing.createRetryMs);
        return message;
      }
    }
    return undefined;
  }

  function deletePods(rs: KubeObject, pods: KubeObject[], count: number) {
    // Not-ready pods go first, then the newest: the ones a user would miss least.
    const ranked = [...pods].sort((a, b) => {
      const ready = Number(isPodReady(a)) - Number(isPodReady(b));
      if (ready !== 0) return ready;
      return String(b.metadata.creationTimestamp).localeCompare(
        String(a.metadata.creationTimestamp),
      );
    });
    for (const pod of ranked.slice(0, count)) {
      deleteObject(cluster, PODS, pod.metadata.namespace, pod.metadata.name);
      cluster.events.record(
        rs,
        'Normal',
        'SuccessfulDelete',
        `Deleted pod: ${pod.metadata.name}`,
        'replicaset-controller',
      );
    }
  }

  function writeStatus(rs: KubeObject, failure: string | undefined) {
    const pods = store
      .list(PODS, rs.metadata.namespace)
      .filter((p) => isOwnedBy(p, rs) && isPodActive(p));
    const ready = pods.filter(isPodReady).length;
    const previous = (rs.status ?? {}) as { conditions?: Condition[] };
    const oldFailure = previous.conditions?.find((c) => c.type === 'ReplicaFailure');
    const conditions: Condition[] = failure
      ? [
          oldFailure?.message === failure
            ? oldFailure
            : {
                type: 'ReplicaFailure',
                status: 'True',
                lastTransitionTime: oldFailure?.lastTransitionTime ?? formatTime(cluster.now()),
                reason: 'FailedCreate',
                message: failure,
              },
        ]
      : [];
    const status: Record<string, unknown> = {
      replicas: pods.length,
      fullyLabeledReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: rs.metadata.generation,
      ...(conditions.length ? { conditions } : {}),
    };
    if (!pods.length) {
      delete status.readyReplicas;
      delete status.availableReplicas;
      delete status.fullyLabeledReplicas;
    }
    const current = store.get(REPLICA_SETS, rs.metadata.namespace, rs.metadata.name);
    if (current) store.update(REPLICA_SETS, { ...current, status });
  }

  return {
    name: NAME,
    keysFor(event) {
      const o = event.object;
      if (event.resource === REPLICA_SETS) return [`${o.metadata.namespace}/${o.metadata.name}`];
      if (event.resource === PODS) {
        const owner = controllerOf(o);
        return owner?.kind === 'ReplicaSet' ? [`${o.metadata.namespace}/${owner.name}`] : [];
      }
      return [];
    },
    allKeys: () =>
      store.list(REPLICA_SETS).map((rs) => `${rs.metadata.namespace}/${rs.metadata.name}`),
    reconcile(key) {
      const [namespace, name] = key.split('/') as [string, string];
      const rs = store.get(REPLICA_SETS, namespace, name);
      if (!rs) return;
      const pods = store.list(PODS, namespace).filter((p) => isOwnedBy(p, rs) && isPodActive(p));
      const want = Number((rs.spec as { replicas?: number }).replicas ?? 1);
      let failure: string | undefined;
      if (pods.length < want) failure = createPods(rs, want - pods.length);
      else if (pods.length > want) deletePods(rs, pods, pods.length - want);
      writeStatus(rs, failure);
    },
  };
}
