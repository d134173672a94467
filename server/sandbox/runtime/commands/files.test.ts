import { describe, expect, it } from 'vitest';
import { makePod, runExec } from '../test-support';

describe('cat', () => {
  it('reads /etc/hostname (the pod name) and /etc/resolv.conf', async () => {
    const pod = makePod({ name: 'web-0' });
    expect((await runExec(pod, ['cat', '/etc/hostname'])).stdout).toBe('web-0\n');
    const resolv = await runExec(pod, ['cat', '/etc/resolv.conf']);
    expect(resolv.stdout).toBe(
      'search cfostest.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
  });

  it('reads /etc/os-release of the image', async () => {
    expect(
      (await runExec(makePod({ image: 'alpine' }), ['cat', '/etc/os-release'])).stdout,
    ).toContain('ID=alpine');
    expect(
      (await runExec(makePod({ image: 'nginx' }), ['cat', '/etc/os-release'])).stdout,
    ).toContain('ID=debian');
  });

  it('words a missing file per userland', async () => {
    const busybox = await runExec(makePod({ image: 'busybox' }), ['cat', '/nope']);
    expect(busybox).toMatchObject({
      exitCode: 1,
      stderr: "cat: can't open '/nope': No such file or directory\n",
    });
    const gnu = await runExec(makePod({ image: 'nginx' }), ['cat', '/nope']);
    expect(gnu.stderr).toBe('cat: /nope: No such file or directory\n');
  });

  it('denies /etc/shadow to a non-root user', async () => {
    const pod = makePod({ image: 'nginx', securityContext: { runAsUser: 101 } });
    expect((await runExec(pod, ['cat', '/etc/shadow'])).stderr).toBe(
      'cat: /etc/shadow: Permission denied\n',
    );
    expect((await runExec(makePod({ image: 'nginx' }), ['cat', '/etc/shadow'])).exitCode).toBe(0);
  });

  it('copies stdin when given no file', async () => {
    const result = await runExec(makePod(), ['cat'], { stdin: ['hello\n', 'world\n'] });
    expect(result.stdout).toBe('hello\nworld\n');
  });

  it('shows the service-account namespace', async () => {
    const result = await runExec(makePod(), [
      'cat',
      '/var/run/secrets/kubernetes.io/serviceaccount/namespace',
    ]);
    expect(result.stdout).toBe('cfostest');
  });
});

describe('ls', () => {
  it('lists the root directory one per line without a tty', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['ls', '/']);
    expect(result.stdout.split('\n')).toContain('etc');
    expect(result.stdout.split('\n')).toContain('proc');
  });

  it('shows volume mount paths', async () => {
    const pod = makePod({
      container: { volumeMounts: [{ name: 'data-volume', mountPath: '/data' }] },
    });
    expect((await runExec(pod, ['ls', '/'])).stdout.split('\n')).toContain('data');
  });

  it('lays names out in columns at a tty', async () => {
    const result = await runExec(makePod({ image: 'alpine' }), ['ls', '/'], { tty: true });
    expect(result.stdout.split('\r\n').length).toBeLessThan(6);
  });

  it('words errors per userland', async () => {
    const busybox = await runExec(makePod({ image: 'busybox' }), ['ls', '/nope']);
    expect(busybox).toMatchObject({
      exitCode: 1,
      stderr: 'ls: /nope: No such file or directory\n',
    });
    const gnu = await runExec(makePod({ image: 'nginx' }), ['ls', '/nope']);
    expect(gnu).toMatchObject({
      exitCode: 2,
      stderr: "ls: cannot access '/nope': No such file or directory\n",
    });
    const denied = await runExec(makePod({ image: 'nginx', securityContext: { runAsUser: 101 } }), [
      'ls',
      '/root',
    ]);
    expect(denied.stderr).toBe("ls: cannot open directory '/root': Permission denied\n");
  });

  it('prints a long listing', async () => {
    const result = await runExec(makePod({ image: 'nginx' }), ['ls', '-l', '/etc/hostname']);
    expect(result.stdout).toMatch(/^-rw-r--r-- 1 root root +\d+ Jan  1 00:00 \/etc\/hostname\n$/);
  });
});

describe('small commands', () => {
  it('hostname, uname, echo, env', async () => {
    const pod = makePod({ name: 'box', container: { env: [{ name: 'GREETING', value: 'hi' }] } });
    expect((await runExec(pod, ['hostname'])).stdout).toBe('box\n');
    expect((await runExec(pod, ['uname', '-a'])).stdout).toMatch(
      /^Linux box 5\.15\.\S+ #.* x86_64 GNU\/Linux\n$/,
    );
    expect((await runExec(pod, ['echo', '-n', 'a', 'b'])).stdout).toBe('a b');
    const env = (await runExec(pod, ['env'])).stdout;
    expect(env).toContain('GREETING=hi\n');
    expect(env).toContain('HOSTNAME=box\n');
    expect(env).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1\n');
    expect(env).toContain('HOME=/root\n');
  });

  it('changing the hostname needs SYS_ADMIN', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['hostname', 'other']);
    expect(result).toMatchObject({
      exitCode: 1,
      stderr: 'hostname: sethostname: Operation not permitted\n',
    });
  });

  it('ip addr shows lo and eth0 with the pod IP', async () => {
    const result = await runExec(makePod({ podIP: '10.244.2.9' }), ['ip', 'addr']);
    expect(result.stdout).toContain('    inet 127.0.0.1/8 scope host lo\n');
    expect(result.stdout).toContain('    inet 10.244.2.9/24 brd 10.244.2.255 scope global eth0\n');
  });

  it('ip changes need NET_ADMIN', async () => {
    const denied = await runExec(makePod(), ['ip', 'link', 'set', 'eth0', 'down']);
    expect(denied).toMatchObject({
      exitCode: 2,
      stderr: 'RTNETLINK answers: Operation not permitted\n',
    });
    const allowed = makePod({ securityContext: { capabilities: { add: ['NET_ADMIN'] } } });
    expect((await runExec(allowed, ['ip', 'link', 'set', 'eth0', 'down'])).exitCode).toBe(0);
  });

  it('grep filters stdin in a pipeline', async () => {
    const result = await runExec(makePod(), ['sh', '-c', 'cat /proc/self/status | grep ^Cap']);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(5);
    const none = await runExec(makePod(), ['sh', '-c', 'echo abc | grep -q xyz']);
    expect(none.exitCode).toBe(1);
  });
});
