import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import type { ClusterConnection } from './connection';
import {
  containsDesired,
  deleteIfPresent,
  ensureObject,
  findObject,
  locateObject,
} from './provision-apply';

describe('containsDesired', () => {
  it('ignores what the server added and notices what changed', () => {
    const desired = { spec: { a: 1, list: [{ x: 1 }] } };
    expect(
      containsDesired({ spec: { a: 1, b: 2, list: [{ x: 1, y: 2 }] }, status: {} }, desired),
    ).toBe(true);
    expect(containsDesired({ spec: { a: 2, list: [{ x: 1 }] } }, desired)).toBe(false);
    expect(containsDesired({ spec: { a: 1, list: [{ x: 1 }, { x: 2 }] } }, desired)).toBe(false);
    expect(containsDesired({ spec: { a: 1 } }, desired)).toBe(false);
  });
});

describe('locateObject', () => {
  it('finds namespaced and cluster-scoped addresses', () => {
    expect(
      locateObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'n' } }),
    ).toEqual({
      group: '',
      version: 'v1',
      resource: 'pods',
      namespace: 'n',
      name: 'p',
    });
    expect(
      locateObject({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'r', namespace: 'ignored' },
      }),
    ).toEqual({
      group: 'rbac.authorization.k8s.io',
      version: 'v1',
      resource: 'clusterroles',
      namespace: undefined,
      name: 'r',
    });
  });

  it('refuses unknown kinds and missing names, in the API server’s words', () => {
    expect(() =>
      locateObject({ apiVersion: 'v1', kind: 'Widget', metadata: { name: 'w' } }),
    ).toThrow('no provisioning address is known for v1/Widget');
    expect(() =>
      locateObject({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'n' } }),
    ).toThrow('Pod: metadata.name: Required value');
    expect(() => locateObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } })).toThrow(
      'Pod "p": metadata.namespace: Required value',
    );
  });
});

describe('ensureObject against the sandbox API server', () => {
  let sandbox: Sandbox;
  let connection: ClusterConnection;
  beforeAll(async () => {
    sandbox = await createSandbox();
    connection = { kubeconfig: sandbox.adminKubeconfig() };
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  const configMap = (value: string) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings', namespace: 'default' },
    data: { value },
  });

  it('creates, leaves alone, then replaces an object', async () => {
    expect(await ensureObject(connection, configMap('a'))).toBe('created');
    expect(await ensureObject(connection, configMap('a'))).toBe('unchanged');
    expect(await ensureObject(connection, configMap('b'))).toBe('updated');
    expect(await ensureObject(connection, configMap('c'), 'keep')).toBe('unchanged');
    const stored = await findObject(connection, locateObject(configMap('x')));
    expect(stored?.data).toEqual({ value: 'b' });
  });

  it('deletes once, then reports the object gone', async () => {
    const address = locateObject(configMap('x'));
    expect(await deleteIfPresent(connection, address)).toBe(true);
    expect(await deleteIfPresent(connection, address)).toBe(false);
    expect(await findObject(connection, address)).toBeUndefined();
  });
});
