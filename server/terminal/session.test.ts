import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExecTarget } from '../cluster/exec';
import type { EndReason, ServerMessage } from './protocol';
import {
  INPUT_BACKLOG_LIMIT,
  TerminalSession,
  type SessionClient,
  type SessionOptions,
} from './session';
import { createFakeExec, type FakeExec } from './testing/fake-exec';

const target: ExecTarget = {
  kubeconfig: 'apiVersion: v1\nkind: Config\n',
  namespace: 'workstation',
  pod: 'workstation',
  container: 'shell',
  command: ['bash'],
  tty: true,
};

function createClient() {
  const messages: ServerMessage[] = [];
  const state = { room: true, ended: null as { reason: EndReason; message: string } | null };
  const client: SessionClient = {
    send: (m) => messages.push(m),
    canTakeOutput: () => state.room,
    end: (reason, message) => {
      state.ended = { reason, message };
    },
  };
  const output = () =>
    messages
      .filter((m) => m.type === 'output' || m.type === 'replay')
      .map((m) => (m as { data: string }).data)
      .join('');
  return { client, messages, state, output };
}

function createSession(exec: FakeExec, overrides: Partial<SessionOptions> = {}) {
  const ended: TerminalSession[] = [];
  const session = new TerminalSession({
    id: 'one',
    learnerId: 'learner-1',
    locate: async () => target,
    openExec: exec.openExec,
    size: { columns: 80, rows: 24 },
    historyChars: 1024,
    graceMs: 60_000,
    idleMs: 0,
    onEnd: (s) => ended.push(s),
    ...overrides,
  });
  return { session, ended };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('TerminalSession', () => {
  it('says connecting, then ready, and forwards output and input', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    const browser = createClient();
    const started = session.start();
    session.attach(browser.client, 0);
    expect(browser.messages[0]).toEqual({ type: 'status', state: 'connecting' });
    await started;
    const shell = await exec.shell(0);
    expect(shell.target).toEqual(target);
    expect(browser.messages[1]).toMatchObject({
      type: 'status',
      state: 'ready',
      sessionId: 'one',
      resumed: false,
    });
    await shell.print('$ ');
    session.input('echo hi\r');
    await shell.waitForTyped('echo hi\r');
    await shell.print('hi\r\n$ ');
    expect(browser.output()).toBe('$ hi\r\n$ ');
  });

  it('shows a fresh browser the prompt the shell printed before it attached', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    await session.start();
    await (await exec.shell(0)).print('welcome\r\n$ ');
    const browser = createClient();
    session.attach(browser.client, 0);
    expect(browser.messages[1]).toEqual({
      type: 'replay',
      reset: false,
      data: 'welcome\r\n$ ',
      offset: 11,
    });
  });

  it('decodes UTF-8 split across chunks', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    const browser = createClient();
    session.attach(browser.client, 0);
    await session.start();
    const shell = await exec.shell(0);
    const bytes = Buffer.from('✓ done');
    await shell.print(bytes.subarray(0, 2));
    await shell.print(bytes.subarray(2));
    expect(browser.output()).toBe('✓ done');
  });

  it('forwards resizes through stdout rows/columns, once per real change', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec, { size: { columns: 100, rows: 30 } });
    await session.start();
    const shell = await exec.shell(0);
    session.resize({ columns: 132, rows: 43 });
    session.resize({ columns: 132, rows: 43 });
    session.resize({ columns: 90, rows: 20 });
    expect(shell.sizes).toEqual([
      { columns: 100, rows: 30 },
      { columns: 132, rows: 43 },
      { columns: 90, rows: 20 },
    ]);
  });

  it('holds the shell back while the browser is behind, and lets it go when it catches up', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    const browser = createClient();
    session.attach(browser.client, 0);
    await session.start();
    const shell = await exec.shell(0);
    browser.state.room = false;
    let finished = false;
    const flood = shell.flood(4 * 1024 * 1024).then(() => {
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The exec was told to stop, and only one chunk reached the browser meanwhile.
    expect(finished).toBe(false);
    expect(shell.pauses).toBe(1);
    expect(shell.maxBuffered).toBeLessThanOrEqual(64 * 1024 + 16 * 1024);
    expect(browser.output().length).toBe(16 * 1024);
    browser.state.room = true;
    session.drained();
    await flood;
    expect(browser.output().length).toBe(4 * 1024 * 1024);
  });

  it('replays only what a reconnecting browser missed', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    const first = createClient();
    session.attach(first.client, 0);
    await session.start();
    const shell = await exec.shell(0);
    await shell.print('$ export A=1\r\n$ ');
    session.detach(first.client);
    await shell.print('late output\r\n');
    const second = createClient();
    session.attach(second.client, 16);
    expect(second.messages[0]).toMatchObject({ type: 'status', state: 'ready', resumed: true });
    expect(second.messages[1]).toEqual({
      type: 'replay',
      reset: false,
      data: 'late output\r\n',
      offset: 29,
    });
  });

  it('replays the recent screen, after clearing, when the browser missed more than is kept', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec, { historyChars: 8 });
    session.attach(createClient().client, 0);
    await session.start();
    const shell = await exec.shell(0);
    await shell.print('0123456789abcdef');
    const again = createClient();
    session.attach(again.client, 2);
    expect(again.messages[1]).toEqual({
      type: 'replay',
      reset: true,
      data: '89abcdef',
      offset: 16,
    });
  });

  it('tells the previous tab it was replaced when the same terminal attaches elsewhere', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    const first = createClient();
    const second = createClient();
    session.attach(first.client, 0);
    await session.start();
    session.attach(second.client, 0);
    expect(first.state.ended).toEqual({
      reason: 'replaced',
      message: 'This terminal was opened in another tab.',
    });
    expect(second.state.ended).toBeNull();
  });

  it('ends the shell after the idle timeout without input, and not before', async () => {
    vi.useFakeTimers();
    const exec = createFakeExec();
    const { session, ended } = createSession(exec, { idleMs: 10 * 60_000 });
    const browser = createClient();
    session.attach(browser.client, 0);
    await session.start();
    const shell = await exec.shell(0);
    vi.advanceTimersByTime(9 * 60_000);
    session.input('x');
    vi.advanceTimersByTime(9 * 60_000);
    expect(browser.state.ended).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(browser.state.ended).toEqual({
      reason: 'idle',
      message: 'The terminal was closed after 10 minutes without input.',
    });
    expect(shell.hungUp).toBe(true);
    expect(ended).toEqual([session]);
  });

  it('keeps the shell for the grace period after the browser leaves, then ends it', async () => {
    vi.useFakeTimers();
    const exec = createFakeExec();
    const { session, ended } = createSession(exec, { graceMs: 120_000 });
    const browser = createClient();
    session.attach(browser.client, 0);
    await session.start();
    const shell = await exec.shell(0);
    session.detach(browser.client);
    vi.advanceTimersByTime(119_000);
    expect(shell.hungUp).toBe(false);
    session.attach(createClient().client, 0);
    vi.advanceTimersByTime(10 * 60_000);
    expect(shell.hungUp).toBe(false);
    session.detach(browser.client); // a stale client leaving changes nothing
    vi.advanceTimersByTime(10 * 60_000);
    expect(shell.hungUp).toBe(false);
    expect(ended).toEqual([]);
  });

  it('refuses input while the shell is not reading, and takes it again after', async () => {
    const exec = createFakeExec();
    const { session } = createSession(exec);
    session.attach(createClient().client, 0);
    await session.start();
    const shell = await exec.shell(0);
    shell.backlog = INPUT_BACKLOG_LIMIT;
    expect(() => session.input('ls\r')).toThrow(
      'The shell is not reading its input yet; wait for it to catch up, then type again.',
    );
    shell.backlog = 0;
    session.input('pwd\r');
    await shell.waitForTyped('pwd\r');
    expect(shell.typed).toBe('pwd\r');
  });

  it('reports the exit code when the shell exits', async () => {
    const exec = createFakeExec();
    const { session, ended } = createSession(exec);
    const browser = createClient();
    session.attach(browser.client, 0);
    await session.start();
    (await exec.shell(0)).exit({ exitCode: 3, message: 'the shell exited with code 3' });
    expect(browser.messages.at(-1)).toEqual({ type: 'status', state: 'exited', exitCode: 3 });
    expect(browser.state.ended).toEqual({
      reason: 'exited',
      message: 'The shell exited with code 3.',
    });
    expect(ended).toHaveLength(1);
  });

  it('explains when the workstation cannot be reached', async () => {
    const exec = createFakeExec();
    exec.failWith('pods "workstation" not found');
    const { session } = createSession(exec);
    const browser = createClient();
    session.attach(browser.client, 0);
    await session.start();
    expect(browser.messages).toContainEqual({
      type: 'error',
      message: 'Your workstation could not be reached: pods "workstation" not found',
    });
    expect(browser.state.ended?.reason).toBe('unavailable');
  });
});
