/**
 * The simulated scheduler and kubelet: a new pod is bound to the one node, its images are
 * "pulled" (refused without matching pull credentials: ErrImagePull, then ImagePullBackOff with
 * growing back-off), and its containers start, with the events a real kubelet records.
 * A change to secrets or service accounts retries waiting pulls at once.
 */
import type { Cluster } from '../cluster/cluster';
import type { KubeObject } from '../runtime/process';
import { cloneObject, formatTime } from '../store/object-store';
import { resource } from '../store/resources';
import { checkImagePull, pullFailureMessage } from './image-pull';
import type { Controller, Enqueue } from './manager';
import { NODE_NAME, pendingStatus, runningStatus, waitingStatus } from './pod-phases';

const PODS = resource('pods');
const NAME = 'kubelet';

/** Images every node already has (the workstation), so their pods start at once. */
export const PRELOADED_IMAGES = ['workshop/workstation:1'];

type PullState = { stage: 'pulling' | 'failed'; attempts: number; dueAt: number; warned?: boolean };
type Container = { name: string; image: string; imagePullPolicy?: string };

export function createKubelet(cluster: Cluster, enqueue: Enqueue): Controller {
  const store = cluster.store;
  const states = new Map<string, PullState>();
  const present = new Set(PRELOADED_IMAGES);
  const keyOf = (pod: KubeObject) => `${pod.metadata.namespace}/${pod.metadata.name}`;

  function write(pod: KubeObject, change: (copy: KubeObject) => void) {
    const copy = cloneObject(pod);
    change(copy);
    return store.update(PODS, copy);
  }

  function record(pod: KubeObject, type: 'Normal' | 'Warning', reason: string, message: string) {
    cluster.events.record(
      pod,
      type,
      reason,
      message,
      reason === 'Scheduled' ? 'default-scheduler' : 'kubelet',
    );
  }

  function containersOf(pod: KubeObject): Container[] {
    return (pod.spec as { containers?: Container[] }).containers ?? [];
  }

  function start(pod: KubeObject, time: string, pulledNow: boolean) {
    for (const c of containersOf(pod)) {
      if (pulledNow && !present.has(c.image)) {
        record(
          pod,
          'Normal',
          'Pulled',
          `Successfully pulled image "${c.image}" in ${(cluster.timing.pullMs / 1000).toFixed(3)}s (${(cluster.timing.pullMs / 1000).toFixed(3)}s including waiting). Image size: 0 bytes.`,
        );
      } else {
        record(pod, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`);
      }
      present.add(c.image);
      record(pod, 'Normal', 'Created', `Created container: ${c.name}`);
      record(pod, 'Normal', 'Started', `Started container ${c.name}`);
    }
    write(pod, (copy) => (copy.status = runningStatus(copy, time)));
  }

  function pull(pod: KubeObject, state: PullState, time: string) {
    const check = checkImagePull(store, pod);
    if (check.missingSecrets.length && !state.warned) {
      record(
        pod,
        'Warning',
        'FailedToRetrieveImagePullSecret',
        `Unable to retrieve some image pull secrets (${check.missingSecrets.join(', ')}); attempting to pull the image may not succeed.`,
      );
      state.warned = true;
    }
    for (const c of containersOf(pod))
      record(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`);
    if (check.refused.length === 0) {
      states.delete(pod.metadata.uid ?? '');
      start(pod, time, true);
      return;
    }
    for (const image of check.refused) {
      record(
        pod,
        'Warning',
        'Failed',
        `Failed to pull image "${image}": ${pullFailureMessage(image)}`,
      );
      record(pod, 'Warning', 'Failed', 'Error: ErrImagePull');
    }
    write(pod, (copy) => {
      copy.status = waitingStatus(copy, time, (c) =>
        check.refused.includes(c.image ?? '')
          ? { reason: 'ErrImagePull', message: pullFailureMessage(c.image ?? '') }
          : { reason: 'ContainerCreating' },
      );
    });
    state.stage = 'failed';
    state.attempts += 1;
    state.dueAt = cluster.now().getTime() + cluster.timing.backOffNoticeMs;
    enqueue(NAME, keyOf(pod), cluster.timing.backOffNoticeMs);
  }

  function backOff(pod: KubeObject, state: PullState, time: string) {
    const refused = checkImagePull(store, pod).refused;
    for (const image of refused) {
      record(pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`);
      record(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff');
    }
    write(pod, (copy) => {
      copy.status = waitingStatus(copy, time, (c) =>
        refused.includes(c.image ?? '')
          ? { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` }
          : { reason: 'ContainerCreating' },
      );
    });
    const delay = Math.min(
      cluster.timing.backOffMs * 2 ** (state.attempts - 1),
      cluster.timing.maxBackOffMs,
    );
    state.stage = 'pulling';
    state.dueAt = cluster.now().getTime() + delay;
    enqueue(NAME, keyOf(pod), delay);
  }

  function reconcile(key: string) {
    const [namespace, name] = key.split('/') as [string, string];
    const pod = store.get(PODS, namespace, name);
    if (!pod || pod.metadata.deletionTimestamp) return;
    const uid = pod.metadata.uid ?? '';
    const time = formatTime(cluster.now());
    const phase = (pod.status as { phase?: string } | undefined)?.phase;
    if (phase === 'Running' || phase === 'Succeeded' || phase === 'Failed') {
      states.delete(uid);
      return;
    }
    const spec = pod.spec as { nodeName?: string };
    if (!spec.nodeName) {
      const bound = write(pod, (copy) => {
        (copy.spec as { nodeName?: string }).nodeName = NODE_NAME;
        copy.status = pendingStatus(copy, time);
      });
      record(
        bound,
        'Normal',
        'Scheduled',
        `Successfully assigned ${namespace}/${name} to ${NODE_NAME}`,
      );
      const cached = containersOf(pod).every(
        (c) => present.has(c.image) && c.imagePullPolicy !== 'Always',
      );
      const delay = cached ? cluster.timing.startMs : cluster.timing.pullMs;
      states.set(uid, { stage: 'pulling', attempts: 0, dueAt: cluster.now().getTime() + delay });
      enqueue(NAME, key, delay);
      return;
    }
    let state = states.get(uid);
    if (!state) states.set(uid, (state = { stage: 'pulling', attempts: 0, dueAt: 0 }));
    const wait = state.dueAt - cluster.now().getTime();
    if (wait > 0) {
      enqueue(NAME, key, wait);
      return;
    }
    const cached = containersOf(pod).every(
      (c) => present.has(c.image) && c.imagePullPolicy !== 'Always',
    );
    if (state.stage === 'failed') backOff(pod, state, time);
    else if (cached && state.attempts === 0) {
      states.delete(uid);
      start(pod, time, false);
    } else pull(pod, state, time);
  }

  return {
    name: NAME,
    keysFor(event) {
      const o = event.object;
      if (event.resource === PODS) {
        if (event.type === 'DELETED') states.delete(o.metadata.uid ?? '');
        return event.type === 'ADDED' ? [keyOf(o)] : [];
      }
      if (event.resource.plural === 'secrets' || event.resource.plural === 'serviceaccounts') {
        // New credentials: retry waiting pulls in that namespace now rather than after back-off.
        const keys: string[] = [];
        for (const pod of store.list(PODS, o.metadata.namespace)) {
          const state = states.get(pod.metadata.uid ?? '');
          if (state && state.attempts > 0) {
            state.dueAt = 0;
            state.stage = 'pulling';
            keys.push(keyOf(pod));
          }
        }
        return keys;
      }
      return [];
    },
    allKeys: () => store.list(PODS).map(keyOf),
    reconcile,
  };
}
