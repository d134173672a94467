import { describe, expect, it } from 'vitest';
import { makePod, runExec } from '../test-support';

const HEADER_V =
  ' pkts bytes target     prot opt in     out     source               destination         ';
const HEADER = 'target     prot opt source               destination         ';
const withCaps = (add: string[], extra: Record<string, unknown> = {}) =>
  makePod({ securityContext: { capabilities: { add }, ...extra } });
const seedCommand = ['iptables', '-t', 'nat', '-L', '-v'];

describe('iptables in the cFOS image', () => {
  it("fails like iptables-legacy 1.8.7 without NET_ADMIN (the lab's starting point)", async () => {
    const result = await runExec(withCaps(['NET_RAW']), seedCommand);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "iptables v1.8.7 (legacy): can't initialize iptables table `nat': Permission denied (you must be root)\n" +
        'Perhaps iptables or your kernel needs to be upgraded.\n',
    );
  });

  it('lists the four empty nat chains with counters once NET_ADMIN is added', async () => {
    const result = await runExec(withCaps(['NET_RAW', 'NET_ADMIN']), seedCommand);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING']
        .map((c) => `Chain ${c} (policy ACCEPT 0 packets, 0 bytes)\n${HEADER_V}\n`)
        .join('\n'),
    );
  });

  it('lists the filter table without counters when -v is absent', async () => {
    const result = await runExec(withCaps(['NET_ADMIN']), ['iptables', '-L']);
    expect(result.stdout).toBe(
      ['INPUT', 'FORWARD', 'OUTPUT']
        .map((c) => `Chain ${c} (policy ACCEPT)\n${HEADER}\n`)
        .join('\n'),
    );
  });

  it('lists nat without -v, and a single chain when one is named', async () => {
    const nat = await runExec(withCaps(['NET_ADMIN']), ['iptables', '-t', 'nat', '-L']);
    expect(nat.stdout.split('\n')[0]).toBe('Chain PREROUTING (policy ACCEPT)');
    const one = await runExec(withCaps(['NET_ADMIN']), [
      'iptables',
      '-t',
      'nat',
      '-L',
      'OUTPUT',
      '-v',
    ]);
    expect(one.stdout).toBe(`Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)\n${HEADER_V}\n`);
  });

  it('widens the counter columns with -x, as print_header does', async () => {
    const result = await runExec(withCaps(['NET_ADMIN']), ['iptables', '-L', 'INPUT', '-v', '-x']);
    expect(result.stdout.split('\n')[1]).toBe(
      '    pkts      bytes target     prot opt in     out     source               destination         ',
    );
  });

  it('reports an unknown table only once it may read tables', async () => {
    const allowed = await runExec(withCaps(['NET_ADMIN']), ['iptables', '-t', 'natt', '-L']);
    expect(allowed.exitCode).toBe(3);
    expect(allowed.stderr).toContain(
      "can't initialize iptables table `natt': Table does not exist (do you need to insmod?)",
    );
    const denied = await runExec(withCaps([]), ['iptables', '-t', 'natt', '-L']);
    expect(denied.stderr).toContain('Permission denied (you must be root)');
  });

  it('reports an unknown chain', async () => {
    const result = await runExec(withCaps(['NET_ADMIN']), ['iptables', '-L', 'FOO']);
    expect(result).toMatchObject({
      exitCode: 1,
      stderr: 'iptables: No chain/target/match by that name.\n',
    });
  });

  it('loses NET_ADMIN to drop ALL or a drop of the same name', async () => {
    const dropped = makePod({
      securityContext: { capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] } },
    });
    expect((await runExec(dropped, seedCommand)).exitCode).toBe(0);
    const droppedByName = withCaps(['NET_ADMIN'], {
      capabilities: { add: ['NET_ADMIN'], drop: ['NET_ADMIN'] },
    });
    expect((await runExec(droppedByName, seedCommand)).exitCode).toBe(3);
  });

  it('works in a privileged container and with the CAP_ prefix', async () => {
    expect(
      (await runExec(makePod({ securityContext: { privileged: true } }), seedCommand)).exitCode,
    ).toBe(0);
    expect((await runExec(withCaps(['CAP_NET_ADMIN']), seedCommand)).exitCode).toBe(0);
  });

  it('cannot take the xtables lock as a non-root user, even with NET_ADMIN added', async () => {
    const pod = withCaps(['NET_ADMIN'], { runAsUser: 1000 });
    const result = await runExec(pod, seedCommand);
    expect(result).toMatchObject({
      exitCode: 4,
      stderr: "Fatal: can't open lock file /run/xtables.lock: Permission denied\n",
    });
  });

  it('prints -S rules, the version, and usage errors', async () => {
    const pod = withCaps(['NET_ADMIN']);
    expect((await runExec(pod, ['iptables', '-t', 'nat', '-S'])).stdout).toBe(
      '-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-P OUTPUT ACCEPT\n-P POSTROUTING ACCEPT\n',
    );
    expect((await runExec(pod, ['iptables', '--version'])).stdout).toBe(
      'iptables v1.8.7 (legacy)\n',
    );
    const none = await runExec(pod, ['iptables']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('iptables v1.8.7 (legacy): no command specified');
    const unknown = await runExec(pod, ['iptables', '--bogus']);
    expect(unknown.stderr).toContain('unknown option "--bogus"');
  });

  it('refuses to change rules, after the permission check', async () => {
    const change = ['iptables', '-A', 'INPUT', '-j', 'DROP'];
    expect((await runExec(withCaps([]), change)).exitCode).toBe(3);
    const allowed = await runExec(withCaps(['NET_ADMIN']), change);
    expect(allowed.exitCode).toBe(1);
    expect(allowed.stderr).toContain('not available in this sandbox');
  });

  it('does not exist in images without iptables', async () => {
    const result = await runExec(makePod({ image: 'nginx' }), ['sh', '-c', 'iptables -L']);
    expect(result).toMatchObject({ exitCode: 127, stderr: 'sh: 1: iptables: not found\n' });
  });

  it('resolves /usr/sbin/iptables along PATH', async () => {
    expect((await runExec(withCaps(['NET_ADMIN']), ['/usr/sbin/iptables', '-L'])).exitCode).toBe(0);
  });
});
