import { describe, expect, it } from 'vitest';
import { createContainerRuntime } from './index';
import type { ImageProgram, ProcessIO } from './process';
import { makePod, runExec, runWith } from './test-support';

describe('createContainerRuntime', () => {
  it('hands registered images to their program, ignoring registry and tag', async () => {
    const seen: string[][] = [];
    const workstation: ImageProgram = async (request, io) => {
      seen.push(request.command);
      await io.write('stdout', 'workstation here\n');
      return { exitCode: 0 };
    };
    const runtime = createContainerRuntime({ images: { 'workshop/workstation': workstation } });
    const pod = makePod({ image: 'registry.local:5000/workshop/workstation:dev' });
    const result = await runWith(runtime, pod, ['bash', '-l']);
    expect(result).toMatchObject({ stdout: 'workstation here\n', exitCode: 0 });
    expect(seen).toEqual([['bash', '-l']]);
  });

  it('treats unknown images like busybox', async () => {
    const result = await runExec(makePod({ image: 'example.com/team/app:1.0' }), [
      'sh',
      '-c',
      'id; nosuch',
    ]);
    expect(result.stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    expect(result.stderr).toBe('sh: nosuch: not found\n');
  });

  it('fails a direct exec of a missing program the way runc does, with status 126', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['bash']);
    expect(result.exitCode).toBe(126);
    expect(result.stderr).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
    );
  });

  it('says when the container does not exist', async () => {
    const runtime = createContainerRuntime();
    const io = recordingIO();
    const result = await runtime.exec(
      { pod: makePod(), container: 'ghost', command: ['id'], tty: false },
      io,
    );
    expect(result.exitCode).toBe(1);
    expect(io.text()).toBe('container not found ("ghost")\n');
  });

  it('writes \\r\\n line endings at a tty', async () => {
    const result = await runExec(makePod(), ['cat', '/etc/resolv.conf'], { tty: true });
    expect(result.stdout).toContain('cluster.local\r\nnameserver');
    expect(result.stdout).not.toMatch(/[^\r]\n/);
  });

  it('waits for each write before the next (backpressure)', async () => {
    let pending = 0;
    let overlapped = false;
    const io = recordingIO(async () => {
      pending++;
      if (pending > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 2));
      pending--;
    });
    const runtime = createContainerRuntime({ sleep: () => new Promise((r) => setTimeout(r, 1)) });
    const pod = makePod({ securityContext: { capabilities: { add: ['NET_RAW'] } } });
    await runtime.exec(
      { pod, container: 'main', command: ['ping', '-c', '5', 'localhost'], tty: false },
      io,
    );
    expect(io.text()).toContain('5 packets transmitted');
    expect(overlapped).toBe(false);
  });

  it('stops a long-running command when the client disconnects', async () => {
    const controller = new AbortController();
    const runtime = createContainerRuntime();
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    const result = await runWith(runtime, makePod({ image: 'busybox' }), ['sleep', '3600'], {
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.exitCode).toBe(130);
  });
});

function recordingIO(delay?: () => Promise<void>): ProcessIO & { text(): string } {
  let text = '';
  return {
    stdin: null,
    async write(_stream, data) {
      await delay?.();
      text += typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    size: () => null,
    onResize: () => () => {},
    signal: new AbortController().signal,
    text: () => text,
  };
}

describe('programs other than shells at a tty', () => {
  it('see canonical input: echoed, line by line, Ctrl-D ends it', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['cat'], {
      tty: true,
      stdin: ['hi', 'x\x7f!\r', '\x04'],
    });
    // Echo of "hi", "x", its erasure and "!", Enter, then cat's copy of the line.
    expect(result.stdout).toBe('hix\b \b!\r\nhi!\r\n');
    expect(result.exitCode).toBe(0);
  });
});
