/**
 * Polling waits for provisioning: a namespace that is still being deleted, and a workstation pod
 * becoming ready. Polling (not watching) keeps them simple and works the same through any proxy.
 */
import type { ClusterConnection } from '@/server/cluster/connection';
import { findObject } from '@/server/cluster/provision-apply';
import type { ClusterObject, ResourceAddress } from '@/server/cluster/types';

const POLL_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until an object is gone (a namespace or pod still being deleted). */
export async function waitForGone(
  connection: ClusterConnection,
  address: ResourceAddress,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await findObject(connection, address)) {
    if (Date.now() > deadline) {
      const kind = address.resource === 'namespaces' ? 'namespace' : 'pod';
      throw new Error(
        `${kind} "${address.name ?? ''}" is still being deleted after ${Math.round(timeoutMs / 1000)}s; try again in a minute`,
      );
    }
    await sleep(POLL_MS);
  }
}

type PodStatus = {
  phase?: string;
  conditions?: { type?: string; status?: string }[];
  containerStatuses?: { state?: { waiting?: { reason?: string; message?: string } } }[];
};

/** Why a pod is not ready yet, in kubectl's words (`ImagePullBackOff`, `Pending`, …). */
export function describePodWait(pod: ClusterObject | undefined): string {
  if (!pod) return 'the pod does not exist';
  const status = (pod.status ?? {}) as PodStatus;
  const waiting = status.containerStatuses?.find((c) => c.state?.waiting)?.state?.waiting;
  if (waiting?.reason) return `${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`;
  return status.phase ?? 'Pending';
}

/** A pod that will never run again: it must be deleted and created anew. */
export function isPodFinished(pod: ClusterObject | undefined): boolean {
  const phase = ((pod?.status ?? {}) as PodStatus).phase;
  return phase === 'Failed' || phase === 'Succeeded';
}

export function isPodReady(pod: ClusterObject | undefined): boolean {
  const status = (pod?.status ?? {}) as PodStatus;
  return (
    status.phase === 'Running' &&
    (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')
  );
}

const failedForGood = new Set([
  'ErrImageNeverPull',
  'InvalidImageName',
  'CreateContainerConfigError',
]);

export async function waitForPodReady(
  connection: ClusterConnection,
  address: ResourceAddress,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pod = await findObject(connection, address);
    if (isPodReady(pod)) return;
    const reason = describePodWait(pod);
    const phase = ((pod?.status ?? {}) as PodStatus).phase;
    if (
      phase === 'Failed' ||
      phase === 'Succeeded' ||
      failedForGood.has(reason.split(':')[0] ?? '')
    ) {
      throw new Error(`pod "${address.name ?? ''}" cannot start: ${reason}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for pod "${address.name ?? ''}" in namespace "${address.namespace ?? ''}" to be ready (${reason})`,
      );
    }
    await sleep(POLL_MS);
  }
}
