/**
 * The user a simulated container runs as: container `runAsUser`/`runAsGroup` over the pod's, and
 * otherwise the image's user. Every image the sandbox knows runs as root by default.
 */

import type { KubeObject } from './process';
import { findContainer, isInteger, podSpecOf } from './pod-spec';

export type ContainerUser = {
  uid: number;
  /** Primary group. Without runAsGroup it is the user's group in the image, or 0. */
  gid: number;
  /** True when runAsGroup set the primary group (otherwise the image's passwd entry decides). */
  gidFromSpec: boolean;
  /** Extra groups from the pod's supplementalGroups and fsGroup (image groups are added later). */
  supplementalGroups: number[];
};

export function effectiveUser(
  pod: KubeObject,
  containerName: string,
): { uid: number; gid: number } {
  const { uid, gid } = resolveUser(pod, containerName);
  return { uid, gid };
}

/** Same as `effectiveUser`, with the supplementary groups the pod spec asks for. */
export function resolveUser(pod: KubeObject, containerName: string): ContainerUser {
  const podContext = podSpecOf(pod).securityContext ?? {};
  const containerContext = findContainer(pod, containerName)?.securityContext ?? {};
  const uid = pickInteger(containerContext.runAsUser, podContext.runAsUser) ?? 0;
  // Users outside the image's /etc/passwd get group 0, as runc does.
  const specGid = pickInteger(containerContext.runAsGroup, podContext.runAsGroup);
  const gid = specGid ?? 0;
  const supplementalGroups = Array.isArray(podContext.supplementalGroups)
    ? podContext.supplementalGroups.filter(isInteger)
    : [];
  if (isInteger(podContext.fsGroup)) supplementalGroups.push(podContext.fsGroup);
  return {
    uid,
    gid,
    gidFromSpec: specGid !== undefined,
    supplementalGroups: [...new Set(supplementalGroups)],
  };
}

function pickInteger(...values: unknown[]): number | undefined {
  return values.find(isInteger);
}
