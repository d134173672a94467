/**
 * Runs the lab's commands with this kubectl and with a real kubectl 1.33 against two fresh
 * learner clusters of the same sandbox, and compares what they print (generated names, ages and
 * uids normalized). Skipped when no real kubectl binary is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRealKubectl, startHarness, type Harness } from './testing/harness';
import {
  deploymentYaml,
  fixedDeploymentYaml,
  imagePullSecretYaml,
  normalizeOutput,
  serviceAccountYaml,
} from './testing/lab-files';

const real = findRealKubectl();
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.writeFile('cfosimagepullsecret.yaml', imagePullSecretYaml);
  await harness.writeFile('cfos7210250-deployment.yaml', deploymentYaml);
  await harness.writeFile('fixed.yaml', fixedDeploymentYaml);
  await harness.writeFile('Task1_1_create_cfos_serviceaccount.yaml', serviceAccountYaml);
}, 30_000);

afterAll(async () => {
  await harness?.close();
});

async function podName(side: 'mine' | 'real') {
  const r = await harness[side](
    'get pod -n cfostest -l app=cfos -o jsonpath={.items[*].metadata.name}',
  );
  return r.stdout;
}

async function compare(line: string) {
  const withPod = async (side: 'mine' | 'real') =>
    line.includes('$POD') ? line.replace('$POD', await podName(side)) : line;
  const mine = await harness.mine(await withPod('mine'));
  const theirs = await harness.real(await withPod('real'));
  const shape = (r: { stdout: string; stderr: string; code: number }) => ({
    stdout: normalizeOutput(r.stdout),
    stderr: normalizeOutput(r.stderr),
    code: r.code,
  });
  expect(shape(mine), `kubectl ${line}`).toEqual(shape(theirs));
  return mine;
}

describe.skipIf(!real)('kubectl compared with real kubectl 1.33 on the sandbox', () => {
  it('runs the lab verbatim with the same output', async () => {
    const lines = [
      'create namespace cfostest',
      'create namespace cfostest',
      'apply -f cfosimagepullsecret.yaml -n cfostest',
      'create -f Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
      'apply -f cfos7210250-deployment.yaml -n cfostest',
    ];
    for (const line of lines) await compare(line);
    // Both sides wait for their own rollout; the in-between lines depend on timing.
    for (const side of ['mine', 'real'] as const) {
      const status = await harness[side](
        'rollout status deployment cfos7210250-deployment -n cfostest',
      );
      expect(status.stdout).toMatch(
        /deployment "cfos7210250-deployment" successfully rolled out\n$/,
      );
    }
    const more = [
      'get pod -n cfostest -l app=cfos -o jsonpath={.items[*].metadata.name}',
      'exec -it po/$POD -n cfostest -- iptables -t nat -L -v',
      'apply -f cfos7210250-deployment.yaml -n cfostest',
      'get pods -n cfostest',
      'get deploy -n cfostest -o wide',
      'get all -n cfostest',
      'get pods -A --show-labels',
      'get sa,secret -n cfostest',
      'get clusterrole configmap-reader -o yaml',
      'describe ns cfostest',
      'describe sa cfos-serviceaccount -n cfostest',
      'describe deploy cfos7210250-deployment -n cfostest',
      'auth can-i create pods -n cfostest',
      'api-resources',
      'get foo',
      'get pods nothere -n cfostest',
      'delete namespace nothere',
      'get pods --bogus',
      'frobnicate',
      'get pods -o bad',
    ];
    for (const line of more) await compare(line);
  }, 120_000);

  it('fails on bad input with the same messages and exit codes', async () => {
    const lines = [
      'apply -f missing.yaml',
      'rollout status deployment nothere',
      'rollout status',
      'exec nopod -- ls',
      'exec',
      'logs',
      'logs nopod',
      'describe pod nopod',
      'delete',
      'delete pods',
      'get',
      'create foo',
      'create namespace',
      'create secret generic s --from-literal=ab',
      'create secret docker-registry reg',
      'auth can-i',
      'config foo',
      'get pods -o jsonpath',
      'get pods -o yaml',
      'get ns default -o jsonpath={.metadata.labels}',
      'delete ns default --dry-run=client',
    ];
    for (const line of lines) await compare(line);
  }, 120_000);

  it('prints get output forms the same way', async () => {
    const more = [
      'get ns default -o name',
      'get ns -o custom-columns=NAME:.metadata.name',
      'api-resources -o name',
      'describe secret cfosimagepullsecret -n cfostest',
      'describe clusterrole configmap-reader',
      'describe rolebinding read-configmaps -n cfostest',
      // kubectl walks ConfigMap data in Go's random map order, so one key keeps this stable.
      'create configmap settings --from-literal=a=1 -n cfostest',
      'create configmap c2 --from-literal=x=1 --from-literal=x=2 -n cfostest',
      'describe cm settings -n cfostest',
    ];
    for (const line of more) await compare(line);
  }, 120_000);

  it('execs, reads logs and writes objects with the same results', async () => {
    const lines = [
      'rollout status deployment cfos7210250-deployment -n cfostest --watch=false',
      'exec -c bad $POD -n cfostest -- ls',
      'logs -c bad $POD -n cfostest',
      "exec $POD -n cfostest -- sh -c 'exit 7'",
      'get pods -n cfostest -L app',
      'get pods -n cfostest --field-selector=status.phase=Running',
      'apply -f cfos7210250-deployment.yaml -n default --dry-run=server',
      'apply -f cfos7210250-deployment.yaml -n default --dry-run=client',
      'apply -f cfos7210250-deployment.yaml -n cfostest -o name',
      'create -f cfos7210250-deployment.yaml -n cfostest',
    ];
    for (const line of lines) await compare(line);
  }, 120_000);

  it('applies the lab fix, replaces, and cleans up the same way', async () => {
    await compare('apply -f fixed.yaml -n cfostest');
    await compare('apply -f fixed.yaml -n cfostest');
    for (const side of ['mine', 'real'] as const) {
      await harness[side]('rollout status deployment cfos7210250-deployment -n cfostest');
    }
    await compare(
      'get deploy cfos7210250-deployment -n cfostest -o jsonpath={.spec.template.spec.containers[0].securityContext.capabilities.add}',
    );
    await compare('replace -f cfos7210250-deployment.yaml -n cfostest');
    await compare('rollout history deployment cfos7210250-deployment -n cfostest');
    await compare('delete namespace cfostest');
    await compare('delete -f Task1_1_create_cfos_serviceaccount.yaml -n cfostest');
  }, 120_000);
});
