import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WorkstationLocation } from '@/server/terminal/route';
import { createFakeExec } from '@/server/terminal/testing/fake-exec';
import { startRouteHarness, type RouteHarness } from '@/server/terminal/testing/route-harness';
import {
  createTerminalConnection,
  takePart,
  type ConnectionState,
  type SocketLike,
  type TerminalConnection,
} from './connection';

const locateWorkstation = async (): Promise<WorkstationLocation> => ({
  kubeconfig: 'apiVersion: v1\nkind: Config\n',
  namespace: 'workstation',
  pod: 'workstation',
  container: 'shell',
  command: ['bash'],
});

const openSockets = new Set<WebSocket>();
let harness: RouteHarness | null = null;
let connection: TerminalConnection | null = null;

afterEach(async () => {
  connection?.dispose();
  connection = null;
  await harness?.stop();
  harness = null;
});

/** A browser tab: the connection plus what its screen would show. */
function openTab(
  h: RouteHarness,
  saved: { sessionId: string | null; offset: number },
  headers = h.headers(),
  timing: { heartbeatMs?: number; silenceMs?: number } = {},
) {
  const states: Array<{ state: ConnectionState; message?: string }> = [];
  const view = { screen: '', notices: [] as string[], states };
  const openSocket = (url: string) => {
    const socket = new WebSocket(url, { headers });
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
    return socket as unknown as SocketLike;
  };
  connection = createTerminalConnection({
    url: h.url(),
    sessionId: saved.sessionId,
    offset: saved.offset,
    size: () => ({ columns: 100, rows: 30 }),
    openSocket,
    backoffMs: 50,
    maxBackoffMs: 200,
    ...timing,
    events: {
      state: (state, message) => states.push({ state, message }),
      ready: () => {},
      replay(data, reset) {
        if (reset) view.screen = '';
        view.screen += data;
        connection?.drawn(data.length);
      },
      output(data) {
        view.screen += data;
        connection?.drawn(data.length);
      },
      notice: (message) => view.notices.push(message),
    },
  });
  return { view, connection };
}

async function startWithExec(options = {}, port = 0) {
  const exec = createFakeExec();
  harness = await startRouteHarness(
    { locateWorkstation, openExec: exec.openExec, ...options },
    port,
  );
  return { exec, harness };
}

const lastState = (states: Array<{ state: ConnectionState }>) => states.at(-1)?.state;

