/**
 * This kubectl against a live sandbox, for what a comparison with real kubectl cannot show:
 * the live terminal (tty exec, resizes), streaming (`get -w`, Ctrl-C), piped stdin and the
 * workstation kubeconfig.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testing/harness';
import { createFakeTerminal } from './testing/fake-terminal';
import { deploymentYaml, imagePullSecretYaml, serviceAccountYaml } from './testing/lab-files';

let harness: Harness;
let pod = '';

beforeAll(async () => {
  harness = await startHarness();
  await harness.writeFile('cfos7210250-deployment.yaml', deploymentYaml);
  await harness.writeFile('sa.yaml', serviceAccountYaml);
  await harness.mine('create namespace cfostest');
  await harness.mine('apply -f - -n cfostest', imagePullSecretYaml);
  await harness.mine('apply -f sa.yaml -n cfostest');
  await harness.mine('apply -f cfos7210250-deployment.yaml -n cfostest');
  await harness.mine('rollout status deployment/cfos7210250-deployment -n cfostest');
  pod = (
    await harness.mine('get pod -n cfostest -l app=cfos -o jsonpath={.items[0].metadata.name}')
  ).stdout;
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

describe('kubectl in the workstation, against the sandbox', () => {
  it('runs exec -it through the live terminal and returns the exit code', async () => {
    const terminal = createFakeTerminal();
    const run = harness.mine(`exec -it po/${pod} -n cfostest -- sh`, undefined, { terminal });
    terminal.type('echo hello-from-tty\n');
    terminal.type('exit 3\n');
    const result = await run;
    expect(terminal.output()).toContain('hello-from-tty');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe('command terminated with exit code 3\n');
  }, 20_000);

  it('prints the lab’s permission error and the exit code without NET_ADMIN', async () => {
    const result = await harness.mine(`exec po/${pod} -n cfostest -- iptables -t nat -L -v`);
    expect(result.stderr).toContain(
      "can't initialize iptables table `nat': Permission denied (you must be root)",
    );
    expect(result.stderr).toMatch(/command terminated with exit code \d+\n$/);
    expect(result.code).not.toBe(0);
  });

  it('falls back to no tty with a warning when there is no terminal, feeding piped stdin', async () => {
    const result = await harness.mine(`exec -it ${pod} -n cfostest -- sh`, 'echo piped-in\n');
    expect(result.stderr).toContain(
      'Unable to use a TTY - input is not a terminal or the right kind of file\n',
    );
    expect(result.stdout).toBe('piped-in\n');
    expect(result.code).toBe(0);
  });

  it('drops -t silently without -i, as kubectl does', async () => {
    const result = await harness.mine(`exec -t ${pod} -n cfostest -- echo plain`);
    expect(result).toEqual({ stdout: 'plain\n', stderr: '', code: 0 });
  });

  it('forwards terminal resizes to the program', async () => {
    const terminal = createFakeTerminal({ columns: 200, rows: 24 });
    const run = harness.mine(`exec -it ${pod} -n cfostest -- sh`, undefined, { terminal });
    terminal.type('ls /\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const wide = terminal.output();
    terminal.resize({ columns: 10, rows: 24 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    terminal.type('ls /\nexit\n');
    await run;
    const narrow = terminal.output().slice(wide.length);
    // Ten columns fit one name per line; two hundred fit several on a line.
    const longestLine = (text: string) => Math.max(...text.split(/\r?\n/).map((l) => l.length));
    expect(longestLine(narrow.split('ls /')[1] ?? '')).toBeLessThan(
      longestLine(wide.split('ls /')[1] ?? ''),
    );
  }, 20_000);

  it('applies from stdin with -f -', async () => {
    const map = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n';
    const result = await harness.mine('apply -f - -n cfostest', map);
    expect(result).toMatchObject({ stdout: 'configmap/settings created\n', code: 0 });
    const again = await harness.mine('apply -f - -n cfostest', map);
    expect(again.stdout).toBe('configmap/settings unchanged\n');
    const changed = await harness.mine('apply -f - -n cfostest', map.replace('"1"', '"2"'));
    expect(changed.stdout).toBe('configmap/settings configured\n');
    const value = await harness.mine('get cm settings -n cfostest -o jsonpath={.data.a}');
    expect(value.stdout).toBe('2');
  });

  it('watches with -w until Ctrl-C, printing a row per change', async () => {
    const stop = new AbortController();
    let seen = '';
    const run = harness.mine('get pods -n cfostest -w', undefined, {
      signal: stop.signal,
      onStdout: (text) => (seen += text),
    });
    await waitFor(() => seen.includes('Running'));
    await harness.mine('rollout restart deployment cfos7210250-deployment -n cfostest');
    await waitFor(() => seen.split('\n').length > 4, 15_000);
    stop.abort();
    const result = await run;
    expect(result.code).toBe(130);
    expect(result.stdout.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(result.stdout).toMatch(/Pending|ContainerCreating|Terminating/);
  }, 30_000);

  it('keeps the namespace chosen with config set-context', async () => {
    const set = await harness.mine('config set-context --current --namespace=cfostest');
    expect(set.stdout).toBe('Context "workshop" modified.\n');
    const pods = await harness.mine('get deploy');
    expect(pods.stdout).toContain('cfos7210250-deployment');
    const view = await harness.mine('config view --minify -o jsonpath={..namespace}');
    expect(view.stdout).toBe('cfostest');
    const yaml = await harness.mine('config view');
    expect(yaml.stdout).toContain('namespace: cfostest');
    expect(yaml.stdout).toContain('token: REDACTED');
    await harness.mine('config set-context --current --namespace=default');
  });

  it('reports unknown commands, flags and resources like kubectl', async () => {
    expect((await harness.mine('get pods --bogus')).stderr).toBe(
      "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n",
    );
    expect((await harness.mine('get foo')).stderr).toBe(
      'error: the server doesn\'t have a resource type "foo"\n',
    );
    const top = await harness.mine('top pods');
    expect(top.code).toBe(1);
    expect(top.stderr).toContain('"kubectl top" is not available');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
