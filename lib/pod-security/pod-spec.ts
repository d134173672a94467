/**
 * Finds the pod spec inside an object (a Pod, or the pod template of a workload) and reads it
 * defensively: the input is whatever the learner typed, so every field is checked before use.
 */

import type { JsonPath } from './types';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value);
}

/** Where each kind keeps its pod template. */
const TEMPLATE_PATHS: Record<string, { spec: JsonPath; metadata: JsonPath }> = {
  Pod: { spec: ['spec'], metadata: ['metadata'] },
  Deployment: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  StatefulSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  DaemonSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  ReplicaSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  ReplicationController: {
    spec: ['spec', 'template', 'spec'],
    metadata: ['spec', 'template', 'metadata'],
  },
  Job: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  CronJob: {
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
  },
};

export function getIn(object: unknown, path: JsonPath): unknown {
  let node = object;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export type PodTemplate = {
  spec: Json;
  metadata: Json;
  specPath: JsonPath;
  metadataPath: JsonPath;
};

/** The pod spec and metadata of a Pod or workload; null for kinds without a pod template. */
export function findPodTemplate(object: Json): PodTemplate | null {
  const paths = TEMPLATE_PATHS[asString(object.kind)];
  if (!paths) return null;
  return {
    spec: asObject(getIn(object, paths.spec)),
    metadata: asObject(getIn(object, paths.metadata)),
    specPath: paths.spec,
    metadataPath: paths.metadata,
  };
}

export type ContainerEntry = { container: Json; name: string; path: JsonPath };

/** Init containers, then containers, then ephemeral containers: the admission controller's order. */
export function listContainers(template: PodTemplate): ContainerEntry[] {
  const entries: ContainerEntry[] = [];
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    asArray(template.spec[field]).forEach((value, index) => {
      const container = asObject(value);
      entries.push({
        container,
        name: asString(container.name),
        path: [...template.specPath, field, index],
      });
    });
  }
  return entries;
}

export function securityContextOf(container: Json): Json {
  return asObject(container.securityContext);
}
