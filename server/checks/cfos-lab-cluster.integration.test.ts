/**
 * The clean-up check in cluster mode, against a learner namespace provisioned in the sandbox's API
 * server as on a real cluster, driven by a real kubectl through the lesson's own commands as the
 * lesson page renders them for the learner. The learner cannot delete their namespace there, so
 * clean-up asks for the lab's objects to be gone from it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LAB_COMMANDS,
  taskCommands,
  type LabTaskId,
} from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { createSandbox, type Sandbox } from '../sandbox';
import { findKubectls } from '../sandbox/test/kubectl-binaries';
import { adaptCommandForLearner } from '../workspace/cluster-commands';
import { createWorkspaceClusterView } from '../workspace/cluster-view';
import { createClusterWorkspaces } from '../workspace/cluster-workspaces';
import { createWorkstationFiles } from '../workspace/provision/lesson-files';
import { createCheckEngine } from './engine';
import type { CheckContext } from './types';

const run = promisify(execFile);
const kubectl = findKubectls(['1.33'])[0];

/** One task's commands as a single block, the way the lesson shows them. */
const taskBlock = (task: LabTaskId) => taskCommands(task).join('\n');

describe.runIf(kubectl)('clean-up check in a learner namespace (cluster mode)', () => {
  let sandbox: Sandbox;
  let home: string;
  let namespace: string;
  let prepared = true;
  let context: CheckContext;
  const engine = createCheckEngine({ timeoutMs: 20_000 });

  /** Runs a lesson command the way the lesson page shows it to this learner. */
  async function runAsShown(lessonCommand: string) {
    const { command } = adaptCommandForLearner(lessonCommand, namespace);
    return run('bash', ['-c', command], {
      cwd: home,
      env: {
        ...process.env,
        PATH: `${path.dirname(kubectl!.path)}:${process.env.PATH ?? ''}`,
        HOME: home,
        scriptDir: home,
        KUBECONFIG: path.join(home, 'kubeconfig'),
        KUBECACHEDIR: path.join(home, 'cache'),
      },
    });
  }
  const cleanUp = async () => {
    const result = await engine.run('learner-1', 'clean-up', context);
    return result.steps.filter((s) => !s.ok).map((s) => s.name);
  };

  beforeAll(async () => {
    sandbox = await createSandbox({ clusterOptions: { timing: { pullMs: 10 } } });
    const connection = { kubeconfig: sandbox.adminKubeconfig() };
    const workspaces = createClusterWorkspaces(connection, { workstationImage: 'busybox' });
    await workspaces.ensureSharedObjects();
    ({ namespace } = await workspaces.provision('learner-1'));
    home = mkdtempSync(path.join(tmpdir(), 'checks-cluster-'));
    writeFileSync(path.join(home, 'kubeconfig'), connection.kubeconfig);
    // The workstation's files on a real cluster: the ClusterRoles are taken out of the manifest.
    for (const [file, content] of Object.entries(createWorkstationFiles())) {
      mkdirSync(path.dirname(path.join(home, file)), { recursive: true });
      writeFileSync(path.join(home, file), content);
    }
    context = {
      cluster: createWorkspaceClusterView(connection, namespace),
      learner: { quizAnswer: async () => null, hasCompleted: async () => prepared },
      mode: 'cluster',
    };
  }, 60_000);

  afterAll(async () => {
    await sandbox?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('fails on an untouched namespace: the lab was not set up', async () => {
    prepared = false;
    expect(await cleanUp()).toEqual(['The lab was set up first']);
    prepared = true;
  });

  it('fails while the lab objects are in the namespace', async () => {
    await runAsShown(taskBlock('prepare'));
    // The heredoc as typed: one shell, so it sees the image variable set just before.
    await runAsShown([LAB_COMMANDS.setImage, LAB_COMMANDS.writeDeployment].join('\n'));
    await runAsShown(LAB_COMMANDS.applyDeployment);
    await runAsShown(`${LAB_COMMANDS.waitForRollout} --timeout=60s`);
    expect(await cleanUp()).toEqual([
      'Deployment "cfos7210250-deployment" is deleted',
      'No cFOS pod (app=cfos) is left',
      'Secret "cfosimagepullsecret" is deleted',
      'ServiceAccount "cfos-serviceaccount" is deleted',
      'RoleBinding "read-configmaps" is deleted',
      'RoleBinding "read-secrets" is deleted',
    ]);
  }, 90_000);

  it('passes after the lesson clean-up step as shown, leaving the namespace and shared roles', async () => {
    await runAsShown(taskBlock('clean-up'));
    await expect.poll(cleanUp, { timeout: 30_000, interval: 500 }).toEqual([]);
    const ns = await context.cluster.get('v1', 'Namespace', 'cfostest');
    expect(ns?.metadata?.name).toBe(namespace);
    const role = await context.cluster.get(
      'rbac.authorization.k8s.io/v1',
      'ClusterRole',
      'secrets-reader',
    );
    expect(role).not.toBeNull();
  }, 60_000);
});
