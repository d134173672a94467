import { describe, expect, it } from 'vitest';
import { makePod, runExec } from '../test-support';

describe('id and whoami', () => {
  it('root in busybox is also in wheel', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['id']);
    expect(result.stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
  });

  it("root in alpine carries alpine's group memberships", async () => {
    const result = await runExec(makePod({ image: 'alpine:3.20' }), ['id']);
    expect(result.stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n',
    );
  });

  it('a uid outside /etc/passwd has no name and group 0', async () => {
    const pod = makePod({ image: 'busybox', securityContext: { runAsUser: 1000 } });
    expect((await runExec(pod, ['id'])).stdout).toBe('uid=1000 gid=0(root) groups=0(root)\n');
    const whoami = await runExec(pod, ['whoami']);
    expect(whoami).toMatchObject({ exitCode: 1, stderr: 'whoami: unknown uid 1000\n' });
  });

  it('GNU whoami wording in Debian-based images', async () => {
    const pod = makePod({ image: 'nginx', securityContext: { runAsUser: 1000 } });
    const whoami = await runExec(pod, ['whoami']);
    expect(whoami.stderr).toBe('whoami: cannot find name for user ID 1000\n');
  });

  it('uses runAsGroup and supplementary groups', async () => {
    const pod = makePod({
      image: 'busybox',
      podSecurityContext: { runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000 },
    });
    expect((await runExec(pod, ['id'])).stdout).toBe('uid=1000 gid=3000 groups=3000,2000\n');
  });

  it('takes the primary group from /etc/passwd for known users', async () => {
    const pod = makePod({ image: 'nginx', securityContext: { runAsUser: 101 } });
    expect((await runExec(pod, ['id'])).stdout).toBe(
      'uid=101(nginx) gid=101(nginx) groups=101(nginx)\n',
    );
    expect((await runExec(pod, ['whoami'])).stdout).toBe('nginx\n');
  });

  it('supports -u, -g, -n and a user argument', async () => {
    const pod = makePod({ image: 'busybox' });
    expect((await runExec(pod, ['id', '-u'])).stdout).toBe('0\n');
    expect((await runExec(pod, ['id', '-un'])).stdout).toBe('root\n');
    expect((await runExec(pod, ['id', 'nobody'])).stdout).toBe(
      'uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n',
    );
    expect((await runExec(pod, ['id', 'ghost'])).stderr).toBe('id: unknown user ghost\n');
  });
});
