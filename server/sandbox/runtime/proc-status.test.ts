import { describe, expect, it } from 'vitest';
import { makePod, runExec } from './test-support';

async function status(securityContext: Record<string, unknown>, image?: string) {
  const result = await runExec(makePod({ securityContext, image }), ['cat', '/proc/self/status']);
  expect(result.exitCode).toBe(0);
  const fields = new Map(
    result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split(':\t') as [string, string]),
  );
  return fields;
}

describe('/proc/self/status', () => {
  it('shows the CRI-O default set in CapPrm, CapEff and CapBnd for root', async () => {
    const fields = await status({});
    expect(fields.get('CapInh')).toBe('0000000000000000');
    expect(fields.get('CapPrm')).toBe('00000000000005fb');
    expect(fields.get('CapEff')).toBe('00000000000005fb');
    expect(fields.get('CapBnd')).toBe('00000000000005fb');
    expect(fields.get('CapAmb')).toBe('0000000000000000');
  });

  it('adds bits 12 and 13 for NET_ADMIN and NET_RAW', async () => {
    const fields = await status({ capabilities: { add: ['NET_ADMIN', 'NET_RAW'] } });
    expect(fields.get('CapEff')).toBe('00000000000035fb');
  });

  it('clears CapEff and CapPrm but keeps CapBnd for a non-root user', async () => {
    const fields = await status({ runAsUser: 1000, capabilities: { add: ['NET_ADMIN'] } });
    expect(fields.get('Uid')).toBe('1000\t1000\t1000\t1000');
    expect(fields.get('CapEff')).toBe('0000000000000000');
    expect(fields.get('CapPrm')).toBe('0000000000000000');
    expect(fields.get('CapBnd')).toBe('00000000000015fb');
  });

  it('is all ones up to CAP_CHECKPOINT_RESTORE when privileged', async () => {
    const fields = await status({ privileged: true });
    expect(fields.get('CapEff')).toBe('000001ffffffffff');
    expect(fields.get('CapBnd')).toBe('000001ffffffffff');
  });

  it('is empty after drop ALL', async () => {
    const fields = await status({ capabilities: { drop: ['ALL'] } });
    expect(fields.get('CapBnd')).toBe('0000000000000000');
  });

  it('reflects allowPrivilegeEscalation and the seccomp profile', async () => {
    const locked = await status({
      allowPrivilegeEscalation: false,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(locked.get('NoNewPrivs')).toBe('1');
    expect(locked.get('Seccomp')).toBe('2');
    const open = await status({});
    expect(open.get('NoNewPrivs')).toBe('0');
    expect(open.get('Seccomp')).toBe('0');
  });

  it('lists the image groups of root, with the trailing space the kernel prints', async () => {
    const fields = await status({}, 'busybox');
    expect(fields.get('Groups')).toBe('0 10 ');
  });
});

describe('/proc/self', () => {
  it('is the process that reads it', async () => {
    const grep = await runExec(makePod(), ['grep', '^Name', '/proc/self/status']);
    expect(grep.stdout).toBe('Name:\tgrep\n');
    const cat = await runExec(makePod(), ['sh', '-c', 'cat /proc/self/status | grep ^Name']);
    expect(cat.stdout).toBe('Name:\tcat\n');
  });
});

describe('/proc/1/status', () => {
  it('names PID 1 after the container command, or the image', async () => {
    const withCommand = makePod({ container: { command: ['/usr/bin/fortigate-daemon', '-f'] } });
    expect((await runExec(withCommand, ['cat', '/proc/1/status'])).stdout).toMatch(
      /^Name:\tfortigate-daemo\n/,
    );
    expect((await runExec(makePod(), ['cat', '/proc/1/status'])).stdout).toMatch(
      /^Name:\tcfos\nUmask/,
    );
  });
});
