/** The `scale` subresource of Deployments and ReplicaSets (autoscaling/v1 Scale). */
import type { KubeObject } from '../../runtime/process';
import { badRequest } from '../../store/status-error';

type Spec = { replicas?: number; selector?: { matchLabels?: Record<string, string> } };

export function scaleOf(obj: KubeObject) {
  const spec = (obj.spec ?? {}) as Spec;
  const status = (obj.status ?? {}) as { replicas?: number };
  const selector = Object.entries(spec.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: {
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      creationTimestamp: obj.metadata.creationTimestamp,
    },
    spec: { replicas: spec.replicas ?? 0 },
    status: { replicas: status.replicas ?? 0, selector },
  };
}

/** Applies a (patched or replaced) Scale back onto its object. */
export function applyScale(obj: KubeObject, scale: unknown): KubeObject {
  const replicas = (scale as { spec?: { replicas?: unknown } } | undefined)?.spec?.replicas;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw badRequest(
      `Scale.autoscaling "${obj.metadata.name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
    );
  }
  return { ...obj, spec: { ...(obj.spec as object), replicas } };
}