describe('createTerminalConnection', () => {
  it('connects, shows output and sends what is typed', async () => {
    const { exec, harness } = await startWithExec();
    const { view, connection } = openTab(harness, { sessionId: null, offset: 0 });
    expect(view.states[0]?.state).toBe('connecting');
    const shell = await exec.shell(0);
    await expect.poll(() => lastState(view.states)).toBe('connected');
    expect(shell.sizes[0]).toEqual({ columns: 100, rows: 30 });
    await shell.print('$ ');
    connection.sendInput('pwd\r');
    await shell.waitForTyped('pwd\r');
    await shell.print('/home/learner\r\n$ ');
    await expect.poll(() => view.screen).toBe('$ /home/learner\r\n$ ');
  });

  it('sends a large multi-line paste in parts that arrive whole and in order', async () => {
    const { exec, harness } = await startWithExec();
    const { view, connection } = openTab(harness, { sessionId: null, offset: 0 });
    const shell = await exec.shell(0);
    await expect.poll(() => lastState(view.states)).toBe('connected');
    const lines = Array.from({ length: 8000 }, (_, i) => `echo line ${i}`);
    const block = lines.join('\r') + '\r';
    expect(block.length).toBeGreaterThan(6 * 16 * 1024);
    connection.sendInput(block);
    await shell.waitForTyped('echo line 7999\r');
    expect(shell.typed).toBe(block);
  });

  it('queues typing while connecting and sends it once the shell is ready', async () => {
    const { exec, harness } = await startWithExec();
    const { connection } = openTab(harness, { sessionId: null, offset: 0 });
    connection.sendInput('early\r');
    const shell = await exec.shell(0);
    await shell.waitForTyped('early\r');
  });

  it('reconnects after the socket drops, to the same shell, and draws what it missed', async () => {
    const { exec, harness } = await startWithExec();
    const { view, connection } = openTab(harness, { sessionId: null, offset: 0 });
    const shell = await exec.shell(0);
    await expect.poll(() => lastState(view.states)).toBe('connected');
    await shell.print('$ ');
    connection.sendInput('export NAME=ada\r');
    await shell.waitForTyped('export NAME=ada\r');
    const before = connection.sessionId();
    terminateAll(); // the network drops: no close handshake
    await expect.poll(() => view.states.some((s) => s.state === 'reconnecting')).toBe(true);
    await shell.print('while you were away\r\n');
    await expect.poll(() => lastState(view.states), { timeout: 5000 }).toBe('connected');
    expect(connection.sessionId()).toBe(before);
    await expect.poll(() => view.screen).toBe('$ while you were away\r\n');
    connection.sendInput('echo $NAME\r');
    await shell.waitForTyped('echo $NAME\r');
    expect(exec.shells).toHaveLength(1);
  });

  it('notices a silent network (no answer to pings) and reconnects', async () => {
    const { exec, harness } = await startWithExec();
    const { view, connection } = openTab(harness, { sessionId: null, offset: 0 }, undefined, {
      heartbeatMs: 50,
      silenceMs: 200,
    });
    await expect.poll(() => lastState(view.states)).toBe('connected');
    const before = connection.sessionId();
    const [socket] = openSockets;
    socket?.pause(); // frozen: nothing arrives, nothing is answered
    await expect.poll(() => view.states.some((s) => s.state === 'reconnecting')).toBe(true);
    await expect.poll(() => lastState(view.states), { timeout: 5000 }).toBe('connected');
    expect(connection.sessionId()).toBe(before);
    expect(exec.shells).toHaveLength(1);
  });

  it('keeps retrying through a server restart, then gets a shell again', async () => {
    const first = await startWithExec();
    const port = Number(new URL(first.harness.origin).port);
    const { view } = openTab(first.harness, { sessionId: null, offset: 0 });
    await expect.poll(() => lastState(view.states)).toBe('connected');
    await first.harness.stop();
    await expect.poll(() => lastState(view.states)).toBe('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, 300)); // a few failed attempts
    const second = await startWithExec({}, port);
    await expect.poll(() => lastState(view.states), { timeout: 5000 }).toBe('connected');
    await second.exec.shell(0);
  });

  it('ends without reconnecting when the server closes the terminal on purpose', async () => {
    const { exec, harness } = await startWithExec({ idleTimeoutMs: 200 });
    const { view } = openTab(harness, { sessionId: null, offset: 0 });
    await exec.shell(0);
    await expect.poll(() => lastState(view.states)).toBe('ended');
    expect(view.states.at(-1)?.message).toBe(
      'The terminal was closed after a while without input.',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(exec.shells).toHaveLength(1);
    expect(lastState(view.states)).toBe('ended');
  });

  it('starts a new shell on request after it ended', async () => {
    const { exec, harness } = await startWithExec();
    const { view, connection } = openTab(harness, { sessionId: null, offset: 0 });
    const shell = await exec.shell(0);
    await expect.poll(() => lastState(view.states)).toBe('connected');
    shell.exit({ exitCode: 0, message: 'the shell exited' });
    await expect.poll(() => lastState(view.states)).toBe('ended');
    expect(view.notices).toContain('The shell exited with code 0.');
    connection.reconnect();
    await exec.shell(1);
    await expect.poll(() => lastState(view.states)).toBe('connected');
  });
});

describe('createTerminalConnection when refused', () => {
  it('keeps retrying and, after a few refusals, suggests joining first', async () => {
    const { exec, harness } = await startWithExec();
    const { view } = openTab(harness, { sessionId: null, offset: 0 }, { origin: harness.origin });
    await expect
      .poll(() => view.states.at(-1)?.message, { timeout: 5000 })
      .toBe(
        'Cannot reach the terminal. If you have not joined the workshop in this browser, join first; retrying…',
      );
    expect(lastState(view.states)).toBe('reconnecting');
    expect(exec.shells).toHaveLength(0);
  });
});

describe('takePart', () => {
  it('never splits a surrogate pair', () => {
    expect(takePart('ab😀', 3)).toBe('ab');
    expect(takePart('abc', 3)).toBe('abc');
    expect(takePart('abcd', 3)).toBe('abc');
  });
});

/** Drops every open test socket from the client side, like a network failure. */
function terminateAll() {
  for (const socket of openSockets) socket.terminate();
}
