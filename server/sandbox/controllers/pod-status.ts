/** Reading pod state the way controllers count it: active, ready, available. */
import type { KubeObject } from '../runtime/process';

type Condition = { type: string; status: string };

export function isPodActive(pod: KubeObject): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return !pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
}

export function isPodReady(pod: KubeObject): boolean {
  const conditions = (pod.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
