/**
 * The terminal's in-process exec into the embedded sandbox, through the real terminal route and a
 * real `ws` client: the shell answers, its state survives a dropped socket, resizes reach the tty,
 * refusals are readable, a foreign or forged credential opens nothing, output waits for a browser
 * that stops drawing, and a paste larger than the shell takes at once is read as the shell goes.
 * Run twice: with the sandbox on the site's thread, and on its own worker thread (as the site
 * runs it), where the exec crosses by MessagePort.
 */
import { getEventListeners } from 'node:events';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import type { ProcessIO } from '@/server/sandbox/runtime/process';
import { renderKubeconfig } from '@/server/sandbox/tenancy/kubeconfig';
import { createSandboxInWorker } from '@/server/sandbox/worker/sandbox-in-worker';
import type { WorkstationLocation } from '@/server/terminal/route';
import { startRouteHarness, type RouteHarness } from '@/server/terminal/testing/route-harness';
import { connectTerminal, runLine } from '@/server/terminal/testing/socket-client';
import { createSandboxTerminalExec } from './sandbox-terminal-exec';

const PROMPT = 'learner@workstation:~$ ';
const LEARNER = `in-process-${process.pid}`;
const OTHER = `in-process-other-${process.pid}`;

let sandbox: Sandbox;
let harness: RouteHarness;
const kubeconfigs = new Map<string, string>();

const workstation = (kubeconfig: string): WorkstationLocation => ({
  kubeconfig,
  namespace: 'workstation',
  pod: 'workstation',
  container: 'shell',
  command: ['bash'],
});

const placements = [
  ['on the site’s thread', () => createSandbox({ port: 0 })],
  ['on its worker thread', () => createSandboxInWorker({ port: 0 })],
] as const;

