/**
 * What `kubectl rollout status` says about a Deployment at one moment, following kubectl's
 * DeploymentStatusViewer: a waiting message, success, or a failed progress deadline.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { KubectlError } from '../errors';

type Deployment = ClusterObject & {
  spec?: { replicas?: number };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    conditions?: { type?: string; reason?: string }[];
  };
};

/** Returns the line to print and whether the rollout is complete. */
export function describeDeploymentRollout(object: ClusterObject): {
  message: string;
  done: boolean;
} {
  const deployment = object as Deployment;
  const name = deployment.metadata?.name ?? '';
  const status = deployment.status ?? {};
  if ((deployment.metadata?.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  }
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    throw new KubectlError(`error: deployment "${name}" exceeded its progress deadline`);
  }
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const desired = deployment.spec?.replicas;
  if (desired !== undefined && updated < desired) {
    return {
      message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${desired} new replicas have been updated...\n`,
      done: false,
    };
  }
  if (replicas > updated) {
    return {
      message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...\n`,
      done: false,
    };
  }
  if (available < updated) {
    return {
      message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`,
      done: false,
    };
  }
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}
