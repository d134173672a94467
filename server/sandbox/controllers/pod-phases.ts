/** The pod status documents the simulated kubelet writes at each stage of a pod's start. */
import type { KubeObject } from '../runtime/process';

type Container = { name: string; image?: string; resources?: Record<string, unknown> };

export const NODE_NAME = 'sandbox-node';
const HOST_IP = '10.224.0.4';

function condition(
  type: string,
  status: boolean,
  time: string,
  extra: Record<string, string> = {},
) {
  return {
    type,
    status: status ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: time,
    ...extra,
  };
}

function containersOf(pod: KubeObject): Container[] {
  return (pod.spec as { containers?: Container[] } | undefined)?.containers ?? [];
}

/** A stable pod IP per pod, derived from its uid. */
export function podIpOf(pod: KubeObject): string {
  const uid = pod.metadata.uid ?? '';
  let n = 0;
  for (const ch of uid) n = (n * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.244.${(n >>> 8) % 250}.${(n % 250) + 2}`;
}

function qosClass(pod: KubeObject): string {
  const any = containersOf(pod).some((c) => Object.keys(c.resources ?? {}).length > 0);
  return any ? 'Burstable' : 'BestEffort';
}

function hex(text: string, length: number): string {
  let out = '';
  let n = 0x811c9dc5;
  while (out.length < length) {
    for (const ch of text + out.length) n = Math.imul(n ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    out += n.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

function base(pod: KubeObject, time: string) {
  const ip = podIpOf(pod);
  const startTime = (pod.status as { startTime?: string } | undefined)?.startTime ?? time;
  return {
    hostIP: HOST_IP,
    hostIPs: [{ ip: HOST_IP }],
    podIP: ip,
    podIPs: [{ ip }],
    startTime,
    qosClass: qosClass(pod),
  };
}

/** Scheduled, sandbox being set up: containers are ContainerCreating. */
export function pendingStatus(pod: KubeObject, time: string) {
  return waitingStatus(pod, time, () => ({ reason: 'ContainerCreating' }));
}

/** Containers waiting with a reason per container (ErrImagePull, ImagePullBackOff …). */
export function waitingStatus(
  pod: KubeObject,
  time: string,
  waitingFor: (c: Container) => { reason: string; message?: string },
) {
  const names = containersOf(pod).map((c) => c.name);
  const notReady = {
    reason: 'ContainersNotReady',
    message: `containers with unready status: [${names.join(' ')}]`,
  };
  return {
    phase: 'Pending',
    conditions: [
      condition('PodReadyToStartContainers', true, time),
      condition('Initialized', true, time),
      condition('Ready', false, time, notReady),
      condition('ContainersReady', false, time, notReady),
      condition('PodScheduled', true, time),
    ],
    ...base(pod, time),
    containerStatuses: containersOf(pod).map((c) => ({
      name: c.name,
      state: { waiting: waitingFor(c) },
      lastState: {},
      ready: false,
      restartCount: 0,
      image: c.image,
      imageID: '',
      started: false,
    })),
  };
}

export function runningStatus(pod: KubeObject, time: string) {
  return {
    phase: 'Running',
    conditions: [
      condition('PodReadyToStartContainers', true, time),
      condition('Initialized', true, time),
      condition('Ready', true, time),
      condition('ContainersReady', true, time),
      condition('PodScheduled', true, time),
    ],
    ...base(pod, time),
    containerStatuses: containersOf(pod).map((c) => ({
      name: c.name,
      state: { running: { startedAt: time } },
      lastState: {},
      ready: true,
      restartCount: 0,
      image: c.image,
      imageID: `${(c.image ?? '').split(':')[0]}@sha256:${hex(c.image ?? '', 64)}`,
      containerID: `containerd://${hex(`${pod.metadata.uid}/${c.name}`, 64)}`,
      started: true,
    })),
  };
}
