import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import type { ClusterConnection } from '@/server/cluster/connection';
import { createClusterWorkspaces } from './cluster-workspaces';
import { createWorkspaceClusterView } from './cluster-view';
import type { ClusterView } from '@/server/checks/types';

let sandbox: Sandbox;
let connection: ClusterConnection;
let view: ClusterView;
let namespace: string;

beforeAll(async () => {
  sandbox = await createSandbox({ clusterOptions: { timing: { pullMs: 10 } } });
  connection = { kubeconfig: sandbox.adminKubeconfig() };
  const workspaces = createClusterWorkspaces(connection, { workstationImage: 'busybox' });
  await workspaces.ensureSharedObjects();
  ({ namespace } = await workspaces.provision('viewer'));
  await workspaces.provision('someone-else');
  await workspaces.waitForWorkstation('viewer', 10_000);
  view = createWorkspaceClusterView(connection, namespace);
});

afterAll(async () => {
  await sandbox?.close();
});

describe('the checks’ view of a learner namespace on a real cluster', () => {
  it('reads the lesson namespace as the learner’s own', async () => {
    const ns = await view.get('v1', 'Namespace', 'cfostest');
    expect(ns?.metadata?.name).toBe(namespace);
    const sa = await view.get('v1', 'ServiceAccount', 'learner', 'cfostest');
    expect(sa?.metadata?.namespace).toBe(namespace);
    const pods = await view.list('v1', 'Pod', { namespace: 'cfostest' });
    expect(pods.map((p) => p.metadata?.name)).toEqual(['workstation']);
  });

  it('sees nothing outside the learner’s namespace', async () => {
    expect(await view.get('v1', 'ServiceAccount', 'default', 'kube-system')).toBeNull();
    expect(await view.get('v1', 'Namespace', 'kube-system')).toBeNull();
    expect(await view.list('v1', 'Pod', { namespace: 'default' })).toEqual([]);
    const other = await view.exec('default', 'workstation', 'shell', ['id']);
    expect(other.exitCode).toBe(1);
    expect(other.stderr).toContain('outside your workspace');
  });

  it('reads the shared cluster roles', async () => {
    const role = await view.get('rbac.authorization.k8s.io/v1', 'ClusterRole', 'secrets-reader');
    expect(role?.metadata?.name).toBe('secrets-reader');
  });

  it('runs commands in the learner’s pods', async () => {
    const outcome = await view.exec('cfostest', 'workstation', 'shell', ['echo', 'hello']);
    expect(outcome).toEqual({ stdout: 'hello\n', stderr: '', exitCode: 0 });
  });

  it('names a kind it does not know, like kubectl', async () => {
    await expect(view.get('v1', 'Widget', 'x', 'cfostest')).rejects.toThrow(
      'the server doesn\'t have a resource type "Widget"',
    );
  });
});
