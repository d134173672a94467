/**
 * The `kubectl.kubernetes.io/last-applied-configuration` annotation: what `kubectl apply` records
 * of the file so the next apply can tell which fields it owns.
 */
import type { ClusterObject } from '@/server/cluster/types';

export const lastAppliedKey = 'kubectl.kubernetes.io/last-applied-configuration';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, sortKeys(record[k])]),
    );
  }
  return value;
}

/**
 * The file's object with the annotation set to its own JSON (compact, sorted keys, a trailing
 * newline, and without the annotation itself), as kubectl computes it.
 */
export function addLastApplied(object: ClusterObject): ClusterObject {
  const annotations = { ...(object.metadata?.annotations ?? {}) };
  delete annotations[lastAppliedKey];
  const recorded = { ...object, metadata: { ...object.metadata, annotations } };
  const text = `${JSON.stringify(sortKeys(recorded))}\n`;
  return {
    ...object,
    metadata: { ...object.metadata, annotations: { ...annotations, [lastAppliedKey]: text } },
  };
}

/** Parses the annotation of a live object, or null when it has none. */
export function readLastApplied(object: ClusterObject): Record<string, unknown> | null {
  const text = object.metadata?.annotations?.[lastAppliedKey];
  if (!text) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}
