import { describe, expect, it } from 'vitest';
import { ObjectStore } from './object-store';
import { resource } from './resources';
import { StatusError } from './status-error';

const DEPLOYMENTS = resource('deployments.apps');
const CONFIGMAPS = resource('configmaps');

function deployment(image: string) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'ns' },
    spec: { template: { spec: { containers: [{ name: 'c', image }] } } },
  };
}

describe('ObjectStore', () => {
  it('hands out increasing resource versions, uids and creation times', () => {
    const store = new ObjectStore();
    const a = store.create(CONFIGMAPS, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'a', namespace: 'ns' },
    });
    const b = store.create(CONFIGMAPS, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'b', namespace: 'ns' },
    });
    expect(Number(b.metadata.resourceVersion)).toBeGreaterThan(Number(a.metadata.resourceVersion));
    expect(a.metadata.uid).not.toBe(b.metadata.uid);
    expect(a.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('refuses a duplicate with AlreadyExists', () => {
    const store = new ObjectStore();
    store.create(DEPLOYMENTS, deployment('a'));
    expect(() => store.create(DEPLOYMENTS, deployment('a'))).toThrow(
      'deployments.apps "web" already exists',
    );
  });

  it('bumps generation on spec changes only', () => {
    const store = new ObjectStore();
    const created = store.create(DEPLOYMENTS, deployment('a'));
    expect(created.metadata.generation).toBe(1);
    const labelled = store.update(DEPLOYMENTS, {
      ...created,
      metadata: { ...created.metadata, labels: { x: 'y' } },
    });
    expect(labelled.metadata.generation).toBe(1);
    const withStatus = store.update(DEPLOYMENTS, { ...labelled, status: { replicas: 1 } });
    expect(withStatus.metadata.generation).toBe(1);
    const changed = store.update(DEPLOYMENTS, {
      ...deployment('b'),
      metadata: withStatus.metadata,
    });
    expect(changed.metadata.generation).toBe(2);
  });

  it('gives 409 Conflict for a stale resourceVersion', () => {
    const store = new ObjectStore();
    const first = store.create(DEPLOYMENTS, deployment('a'));
    store.update(DEPLOYMENTS, { ...deployment('b'), metadata: first.metadata });
    try {
      store.update(
        DEPLOYMENTS,
        { ...deployment('c'), metadata: first.metadata },
        String(first.metadata.resourceVersion),
      );
      expect.fail('a stale update was accepted');
    } catch (err) {
      expect((err as StatusError).code).toBe(409);
      expect((err as StatusError).message).toBe(
        'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
      );
    }
  });

  it('sends no event and keeps the version for an update that changes nothing', () => {
    const store = new ObjectStore();
    const created = store.create(DEPLOYMENTS, deployment('a'));
    const events: string[] = [];
    store.subscribe((e) => events.push(e.type));
    const same = store.update(DEPLOYMENTS, structuredClone(created));
    expect(same.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
    expect(events).toEqual([]);
  });

  it('replays changes since a version and reports versions older than its history', () => {
    const store = new ObjectStore({ historyLimit: 3 });
    const rvs: number[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      const o = store.create(CONFIGMAPS, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'ns' },
      });
      rvs.push(Number(o.metadata.resourceVersion));
    }
    expect(store.changesSince(rvs[3]!)!.map((e) => e.object.metadata.name)).toEqual(['e']);
    expect(store.changesSince(rvs[1]!)!.map((e) => e.object.metadata.name)).toEqual([
      'c',
      'd',
      'e',
    ]);
    expect(store.changesSince(rvs[0]!)).toBeNull();
  });

  it('counts objects and bytes and restores from a snapshot', () => {
    const store = new ObjectStore();
    store.create(DEPLOYMENTS, deployment('a'));
    const removed = store.create(CONFIGMAPS, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x', namespace: 'ns' },
    });
    store.delete(CONFIGMAPS, 'ns', removed.metadata.name);
    expect(store.objectCount).toBe(1);
    expect(store.byteCount).toBe(JSON.stringify(store.get(DEPLOYMENTS, 'ns', 'web')).length);
    const copy = new ObjectStore({}, store.snapshot(), () => DEPLOYMENTS);
    expect(copy.get(DEPLOYMENTS, 'ns', 'web')).toEqual(store.get(DEPLOYMENTS, 'ns', 'web'));
    expect(copy.resourceVersion).toBe(store.resourceVersion);
  });
});
