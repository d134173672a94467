/**
 * Start-up of cluster mode against the sandbox's API server, reached through a kubeconfig file
 * as an operator would configure it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { execInContainer } from '@/server/cluster/exec-stream';
import { listObjects } from '@/server/cluster/objects';
import { startClusterMode, type ClusterMode } from './cluster-mode';
import { createClusterWorkspaces } from './cluster-workspaces';
import { formatLearnerNamespace } from './provision/labels';

let sandbox: Sandbox;
let file: string;
let mode: ClusterMode;
const logs: string[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ clusterOptions: { timing: { pullMs: 10 } } });
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cluster-mode-')), 'kubeconfig');
  writeFileSync(file, sandbox.adminKubeconfig());
  // A namespace left over from an earlier run whose learner is gone, made an hour ago.
  const earlier = createClusterWorkspaces(
    { kubeconfig: sandbox.adminKubeconfig() },
    { workstationImage: 'busybox' },
  );
  await earlier.provision('gone-learner');
  mode = await startClusterMode({
    kubeconfigSetting: file,
    listActiveLearnerIds: async () => ['present-learner'],
    env: { WORKSTATION_IMAGE: 'busybox' },
    log: (line) => logs.push(line),
  });
});

afterAll(async () => {
  await sandbox?.close();
});

describe('startClusterMode', () => {
  it('reports the mode for /healthz without credentials', () => {
    expect(mode.health).toEqual({
      mode: 'cluster',
      clusterSource: 'kubeconfig',
      server: expect.stringMatching(
        new RegExp(`^https?://127\\.0\\.0\\.1:${new URL(sandbox.url).port}$`),
      ),
      context: expect.any(String),
    });
    expect(JSON.stringify(mode.health)).not.toContain('token');
  });

  it('creates the shared objects and says so once', () => {
    expect(mode.sharedObjects.map((s) => s.result)).toEqual(Array(6).fill('created'));
    expect(logs[0]).toMatch(/^cluster mode: ClusterRole configmap-reader created, /);
  });

  it('spares a fresh orphan (grace period) at start-up', async () => {
    expect(mode.reaped).toEqual([]);
    const names = (
      await listObjects(mode.connection, { group: '', version: 'v1', resource: 'namespaces' })
    ).items.map((n) => n.metadata?.name);
    expect(names).toContain(formatLearnerNamespace('gone-learner'));
  });

  it('locates a workstation the terminal can exec into, provisioning it on demand', async () => {
    const location = await mode.locateWorkstation('present-learner');
    expect(location).toEqual({
      kubeconfig: mode.connection.kubeconfig,
      namespace: formatLearnerNamespace('present-learner'),
      pod: 'workstation',
      container: 'shell',
      command: ['bash', '-l'],
    });
    let output = '';
    const code = await execInContainer(
      mode.connection,
      { ...location, command: ['echo', 'ready'], tty: false },
      { stdin: null, write: (_s, data) => void (output += new TextDecoder().decode(data)) },
    );
    expect({ code, output }).toEqual({ code: 0, output: 'ready\n' });
  });

  it("gives checks a view of the learner's namespace", async () => {
    const view = mode.createLearnerView('present-learner');
    const ns = await view.get('v1', 'Namespace', 'cfostest');
    expect(ns?.metadata?.name).toBe(formatLearnerNamespace('present-learner'));
  });

  it('works the same from a second replica: nothing to create, same workstation, same view', async () => {
    const replica = await startClusterMode({
      kubeconfigSetting: file,
      listActiveLearnerIds: async () => ['present-learner'],
      env: { WORKSTATION_IMAGE: 'busybox' },
      log: () => {},
    });
    expect(replica.sharedObjects.every((s) => s.result === 'unchanged')).toBe(true);
    const fromA = await mode.locateWorkstation('present-learner');
    const fromB = await replica.locateWorkstation('present-learner');
    expect(fromB).toEqual(fromA);
    const pods = await replica
      .createLearnerView('present-learner')
      .list('v1', 'Pod', { namespace: 'cfostest' });
    expect(pods.map((p) => p.metadata?.name)).toEqual(['workstation']);
    // A release on one replica is seen by the other.
    expect(await replica.workspaces.release('present-learner')).toBe(true);
    await expect
      .poll(() => mode.createLearnerView('present-learner').get('v1', 'Namespace', 'cfostest'), {
        timeout: 10_000,
      })
      .toBeNull();
  });
});
