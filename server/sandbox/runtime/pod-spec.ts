/**
 * Typed, defensive reads of the parts of a stored pod the runtime cares about. Pods come from the
 * object store as plain JSON, so every field is optional and checked before use.
 */

import type { KubeObject } from './process';

export type SecurityContext = {
  privileged?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { add?: unknown; drop?: unknown };
  seccompProfile?: { type?: string };
  supplementalGroups?: unknown;
  fsGroup?: number;
};

export type EnvVar = { name?: unknown; value?: unknown };

export type ContainerSpec = {
  name?: string;
  image?: string;
  env?: EnvVar[];
  securityContext?: SecurityContext;
};

export type PodSpec = {
  hostname?: string;
  securityContext?: SecurityContext;
  containers?: ContainerSpec[];
  initContainers?: ContainerSpec[];
  ephemeralContainers?: ContainerSpec[];
};

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function podSpecOf(pod: KubeObject): PodSpec {
  return (asRecord(pod.spec) ?? {}) as PodSpec;
}

/** Looks a container up by name among containers, init containers and ephemeral containers. */
export function findContainer(pod: KubeObject, name: string): ContainerSpec | undefined {
  const spec = podSpecOf(pod);
  for (const list of [spec.containers, spec.initContainers, spec.ephemeralContainers]) {
    if (!Array.isArray(list)) continue;
    const found = list.find((c) => asRecord(c)?.name === name);
    if (found) return found;
  }
  return undefined;
}

/** `status.podIP`, or undefined while the pod has none. */
export function podIPOf(pod: KubeObject): string | undefined {
  const ip = asRecord(pod.status)?.podIP;
  return typeof ip === 'string' && ip !== '' ? ip : undefined;
}

/** The pod's hostname: `spec.hostname` when set, else the pod name (truncated to 63, as kubelet). */
export function hostnameOf(pod: KubeObject): string {
  const explicit = podSpecOf(pod).hostname;
  if (typeof explicit === 'string' && explicit !== '') return explicit;
  return pod.metadata.name.slice(0, 63);
}

export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
