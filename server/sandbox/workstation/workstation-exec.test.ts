/**
 * Integration: a real kubectl binary execs into the learner's workstation pod of a real sandbox
 * API server, whose runtime runs this shell.
 */
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { createContainerRuntime } from '@/server/sandbox/runtime';
import { createWorkstationProgram } from './workstation-program';

function findKubectl(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = path.join(dir, 'kubectl');
    if (!existsSync(candidate)) continue;
    const pinned = path.join(path.dirname(realpathSync(candidate)), 'kubectl.1.33');
    return existsSync(pinned) ? pinned : candidate;
  }
  return null;
}

const kubectl = findKubectl();
let sandbox: Sandbox;
let kubeconfig: string;

beforeAll(async () => {
  const runtime = createContainerRuntime({
    images: { 'workshop/workstation': createWorkstationProgram() },
  });
  sandbox = await createSandbox({ port: 0, runtime });
  const credentials = await sandbox.provisionLearnerCluster(`workstation-exec-${process.pid}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'workstation-exec-'));
  kubeconfig = path.join(dir, 'kubeconfig');
  await writeFile(kubeconfig, credentials.kubeconfig);
});

afterAll(async () => {
  await sandbox?.close();
});

function run(
  args: string[],
  stdin?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      kubectl!,
      ['--kubeconfig', kubeconfig, ...args],
      { timeout: 30_000, env: { ...process.env, HOME: path.dirname(kubeconfig) } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

describe.skipIf(!kubectl)('exec into the workstation with a real kubectl', () => {
  it('runs bash -c and reports its exit status', async () => {
    const result = await run([
      'exec',
      '-n',
      'workstation',
      'workstation',
      '--',
      'bash',
      '-c',
      'echo $HOME; exit 3',
    ]);
    expect(result).toMatchObject({ code: 3, stdout: '/home/learner\n' });
  });

  it('runs a script piped into bash, whose kubectl reaches the same cluster', async () => {
    const script = [
      'kubectl create namespace piped-test',
      'cd $scriptDir',
      'kubectl create -f k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n piped-test',
      '',
    ].join('\n');
    const result = await run(
      ['exec', '-i', '-n', 'workstation', 'workstation', '--', 'bash'],
      script,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('namespace/piped-test created\n');
    expect(result.stdout).toContain('serviceaccount/cfos-serviceaccount created\n');
    const check = await run([
      'get',
      'serviceaccount',
      'cfos-serviceaccount',
      '-n',
      'piped-test',
      '-o',
      'name',
    ]);
    expect(check.stdout).toBe('serviceaccount/cfos-serviceaccount\n');
  });
});
