/**
 * The lab's checks against the real sandbox, driven by a real kubectl through the lab's commands:
 * each check fails before its step is done and passes after, and earlier ones stop passing when
 * later steps change what they looked at.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAB_COMMANDS } from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { createWorkspaceClusterView } from '../workspace/cluster-view';
import { createSandbox, type Sandbox } from '../sandbox';
import { findKubectls } from '../sandbox/test/kubectl-binaries';
import { createCheckEngine } from './engine';
import type { CheckContext } from './types';

const run = promisify(execFile);
const fixtures = path.join(import.meta.dirname, '../sandbox/test/fixtures');
const kubectl = findKubectls(['1.33'])[0];

describe.runIf(kubectl)('cFOS lab checks against the sandbox', () => {
  let sandbox: Sandbox;
  let home: string;
  let context: CheckContext;
  let quizAnswer: string | null = null;
  const engine = createCheckEngine({ timeoutMs: 20_000 });

  async function shell(script: string) {
    return run('bash', ['-c', script], {
      cwd: home,
      env: {
        ...process.env,
        PATH: `${path.dirname(kubectl!.path)}:${process.env.PATH ?? ''}`,
        HOME: home,
        scriptDir: home,
        KUBECONFIG: path.join(home, 'kubeconfig'),
        KUBECACHEDIR: path.join(home, 'cache'),
      },
    }).catch((error: { stdout: string; stderr: string }) => error);
  }
  const k = (args: string) => shell(`"${kubectl!.path}" ${args}`);
  const passed = async (checkId: string) => {
    const result = await engine.run('learner-1', checkId, context);
    return { passed: result.passed, failing: result.steps.filter((s) => !s.ok).map((s) => s.name) };
  };
  const waitRollout = () =>
    k('rollout status deployment cfos7210250-deployment -n cfostest --timeout=60s');

  beforeAll(async () => {
    sandbox = await createSandbox();
    const { kubeconfig } = await sandbox.provisionLearnerCluster('learner-1');
    home = mkdtempSync(path.join(tmpdir(), 'checks-'));
    writeFileSync(path.join(home, 'kubeconfig'), kubeconfig);
    copyFileSync(
      path.join(fixtures, 'cfosimagepullsecret.yaml'),
      path.join(home, 'cfosimagepullsecret.yaml'),
    );
    const scripts = path.join(home, 'k8s-201-workshop/scripts/cfos');
    mkdirSync(scripts, { recursive: true });
    copyFileSync(
      path.join(fixtures, 'k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml'),
      path.join(scripts, 'Task1_1_create_cfos_serviceaccount.yaml'),
    );
    context = {
      // In the sandbox the learner's cluster is private, so the lesson namespace is used as is.
      cluster: createWorkspaceClusterView({ kubeconfig }, 'cfostest'),
      learner: {
        quizAnswer: async () => quizAnswer,
        // The engine alone keeps no history; the prepare step is done first in this file.
        hasCompleted: async (taskId) => taskId === 'prepare',
      },
    };
  }, 60_000);

  afterAll(async () => {
    await sandbox?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('prepare fails on a fresh cluster and passes after the first three commands', async () => {
    expect((await passed('prepare')).failing[0]).toBe('Namespace "cfostest" exists');
    await k('create namespace cfostest');
    expect((await passed('prepare')).passed).toBe(false);
    await k('apply -f cfosimagepullsecret.yaml -n cfostest');
    await k(
      'create -f $scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
    );
    expect(await passed('prepare')).toEqual({ passed: true, failing: [] });
  });

  it('deploy-net-raw passes once the NET_RAW deployment runs and iptables is refused', async () => {
    expect((await passed('deploy-net-raw')).passed).toBe(false);
    await shell([LAB_COMMANDS.setImage, LAB_COMMANDS.writeDeployment].join('\n'));
    await k('apply -f cfos7210250-deployment.yaml -n cfostest');
    await waitRollout();
    expect(await passed('deploy-net-raw')).toEqual({ passed: true, failing: [] });
    const fix = await passed('fix-permissions');
    expect(fix.failing).toEqual([
      'Capabilities include NET_ADMIN and NET_RAW',
      'iptables -t nat -L -v works inside the pod',
    ]);
  }, 90_000);

  it('fix-permissions passes after the sed answer, replace and rollout', async () => {
    await shell(LAB_COMMANDS.addNetAdmin);
    await k('replace -f cfos7210250-deployment.yaml -n cfostest');
    await waitRollout();
    expect(await passed('fix-permissions')).toEqual({ passed: true, failing: [] });
    expect((await passed('deploy-net-raw')).failing).toEqual([
      'iptables -t nat -L -v is refused inside the pod',
    ]);
  }, 90_000);

  it('clean-up needs both the namespace and the cluster roles gone', async () => {
    expect((await passed('clean-up')).failing).toHaveLength(3);
    await k('delete namespace cfostest');
    expect((await passed('clean-up')).failing).toEqual([
      'ClusterRole "configmap-reader" is deleted',
      'ClusterRole "secrets-reader" is deleted',
    ]);
    await k(
      'delete -f $scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
    );
    expect(await passed('clean-up')).toEqual({ passed: true, failing: [] });
  }, 60_000);

  it('qa-privileged follows the stored answer', async () => {
    expect((await passed('qa-privileged')).passed).toBe(false);
    quizAnswer = 'yes';
    expect((await passed('qa-privileged')).passed).toBe(false);
    quizAnswer = 'no';
    expect((await passed('qa-privileged')).passed).toBe(true);
  });

  it("one learner's checks never see another learner's objects", async () => {
    const { kubeconfig } = await sandbox.provisionLearnerCluster('learner-2');
    writeFileSync(path.join(home, 'kubeconfig'), kubeconfig);
    await k('create namespace cfostest');
    expect((await passed('clean-up')).passed).toBe(true);
  });
});
