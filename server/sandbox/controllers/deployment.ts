/**
 * The Deployment controller: one ReplicaSet per pod template (named `<deployment>-<hash>`),
 * rolling updates bounded by maxSurge / maxUnavailable (or Recreate), revision annotations,
 * ScalingReplicaSet events, old ReplicaSets pruned past revisionHistoryLimit, and status.
 */
import type { Cluster } from '../cluster/cluster';
import { createObject, deleteObject, updateObject } from '../cluster/operations';
import type { KubeObject } from '../runtime/process';
import { cloneObject, formatTime } from '../store/object-store';
import { resource } from '../store/resources';
import { computeDeploymentStatus, type Condition } from './deployment-status';
import type { Controller, Enqueue } from './manager';
import { controllerOf, controllerRef, isOwnedBy } from './owners';
import { computeTemplateHash } from './template-hash';
import { createRollout, replicasOf } from './deployment-rollout';

const DEPLOYMENTS = resource('deployments.apps');
const REPLICA_SETS = resource('replicasets.apps');
const NAME = 'deployment';
const REVISION = 'deployment.kubernetes.io/revision';

type DeploymentSpec = {
  replicas?: number;
  paused?: boolean;
  minReadySeconds?: number;
  selector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  template?: { metadata?: { labels?: Record<string, string> } };
  strategy?: {
    type?: string;
    rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string };
  };
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
};

const specOf = (o: KubeObject) => (o.spec ?? {}) as DeploymentSpec;
const revisionOf = (rs: KubeObject) => Number(rs.metadata.annotations?.[REVISION] ?? 0);

/** Resolves `25%` or `1` against the replica count (surge rounds up, unavailable down). */
export function resolveIntOrPercent(
  value: number | string | undefined,
  total: number,
  roundUp: boolean,
): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const m = /^(\d+)%$/.exec(value);
  if (!m) return Number(value) || 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export function createDeploymentController(cluster: Cluster, enqueue: Enqueue): Controller {
  const store = cluster.store;

  const { rollingUpdate, recreate } = createRollout(cluster);

  function createNewReplicaSet(d: KubeObject, hash: string, revision: number): KubeObject {
    const spec = specOf(d);
    const template = cloneObject(spec.template ?? {});
    template.metadata = {
      ...template.metadata,
      labels: { ...template.metadata?.labels, 'pod-template-hash': hash },
    };
    return createObject(cluster, REPLICA_SETS, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: d.metadata.namespace,
        labels: { ...template.metadata.labels },
        annotations: { [REVISION]: String(revision) },
        ownerReferences: [controllerRef(d)],
      },
      spec: {
        replicas: 0,
        minReadySeconds: spec.minReadySeconds ?? 0,
        selector: {
          ...spec.selector,
          matchLabels: { ...spec.selector?.matchLabels, 'pod-template-hash': hash },
        },
        template,
      },
    });
  }

  function prune(d: KubeObject, olds: KubeObject[]) {
    const limit = specOf(d).revisionHistoryLimit ?? 10;
    const idle = olds
      .filter(
        (rs) =>
          replicasOf(rs) === 0 &&
          !Number((rs.status as { replicas?: number } | undefined)?.replicas ?? 0),
      )
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) {
      deleteObject(cluster, REPLICA_SETS, rs.metadata.namespace, rs.metadata.name);
    }
  }

  function reconcile(key: string) {
    const [namespace, name] = key.split('/') as [string, string];
    const d = store.get(DEPLOYMENTS, namespace, name);
    if (!d || d.metadata.deletionTimestamp) return;
    const spec = specOf(d);
    const want = spec.replicas ?? 1;
    const owned = store.list(REPLICA_SETS, namespace).filter((rs) => isOwnedBy(rs, d));
    const hash = computeTemplateHash(spec.template);
    let newRS = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const olds = owned.filter((rs) => rs !== newRS).sort((a, b) => revisionOf(a) - revisionOf(b));
    const maxRevision = Math.max(0, ...owned.map(revisionOf));
    const surge =
      spec.strategy?.type === 'Recreate'
        ? 0
        : resolveIntOrPercent(spec.strategy?.rollingUpdate?.maxSurge, want, true);
    let unavailable =
      spec.strategy?.type === 'Recreate'
        ? want
        : resolveIntOrPercent(spec.strategy?.rollingUpdate?.maxUnavailable, want, false);
    if (surge === 0 && unavailable === 0) unavailable = 1;

    let created = false;
    let changed = false;
    if (!spec.paused) {
      if (!newRS) {
        newRS = createNewReplicaSet(d, hash, maxRevision + 1);
        created = true;
      } else if (revisionOf(newRS) < maxRevision) {
        // A rollback to an older template makes that ReplicaSet the newest revision again.
        const copy = cloneObject(newRS);
        copy.metadata.annotations = {
          ...copy.metadata.annotations,
          [REVISION]: String(maxRevision + 1),
        };
        newRS = updateObject(cluster, REPLICA_SETS, copy);
      }
      changed =
        spec.strategy?.type === 'Recreate'
          ? recreate(d, newRS, olds)
          : rollingUpdate(d, newRS, olds, surge, unavailable);
      prune(d, olds);
    }

    const fresh = store.get(DEPLOYMENTS, namespace, name);
    if (!fresh) return;
    const all = store.list(REPLICA_SETS, namespace).filter((rs) => isOwnedBy(rs, d));
    const currentNew = newRS
      ? all.find((rs) => rs.metadata.name === newRS!.metadata.name)
      : undefined;
    const before = JSON.stringify(fresh.status ?? {});
    const status = computeDeploymentStatus({
      deployment: fresh,
      newRS: currentNew,
      all,
      maxUnavailable: unavailable,
      created,
      progressed: changed,
      now: formatTime(cluster.now()),
      sinceProgressMs: (c: Condition | undefined) =>
        c ? cluster.now().getTime() - Date.parse(c.lastUpdateTime) : 0,
    });
    const countsChanged = [
      'replicas',
      'updatedReplicas',
      'readyReplicas',
      'availableReplicas',
    ].some(
      (k) => (status[k] ?? 0) !== ((fresh.status as Record<string, unknown> | undefined)?.[k] ?? 0),
    );
    const revision = currentNew ? String(revisionOf(currentNew)) : undefined;
    const annotations = fresh.metadata.annotations ?? {};
    if (JSON.stringify(status) !== before || (revision && annotations[REVISION] !== revision)) {
      const metadata = revision
        ? { ...fresh.metadata, annotations: { ...annotations, [REVISION]: revision } }
        : fresh.metadata;
      store.update(DEPLOYMENTS, { ...fresh, metadata, status });
    }
    const done = (status.conditions as Condition[]).some(
      (c) => c.type === 'Progressing' && c.reason === 'NewReplicaSetAvailable',
    );
    if (!done && !countsChanged && spec.progressDeadlineSeconds) {
      enqueue(NAME, key, spec.progressDeadlineSeconds * 1000 + 1000);
    }
  }

  return {
    name: NAME,
    keysFor(event) {
      const o = event.object;
      if (event.resource === DEPLOYMENTS) return [`${o.metadata.namespace}/${o.metadata.name}`];
      if (event.resource === REPLICA_SETS) {
        const owner = controllerOf(o);
        return owner?.kind === 'Deployment' ? [`${o.metadata.namespace}/${owner.name}`] : [];
      }
      return [];
    },
    allKeys: () => store.list(DEPLOYMENTS).map((d) => `${d.metadata.namespace}/${d.metadata.name}`),
    reconcile,
  };
}
