/** Reading the security-relevant fields of a Deployment's pod template, tolerant of missing parts. */
import type { KubeObject } from './types';

type SecurityContext = {
  runAsUser?: number;
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
};
type Container = { name?: string; image?: string; securityContext?: SecurityContext };
type PodSpec = {
  securityContext?: { runAsUser?: number };
  containers?: Container[];
  serviceAccountName?: string;
};

export function podTemplateSpec(deployment: KubeObject): PodSpec {
  const spec = deployment.spec as { template?: { spec?: PodSpec } } | undefined;
  return spec?.template?.spec ?? {};
}

export function firstContainer(spec: PodSpec): Container | undefined {
  return spec.containers?.[0];
}

/** Capability names as the kernel knows them, without a CAP_ prefix. */
export function addedCapabilities(container: Container | undefined): string[] {
  return (container?.securityContext?.capabilities?.add ?? []).map((c) => c.replace(/^CAP_/, ''));
}

/** The user a container runs as: container setting, then pod setting; images here default to root. */
export function effectiveRunAsUser(spec: PodSpec, container: Container | undefined): number {
  return container?.securityContext?.runAsUser ?? spec.securityContext?.runAsUser ?? 0;
}

type DeploymentStatus = {
  replicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  observedGeneration?: number;
};

/** The same test `kubectl rollout status` applies to a Deployment. */
export function rolloutState(deployment: KubeObject): { done: boolean; summary: string } {
  const desired = (deployment.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const status = (deployment.status ?? {}) as DeploymentStatus;
  const generation = (deployment.metadata as { generation?: number } | undefined)?.generation ?? 0;
  const updated = status.updatedReplicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const total = status.replicas ?? 0;
  const observed = (status.observedGeneration ?? 0) >= generation;
  const done = observed && updated >= desired && total <= updated && available >= updated;
  return { done, summary: `${available} of ${desired} updated replicas available` };
}
