/**
 * Records core/v1 Events about objects, as the controllers and the kubelet of a real cluster do:
 * a repeat of the same reason and message bumps `count` instead of adding an event, and the
 * oldest events are dropped beyond a per-cluster cap so the history stays small.
 */
import type { KubeObject } from '../runtime/process';
import { formatTime, type ObjectStore } from '../store/object-store';
import { resource } from '../store/resources';

const EVENTS = resource('events');
const NAMESPACES = resource('namespaces');

export type EventType = 'Normal' | 'Warning';

export type EventRecorder = {
  record(
    involved: KubeObject,
    type: EventType,
    reason: string,
    message: string,
    component: string,
  ): void;
};

function randomSuffix(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createEventRecorder(
  store: ObjectStore,
  maxEvents: number,
  now: () => Date,
): EventRecorder {
  function trim() {
    const all = store.list(EVENTS);
    if (all.length <= maxEvents) return;
    const byAge = all.sort((a, b) =>
      String(a.lastTimestamp ?? '').localeCompare(String(b.lastTimestamp ?? '')),
    );
    for (const old of byAge.slice(0, all.length - maxEvents)) {
      store.delete(EVENTS, old.metadata.namespace, old.metadata.name);
    }
  }

  return {
    record(involved, type, reason, message, component) {
      const namespace = involved.metadata.namespace ?? 'default';
      // Nothing may be added to a namespace that is gone or going.
      const ns = store.get(NAMESPACES, undefined, namespace);
      if (!ns || ns.metadata.deletionTimestamp) return;
      const time = formatTime(now());
      const same = store
        .list(EVENTS, namespace)
        .find(
          (e) =>
            (e.involvedObject as { uid?: string }).uid === involved.metadata.uid &&
            e.reason === reason &&
            e.message === message,
        );
      if (same) {
        store.update(EVENTS, { ...same, count: Number(same.count ?? 1) + 1, lastTimestamp: time });
        return;
      }
      store.create(EVENTS, {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${involved.metadata.name}.${randomSuffix()}`, namespace },
        involvedObject: {
          kind: involved.kind,
          namespace: involved.metadata.namespace,
          name: involved.metadata.name,
          uid: involved.metadata.uid,
          apiVersion: involved.apiVersion,
          resourceVersion: involved.metadata.resourceVersion,
        },
        reason,
        message,
        source: { component },
        firstTimestamp: time,
        lastTimestamp: time,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: component,
        reportingInstance: '',
      });
      trim();
    },
  };
}
