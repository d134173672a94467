/**
 * The lesson's lab, run verbatim in real bash with a real kubectl (1.30 and 1.33) against
 * `npm run sandbox`, compared line by line with what a real cluster prints.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LAB_STEPS,
  type LabCommandName,
  type LabTaskId,
} from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { findKubectls } from './kubectl-binaries';
import { startStandalone, type Standalone } from './standalone';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const kubectls = findKubectls();

/**
 * The lab as one bash script: each command's output follows a `### task/command` line and ends
 * with its exit code, so each can be compared on its own.
 */
function labScript(): string {
  return LAB_STEPS.flatMap((s) => [`echo "### ${s.task}/${s.name}"`, s.command, 'echo "exit=$?"'])
    .concat('')
    .join('\n');
}

function runLab(kubectl: string, kubeconfig: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'sandbox-lab-'));
  const home = path.join(root, 'home');
  const scripts = path.join(root, 'scripts');
  const bin = path.join(root, 'bin');
  for (const d of [home, scripts, bin]) mkdirSync(d);
  cpSync(
    path.join(FIXTURES, 'cfosimagepullsecret.yaml'),
    path.join(home, 'cfosimagepullsecret.yaml'),
  );
  cpSync(path.join(FIXTURES, 'k8s-201-workshop'), path.join(scripts, 'k8s-201-workshop'), {
    recursive: true,
  });
  symlinkSync(kubectl, path.join(bin, 'kubectl'));
  // A file, not stdin: `kubectl exec -i` would read the rest of the script as its input.
  const script = path.join(root, 'lab.sh');
  writeFileSync(script, labScript());
  // One pipe for both streams keeps stdout and stderr lines in the order a terminal shows them.
  const result = spawnSync('bash', ['-c', 'exec bash "$0" 2>&1', script], {
    env: {
      NODE_ENV: 'test',
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: home,
      scriptDir: scripts,
      KUBECONFIG: kubeconfig,
      KUBECACHEDIR: path.join(root, 'cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
  const text = result.stdout;
  const sections = new Map<string, string[]>();
  const exitCodes = new Map<string, number>();
  let current = '';
  for (const line of text.split('\n')) {
    const m = /^### (\S+)$/.exec(line);
    const exit = /^exit=(\d+)$/.exec(line);
    if (m) sections.set((current = m[1]!), []);
    else if (exit) exitCodes.set(current, Number(exit[1]));
    else if (current && line.trim()) sections.get(current)!.push(line);
  }
  return { sections, exitCodes, stderr: result.stderr, status: result.status };
}

describe.skipIf(kubectls.length === 0)('the lab with a real kubectl', () => {
  for (const { version, path: kubectl } of kubectls) {
    describe(`kubectl ${version}`, () => {
      let sandbox: Standalone;
      let lab: ReturnType<typeof runLab>;
      beforeAll(async () => {
        sandbox = await startStandalone();
        lab = runLab(kubectl, sandbox.kubeconfig);
      }, 180_000);
      afterAll(async () => {
        expect(await sandbox?.stop()).toBe(true);
        // Nothing may still listen once the sandbox has stopped.
        await expect(fetch(`${sandbox.url}/version`)).rejects.toThrow();
      });
      type Step = `${LabTaskId}/${LabCommandName}`;
      const out = (step: Step) => lab.sections.get(step) ?? [];
      const exitCode = (step: Step) => lab.exitCodes.get(step);

      it('creates the namespace, secret, service account and roles', () => {
        expect(out('prepare/cdHome')).toEqual([]);
        expect(out('prepare/createNamespace')).toEqual(['namespace/cfostest created']);
        expect(out('prepare/applyPullSecret')).toEqual(['secret/cfosimagepullsecret created']);
        expect(out('prepare/createServiceAccount')).toEqual([
          'serviceaccount/cfos-serviceaccount created',
          'clusterrole.rbac.authorization.k8s.io/configmap-reader created',
          'rolebinding.rbac.authorization.k8s.io/read-configmaps created',
          'clusterrole.rbac.authorization.k8s.io/secrets-reader created',
          'rolebinding.rbac.authorization.k8s.io/read-secrets created',
        ]);
        expect(out('deploy-net-raw/writeDeployment')).toEqual([]);
        expect(out('deploy-net-raw/applyDeployment')).toEqual([
          'deployment.apps/cfos7210250-deployment created',
        ]);
      });

      it('waits for the rollout like a real cluster', () => {
        const lines = out('deploy-net-raw/waitForRollout');
        expect(lines[0]).toBe(
          'Waiting for deployment "cfos7210250-deployment" rollout to finish: 0 of 1 updated replicas are available...',
        );
        expect(lines.at(-1)).toBe('deployment "cfos7210250-deployment" successfully rolled out');
      });

      it('denies iptables without NET_ADMIN, with the exit code', () => {
        expect(out('deploy-net-raw/findPod')).toEqual([]);
        expect(out('deploy-net-raw/execIptables')).toEqual([
          'Unable to use a TTY - input is not a terminal or the right kind of file',
          "iptables v1.8.7 (legacy): can't initialize iptables table `nat': Permission denied (you must be root)",
          'Perhaps iptables or your kernel needs to be upgraded.',
          'command terminated with exit code 3',
        ]);
        expect(exitCode('deploy-net-raw/execIptables')).toBe(3);
      });

      it('replaces the deployment and rolls out the fix', () => {
        expect(out('fix-permissions/addNetAdmin')).toEqual([]);
        expect(exitCode('fix-permissions/addNetAdmin')).toBe(0);
        expect(out('fix-permissions/replaceDeployment')).toEqual([
          'deployment.apps/cfos7210250-deployment replaced',
        ]);
        const lines = out('fix-permissions/waitForRollout');
        expect(lines.at(-1)).toBe('deployment "cfos7210250-deployment" successfully rolled out');
        for (const line of lines.slice(0, -1)) {
          expect(line).toMatch(
            /^Waiting for deployment "cfos7210250-deployment" rollout to finish: /,
          );
        }
      });

      it('lists the nat chains once NET_ADMIN is added', () => {
        const chains = out('fix-permissions/execIptables').filter((l) => l.startsWith('Chain '));
        expect(chains.map((l) => l.split(' (')[0])).toEqual([
          'Chain PREROUTING',
          'Chain INPUT',
          'Chain OUTPUT',
          'Chain POSTROUTING',
        ]);
        expect(exitCode('fix-permissions/execIptables')).toBe(0);
      });

      it('cleans up as a real cluster does', () => {
        expect(out('clean-up/deleteNamespace')).toEqual(['namespace "cfostest" deleted']);
        const file = 'k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml';
        const lines = out('clean-up/deleteServiceAccountFile').map((l) =>
          l.replace(/"[^"]*k8s-201-workshop/, '"k8s-201-workshop'),
        );
        expect([...lines].sort()).toEqual(
          [
            'Warning: deleting cluster-scoped resources, not scoped to the provided namespace',
            'clusterrole.rbac.authorization.k8s.io "configmap-reader" deleted',
            'clusterrole.rbac.authorization.k8s.io "secrets-reader" deleted',
            `Error from server (NotFound): error when deleting "${file}": serviceaccounts "cfos-serviceaccount" not found`,
            `Error from server (NotFound): error when deleting "${file}": rolebindings.rbac.authorization.k8s.io "read-configmaps" not found`,
            `Error from server (NotFound): error when deleting "${file}": rolebindings.rbac.authorization.k8s.io "read-secrets" not found`,
          ].sort(),
        );
        expect(exitCode('clean-up/deleteServiceAccountFile')).toBe(1);
      });
    });
  }
});