describe.each(placements)('in-process terminal exec into the sandbox %s', (_where, start) => {
  beforeAll(async () => {
    sandbox = await start();
    kubeconfigs.clear();
    for (const learner of [LEARNER, OTHER]) {
      kubeconfigs.set(learner, (await sandbox.provisionLearnerCluster(learner)).kubeconfig);
    }
    harness = await startRouteHarness({
      locateWorkstation: async (learnerId) => {
        const kubeconfig = kubeconfigs.get(learnerId);
        if (!kubeconfig) throw new Error(`no workstation for ${learnerId}`);
        return workstation(kubeconfig);
      },
      openExec: createSandboxTerminalExec(sandbox),
      graceMs: 60_000,
      // Far smaller than one command's output can be, so holding can be seen.
      ackWindow: 64 * 1024,
    });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await sandbox?.close();
  });

  async function openTerminal(learner = LEARNER, query: Record<string, string | number> = {}) {
    const terminal = await connectTerminal(harness.url(query), harness.headers(learner));
    await terminal.waitFor((m) => m.type === 'status' && m.state === 'ready', 20_000);
    await terminal.waitForScreen(PROMPT, 20_000);
    return terminal;
  }

  const run = runLine;

  it('runs the shell, with kubectl reaching the learner’s own cluster', async () => {
    const terminal = await openTerminal();
    expect(await run(terminal, 'echo "hello from $HOSTNAME"')).toBe('hello from workstation\r\n');
    await run(terminal, 'kubectl create namespace only-mine');
    expect(await run(terminal, 'kubectl get namespace only-mine -o name')).toBe(
      'namespace/only-mine\r\n',
    );
    terminal.ws.close();

    // The other learner's cluster does not have it.
    const other = await openTerminal(OTHER);
    expect(await run(other, 'kubectl get namespace only-mine -o name')).toContain(
      'namespaces "only-mine" not found',
    );
    other.ws.close();
  });

  it('keeps the shell and its variables across a dropped socket', async () => {
    const first = await openTerminal();
    const ready = first.messages.find((m) => m.type === 'status' && m.state === 'ready');
    const sessionId = ready && 'sessionId' in ready ? ready.sessionId : '';
    await run(first, 'export KEPT=still-here');
    const offset = first.offset();
    first.ws.terminate();

    const again = await connectTerminal(
      harness.url({ session: sessionId, offset }),
      harness.headers(LEARNER),
    );
    const status = await again.waitFor((m) => m.type === 'status' && m.state === 'ready', 20_000);
    expect('resumed' in status && status.resumed).toBe(true);
    expect(await run(again, 'echo $KEPT')).toBe('still-here\r\n');
    again.ws.close();
  });

  it('passes the terminal size to the tty and follows resizes', async () => {
    // Prompt (23) + "echo abcdefgh" (13) = 36 columns: two rows at 30, so Ctrl-A moves up a row.
    const terminal = await openTerminal(LEARNER, { columns: 30, rows: 24 });
    let from = terminal.screen().length;
    terminal.send({ type: 'input', data: 'echo abcdefgh\x01' });
    await terminal.waitUntil(
      () => terminal.screen().slice(from).includes('\x1b[1A\r\x1b[23C'),
      'the cursor moving up to the prompt row',
    );
    terminal.send({ type: 'input', data: '\x05\x15' });
    terminal.send({ type: 'resize', columns: 100, rows: 30 });
    await new Promise((r) => setTimeout(r, 100));
    from = terminal.screen().length;
    terminal.send({ type: 'input', data: 'echo abcdefgh\x01' });
    await terminal.waitUntil(
      () => terminal.screen().slice(from).endsWith('\r\x1b[23C'),
      'the cursor moving back on one row',
    );
    expect(terminal.screen().slice(from)).not.toContain('\x1b[1A');
    terminal.ws.close();
  });

  it('says why when the workstation pod is missing, and opens nothing with a forged token', async () => {
    const exec = createSandboxTerminalExec(sandbox);
    const streams = () => ({
      stdout: new PassThrough(),
      stdin: new PassThrough(),
      onStatus: () => {},
    });
    await expect(
      exec({ ...workstation(kubeconfigs.get(LEARNER)!), pod: 'nope', tty: true }, streams()),
    ).rejects.toThrow(/could not open a shell in pod "nope".*pods "nope" not found/);
    const forged = kubeconfigs.get(LEARNER)!.replace(/token: .*/, 'token: forged-token');
    await expect(exec({ ...workstation(forged), tty: true }, streams())).rejects.toThrow(
      /Unauthorized/,
    );
  });

  it('holds the shell’s output while the browser stops drawing, then lets it go', async () => {
    const terminal = await openTerminal();
    terminal.stopAcking();
    const before = terminal.screen().length;
    // About 440 KB of output, within the shell's 512 KiB cap on one command line's output.
    terminal.type(
      'for i in $(seq 1 4000); do echo "line $i is long enough to fill the window of unacknowledged output quickly........"; done',
    );
    // The shell prints the loop's output in one piece; past the 64 Ki the browser may leave
    // unacknowledged (this harness), its next write — the prompt — waits.
    await terminal.waitUntil(() => terminal.screen().includes('line 4000 is'), 'the output');
    await new Promise((r) => setTimeout(r, 700));
    expect(terminal.screen().length - before).toBeGreaterThan(300 * 1000);
    expect(terminal.screen()).not.toMatch(/line 4000 is[^\n]*\r\n[^\n]*learner@workstation/);

    terminal.startAcking();
    terminal.send({ type: 'ack', offset: terminal.offset() });
    await terminal.waitForScreen(
      /line 4000 is [^\n]*\r\n(\x1b\[\?2004h)?learner@workstation:~\$ $/,
      30_000,
    );
    expect(terminal.screen().length - before).toBeGreaterThan(300 * 1000);
    terminal.ws.close();
  }, 90_000);

  it('reads a paste larger than the shell takes at once, and nothing is lost', async () => {
    const terminal = await openTerminal();
    // About 130 KB: more than the shell takes at once, and more than the 64 KiB window of input
    // that may be on its way to the sandbox's thread.
    const lines = Array.from({ length: 3000 }, (_, i) => `echo pasted-${i} # ${'.'.repeat(24)}`);
    const block = lines.join('\r') + '\r';
    // Sent as a browser sends a paste: in messages of the input limit, all at once.
    for (let i = 0; i < block.length; i += 16_000) {
      terminal.send({ type: 'input', data: block.slice(i, i + 16_000) });
    }
    // The output line, not the echoed command line `echo pasted-2999`.
    const shown = () => terminal.screen().replace(/\x1b\[\?2004[hl]/g, '');
    await terminal.waitUntil(() => shown().includes('\npasted-2999\r\n'), 'the last line', 120_000);
    const errors = terminal.messages.filter((m) => m.type === 'error');
    expect(errors).toEqual([]);
    const seen = shown().match(/^pasted-\d+\r$/gm) ?? [];
    expect(seen).toHaveLength(3000);
    expect(await run(terminal, 'echo after-paste')).toBe('after-paste\r\n');
    terminal.ws.close();
  }, 150_000);
});

describe('in-process terminal exec: waiting on a full terminal', () => {
  it('leaves no listener behind after each wait (a long flood must not pile them up)', async () => {
    let io: ProcessIO | null = null;
    const exec = createSandboxTerminalExec({
      execInProcess: async (_token, _request, given) => {
        io = given;
        return { done: new Promise(() => {}) };
      },
    });
    const stdout = new PassThrough({ highWaterMark: 1 });
    const kubeconfig = renderKubeconfig({
      server: 'https://127.0.0.1:1',
      caPem: '',
      token: 'a-token',
      user: 'someone',
    });
    await exec(
      { ...workstation(kubeconfig), tty: true },
      { stdout, stdin: new PassThrough(), onStatus: () => {} },
    );
    for (let i = 0; i < 30; i++) {
      const written = io!.write('stdout', 'x'.repeat(16));
      stdout.read(); // the browser catches up
      await written;
    }
    expect(stdout.listenerCount('drain')).toBe(0);
    expect(getEventListeners(io!.signal, 'abort')).toHaveLength(0);
  });
});
