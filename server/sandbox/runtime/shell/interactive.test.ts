import { describe, expect, it } from 'vitest';
import { makePod, runExec } from '../test-support';

describe('interactive shell on a tty', () => {
  it('busybox: prompt "/ # ", echo, \\r\\n endings, exit status', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['sh'], {
      tty: true,
      stdin: ['whoami\r', 'exit 5\r'],
    });
    expect(result.stdout).toBe('/ # whoami\r\nroot\r\n/ # exit 5\r\n');
    expect(result.exitCode).toBe(5);
  });

  it('shows "$" for a non-root user and the directory after cd', async () => {
    const pod = makePod({ image: 'alpine', securityContext: { runAsUser: 1000 } });
    const result = await runExec(pod, ['sh'], { tty: true, stdin: ['cd /etc\r', 'exit\r'] });
    expect(result.stdout).toBe('/ $ cd /etc\r\n/etc $ exit\r\n');
  });

  it('dash prompts "# " and bash prompts user@host', async () => {
    const dash = await runExec(makePod({ image: 'nginx' }), ['sh'], {
      tty: true,
      stdin: ['exit\r'],
    });
    expect(dash.stdout.startsWith('# exit')).toBe(true);
    const bash = await runExec(makePod({ image: 'nginx', name: 'web' }), ['bash'], {
      tty: true,
      stdin: ['exit\r'],
    });
    expect(bash.stdout.startsWith('root@web:/# exit')).toBe(true);
  });

  it('edits the line: backspace and Ctrl-U', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['sh'], {
      tty: true,
      stdin: ['echo abx\x7fc\r', 'garbage\x15echo ok\r', '\x04'],
    });
    expect(result.stdout).toContain('abc\r\n');
    expect(result.stdout).toContain('ok\r\n');
    expect(result.stdout).not.toContain('garbage: not found');
    expect(result.exitCode).toBe(0);
  });

  it('Ctrl-C clears the line; Ctrl-D on an empty line ends the shell', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['sh'], {
      tty: true,
      stdin: ['nosuch\x03', '\x04'],
    });
    expect(result.stdout).toBe('/ # nosuch^C\r\n/ # \r\n');
  });

  it('Ctrl-C stops a running command and returns to the prompt', async () => {
    const pod = makePod({ securityContext: { capabilities: { add: ['NET_RAW'] } } });
    const result = await runExec(pod, ['sh'], {
      tty: true,
      stdin: ['ping 127.0.0.1\r', '\x03', 'echo back $?\r', 'exit\r'],
    });
    expect(result.stdout).toContain('^C\r\n--- 127.0.0.1 ping statistics ---');
    expect(result.stdout).toContain('back 0\r\n');
  });

  it('recalls history with the up arrow', async () => {
    const result = await runExec(makePod({ image: 'busybox' }), ['sh'], {
      tty: true,
      stdin: ['echo again\r', '\x1b[A\r', 'exit\r'],
    });
    // Typed line, its output, the recalled line, its output.
    expect(result.stdout.match(/again\r\n/g)).toHaveLength(4);
  });

  it('stops when the client disconnects', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const result = await runExec(makePod({ image: 'busybox' }), ['sh'], {
      tty: true,
      stdin: [],
      holdOpen: true,
      signal: controller.signal,
    });
    expect(result.stdout).toBe('/ # ');
  });
});
