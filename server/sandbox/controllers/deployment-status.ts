/**
 * A Deployment's status from its ReplicaSets: replica counts, observedGeneration and the
 * Available / Progressing conditions with the reasons and messages kubectl shows.
 */
import type { KubeObject } from '../runtime/process';

export type Condition = {
  type: string;
  status: string;
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
};

type RsStatus = { replicas?: number; readyReplicas?: number; availableReplicas?: number };
const statusOf = (rs: KubeObject) => (rs.status ?? {}) as RsStatus;
const sum = (list: KubeObject[], pick: (s: RsStatus) => number | undefined) =>
  list.reduce((n, rs) => n + (pick(statusOf(rs)) ?? 0), 0);

export type StatusInput = {
  deployment: KubeObject;
  newRS: KubeObject | undefined;
  all: KubeObject[];
  maxUnavailable: number;
  /** What happened in this reconcile, for the Progressing condition. */
  created: boolean;
  progressed: boolean;
  now: string;
  /** Milliseconds since the last progress, to detect ProgressDeadlineExceeded. */
  sinceProgressMs: (c: Condition | undefined) => number;
};

function setCondition(
  list: Condition[],
  next: Omit<Condition, 'lastUpdateTime' | 'lastTransitionTime'>,
  now: string,
  touch: boolean,
) {
  const old = list.find((c) => c.type === next.type);
  const same =
    old && old.status === next.status && old.reason === next.reason && old.message === next.message;
  const cond: Condition = {
    ...next,
    lastUpdateTime: same && !touch ? old.lastUpdateTime : now,
    lastTransitionTime: old && old.status === next.status ? old.lastTransitionTime : now,
  };
  return [...list.filter((c) => c.type !== next.type), cond];
}

export function computeDeploymentStatus(input: StatusInput): Record<string, unknown> {
  const { deployment, newRS, all, now } = input;
  const spec = deployment.spec as { replicas?: number; progressDeadlineSeconds?: number };
  const want = spec.replicas ?? 1;
  const previous = (deployment.status ?? {}) as { conditions?: Condition[] };
  const replicas = sum(all, (s) => s.replicas);
  const updated = newRS ? (statusOf(newRS).replicas ?? 0) : 0;
  const ready = sum(all, (s) => s.readyReplicas);
  const available = sum(all, (s) => s.availableReplicas);
  let conditions = previous.conditions ?? [];

  const enough = available >= want - input.maxUnavailable;
  conditions = setCondition(
    conditions,
    enough
      ? {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        }
      : {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
        },
    now,
    false,
  );

  const rsName = newRS?.metadata.name ?? '';
  const complete = newRS && updated === want && replicas === want && available >= want;
  const progressing = conditions.find((c) => c.type === 'Progressing');
  if (complete) {
    conditions = setCondition(
      conditions,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rsName}" has successfully progressed.`,
      },
      now,
      false,
    );
  } else if (input.created) {
    conditions = setCondition(
      conditions,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetCreated',
        message: `Created new replica set "${rsName}"`,
      },
      now,
      true,
    );
  } else if (input.progressed || !progressing || progressing.reason === 'NewReplicaSetAvailable') {
    conditions = setCondition(
      conditions,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'ReplicaSetUpdated',
        message: `ReplicaSet "${rsName}" is progressing.`,
      },
      now,
      true,
    );
  } else if (
    spec.progressDeadlineSeconds !== undefined &&
    progressing.status === 'True' &&
    input.sinceProgressMs(progressing) > spec.progressDeadlineSeconds * 1000
  ) {
    conditions = setCondition(
      conditions,
      {
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${rsName}" has timed out progressing.`,
      },
      now,
      false,
    );
  }
  // Available first, then Progressing, as the API server lists them.
  conditions.sort((a, b) => (a.type === 'Available' ? -1 : b.type === 'Available' ? 1 : 0));

  const status: Record<string, unknown> = {
    observedGeneration: deployment.metadata.generation,
    replicas,
    updatedReplicas: updated,
    readyReplicas: ready,
    availableReplicas: available,
    unavailableReplicas: Math.max(0, want - available),
    conditions,
  };
  for (const key of [
    'replicas',
    'updatedReplicas',
    'readyReplicas',
    'availableReplicas',
    'unavailableReplicas',
  ]) {
    if (status[key] === 0) delete status[key];
  }
  return status;
}
