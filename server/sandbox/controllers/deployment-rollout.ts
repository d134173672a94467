/**
 * How a Deployment moves its ReplicaSets: scaling with ScalingReplicaSet events, the rolling
 * update bounded by maxSurge / maxUnavailable (unhealthy old replicas go first), and Recreate.
 */
import type { Cluster } from '../cluster/cluster';
import { updateObject } from '../cluster/operations';
import type { KubeObject } from '../runtime/process';
import { cloneObject } from '../store/object-store';
import { resource } from '../store/resources';

const REPLICA_SETS = resource('replicasets.apps');

type Spec = { replicas?: number };
const specOf = (o: KubeObject) => (o.spec ?? {}) as Spec;
export const replicasOf = (rs: KubeObject) => specOf(rs).replicas ?? 0;
export const availableOf = (rs: KubeObject) =>
  Number((rs.status as { availableReplicas?: number } | undefined)?.availableReplicas ?? 0);

export function createRollout(cluster: Cluster) {
  function scale(d: KubeObject, rs: KubeObject, to: number, maxSurge: number): KubeObject {
    const from = replicasOf(rs);
    const want = specOf(d).replicas ?? 1;
    const copy = cloneObject(rs);
    copy.spec = { ...specOf(copy), replicas: to };
    copy.metadata.annotations = {
      ...copy.metadata.annotations,
      'deployment.kubernetes.io/desired-replicas': String(want),
      'deployment.kubernetes.io/max-replicas': String(want + maxSurge),
    };
    const updated = updateObject(cluster, REPLICA_SETS, copy);
    if (from !== to) {
      const verb = to > from ? 'up' : 'down';
      cluster.events.record(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${to}`,
        'deployment-controller',
      );
    }
    return updated;
  }

  function rollingUpdate(
    d: KubeObject,
    newRS: KubeObject,
    olds: KubeObject[],
    surge: number,
    unavailable: number,
  ) {
    const want = specOf(d).replicas ?? 1;
    let changed = false;
    const total = () => replicasOf(newRS) + olds.reduce((n, rs) => n + replicasOf(rs), 0);
    if (replicasOf(newRS) > want) {
      newRS = scale(d, newRS, want, surge);
      changed = true;
    } else if (replicasOf(newRS) < want && total() < want + surge) {
      newRS = scale(
        d,
        newRS,
        replicasOf(newRS) + Math.min(want + surge - total(), want - replicasOf(newRS)),
        surge,
      );
      changed = true;
    }
    const minAvailable = want - unavailable;
    const newUnavailable = replicasOf(newRS) - availableOf(newRS);
    let budget = total() - minAvailable - newUnavailable;
    // Unhealthy old replicas go first: removing them costs no availability.
    for (const [i, rs] of olds.entries()) {
      const unhealthy = replicasOf(rs) - availableOf(rs);
      const cut = Math.min(unhealthy, budget);
      if (cut > 0) {
        olds[i] = scale(d, rs, replicasOf(rs) - cut, surge);
        budget -= cut;
        changed = true;
      }
    }
    const availableTotal = availableOf(newRS) + olds.reduce((n, rs) => n + availableOf(rs), 0);
    let scaleDown = availableTotal - minAvailable;
    for (const [i, rs] of olds.entries()) {
      const cut = Math.min(replicasOf(rs), scaleDown);
      if (cut > 0) {
        olds[i] = scale(d, rs, replicasOf(rs) - cut, surge);
        scaleDown -= cut;
        changed = true;
      }
    }
    return changed;
  }

  function recreate(d: KubeObject, newRS: KubeObject, olds: KubeObject[]) {
    let changed = false;
    for (const rs of olds) {
      if (replicasOf(rs) > 0) {
        scale(d, rs, 0, 0);
        changed = true;
      }
    }
    const oldPods = olds.reduce(
      (n, rs) => n + Number((rs.status as { replicas?: number } | undefined)?.replicas ?? 0),
      0,
    );
    const want = specOf(d).replicas ?? 1;
    if (!changed && oldPods === 0 && replicasOf(newRS) !== want) {
      scale(d, newRS, want, 0);
      changed = true;
    }
    return changed;
  }

  return { scale, rollingUpdate, recreate };
}
