import { describe, expect, it } from 'vitest';
import { makePod, runExec } from '../test-support';

const cfos = (add: string[]) => makePod({ securityContext: { capabilities: { add } } });
const busybox = (add: string[]) =>
  makePod({ image: 'busybox:1.36', securityContext: { capabilities: { add } } });

describe('ping', () => {
  it('iputils (cFOS): refuses the socket without NET_RAW', async () => {
    const result = await runExec(cfos([]), ['ping', '-c', '1', '127.0.0.1']);
    expect(result).toMatchObject({
      exitCode: 2,
      stderr: 'ping: socket: Operation not permitted\n',
    });
  });

  it('iputils: replies from its own address with NET_RAW', async () => {
    const result = await runExec(cfos(['NET_RAW']), ['ping', '-c', '3', '10.244.1.23']);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('PING 10.244.1.23 (10.244.1.23) 56(84) bytes of data.');
    expect(lines[1]).toMatch(/^64 bytes from 10\.244\.1\.23: icmp_seq=1 ttl=64 time=0\.\d{3} ms$/);
    expect(result.stdout).toContain(
      '3 packets transmitted, 3 received, 0% packet loss, time 2003ms',
    );
    expect(result.stdout).toMatch(/rtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
  });

  it('iputils: loses every packet to other addresses (no network in the sandbox)', async () => {
    const result = await runExec(cfos(['NET_RAW']), ['ping', '-c2', '8.8.8.8']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('2 packets transmitted, 0 received, 100% packet loss');
    expect(result.stdout).not.toContain('64 bytes');
  });

  it('iputils: names it cannot resolve', async () => {
    const result = await runExec(cfos(['NET_RAW']), ['ping', '-c', '1', 'example.com']);
    expect(result).toMatchObject({
      exitCode: 2,
      stderr: 'ping: example.com: Temporary failure in name resolution\n',
    });
  });

  it('busybox: permission denied without NET_RAW, replies with it', async () => {
    const denied = await runExec(busybox([]), ['ping', '-c', '1', 'localhost']);
    expect(denied).toMatchObject({
      exitCode: 1,
      stderr: 'ping: permission denied (are you root?)\n',
    });
    const allowed = await runExec(busybox(['NET_RAW']), ['ping', '-c', '2', 'localhost']);
    expect(allowed.stdout).toContain('PING localhost (127.0.0.1): 56 data bytes\n');
    expect(allowed.stdout).toContain('64 bytes from 127.0.0.1: seq=1 ttl=64');
    expect(allowed.stdout).toContain('2 packets transmitted, 2 packets received, 0% packet loss');
  });

  it('busybox: resolves before opening the socket, so a bad name wins', async () => {
    const result = await runExec(busybox([]), ['ping', 'nowhere.invalid']);
    expect(result).toMatchObject({ exitCode: 1, stderr: "ping: bad address 'nowhere.invalid'\n" });
  });

  it('a non-root user has no effective NET_RAW even when it is added', async () => {
    const pod = makePod({
      securityContext: { runAsUser: 1000, capabilities: { add: ['NET_RAW'] } },
    });
    expect((await runExec(pod, ['ping', '-c', '1', '127.0.0.1'])).exitCode).toBe(2);
  });

  it('runs until stopped when no count is given, then prints statistics', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const pod = cfos(['NET_RAW']);
    const result = await runExec(pod, ['ping', 'localhost'], { signal: controller.signal });
    expect(result.stdout).toContain('--- localhost ping statistics ---');
  });

  it('stops on Ctrl-C at a tty', async () => {
    const result = await runExec(cfos(['NET_RAW']), ['ping', '127.0.0.1'], {
      tty: true,
      stdin: ['\x03'],
    });
    expect(result.stdout).toContain('^C\r\n--- 127.0.0.1 ping statistics ---\r\n');
  });

  it('is not installed in the nginx image', async () => {
    const result = await runExec(makePod({ image: 'nginx:1.27' }), ['ping', 'localhost']);
    expect(result.exitCode).toBe(126);
    expect(result.stderr).toContain('exec: "ping": executable file not found in $PATH');
  });
});

describe('ping arguments', () => {
  it('rejects a count that is not a positive number', async () => {
    const pod = makePod({ securityContext: { capabilities: { add: ['NET_RAW'] } } });
    expect(await runExec(pod, ['ping', '-c', 'x', 'localhost'])).toMatchObject({
      exitCode: 1,
      stderr: "ping: invalid argument: 'x'\n",
    });
    const busybox = makePod({
      image: 'busybox',
      securityContext: { capabilities: { add: ['NET_RAW'] } },
    });
    expect((await runExec(busybox, ['ping', '-c0', 'localhost'])).stderr).toBe(
      "ping: invalid number '0'\n",
    );
  });
});
