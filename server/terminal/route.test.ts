import { afterEach, describe, expect, it } from 'vitest';
import type { ExecTarget } from '../cluster/exec';
import { CloseCode, MAX_INPUT_CHARS, type ServerMessage } from './protocol';
import type { WorkstationLocation } from './route';
import { createFakeExec } from './testing/fake-exec';
import { startRouteHarness, type RouteHarness } from './testing/route-harness';
import { connectTerminal, RefusedError, type TestTerminal } from './testing/socket-client';

const located: string[] = [];
const locateWorkstation = async (learnerId: string): Promise<WorkstationLocation> => {
  located.push(learnerId);
  return {
    kubeconfig: 'apiVersion: v1\nkind: Config\n',
    namespace: `learner-${learnerId}`,
    pod: 'workstation',
    container: 'shell',
    command: ['bash'],
  };
};

let harness: RouteHarness | null = null;
const open: TestTerminal[] = [];

async function start(options: Parameters<typeof startRouteHarness>[0] | object = {}) {
  const exec = createFakeExec();
  harness = await startRouteHarness({ locateWorkstation, openExec: exec.openExec, ...options });
  return { exec, harness };
}

async function connect(url: string, headers: Record<string, string>) {
  const terminal = await connectTerminal(url, headers);
  open.push(terminal);
  return terminal;
}

async function refusal(url: string, headers: Record<string, string>): Promise<RefusedError> {
  try {
    await connect(url, headers);
  } catch (err) {
    if (err instanceof RefusedError) return err;
    throw err;
  }
  throw new Error('the handshake was accepted');
}

const isReady = (m: ServerMessage) => m.type === 'status' && m.state === 'ready';

afterEach(async () => {
  open.splice(0).forEach((t) => t.ws.terminate());
  await harness?.stop();
  harness = null;
  located.length = 0;
});

describe('terminal route: who may connect', () => {
  it('refuses a visitor who is not signed in with 401', async () => {
    const { harness } = await start();
    const err = await refusal(harness.url(), { origin: harness.origin });
    expect(err.status).toBe(401);
    expect(err.body).toBe('Unauthorized: sign in to the workshop to open a terminal');
  });

  it('refuses a page from another origin with 403, even when signed in', async () => {
    const { harness } = await start();
    const err = await refusal(harness.url(), {
      ...harness.headers(),
      origin: 'https://evil.example',
    });
    expect(err.status).toBe(403);
    expect(err.body).toBe(
      'Forbidden: origin "https://evil.example" is not allowed to open a terminal',
    );
    const none = await refusal(harness.url(), { 'x-test-learner': 'learner-1' });
    expect(none.status).toBe(403);
    expect(none.body).toBe('Forbidden: missing Origin header');
  });

  it('accepts an origin listed as allowed', async () => {
    const { harness } = await start({ origins: { allowedOrigins: ['https://workshop.example'] } });
    const terminal = await connect(harness.url(), {
      ...harness.headers(),
      origin: 'https://workshop.example',
    });
    await terminal.waitFor(isReady);
  });

  it('uses an injected origin policy when given one', async () => {
    const { harness } = await start({
      checkOrigin: (req: { headers: { origin?: string } }) =>
        req.headers.origin === 'https://site.example' ? null : 'only https://site.example',
    });
    const err = await refusal(harness.url(), harness.headers());
    expect(err.status).toBe(403);
    expect(err.body).toBe('Forbidden: only https://site.example');
    const ok = await connect(harness.url(), {
      ...harness.headers(),
      origin: 'https://site.example',
    });
    await ok.waitFor(isReady);
  });

  it('answers 400 with the field at fault for a malformed request', async () => {
    const { harness } = await start();
    const err = await refusal(harness.url({ columns: 0 }), harness.headers());
    expect(err.status).toBe(400);
    expect(err.body).toMatch(/^Bad Request: columns: /);
    const session = await refusal(harness.url({ session: '../../etc' }), harness.headers());
    expect(session.body).toBe('Bad Request: session: must be the id the server gave this terminal');
  });
});

describe('terminal route: the shell', () => {
  it('opens the shell the server locates for the learner, whatever the browser asks', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(
      harness.url({ namespace: 'kube-system', pod: 'etcd', columns: 100, rows: 30 }),
      harness.headers('ada'),
    );
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    const expected: ExecTarget = {
      kubeconfig: 'apiVersion: v1\nkind: Config\n',
      namespace: 'learner-ada',
      pod: 'workstation',
      container: 'shell',
      command: ['bash'],
      tty: true,
    };
    expect(shell.target).toEqual(expected);
    expect(located).toEqual(['ada']);
    expect(shell.sizes[0]).toEqual({ columns: 100, rows: 30 });
  });

  it('carries keystrokes in, output out, and resizes to the tty', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    await shell.print('$ ');
    terminal.type('echo hello');
    await shell.waitForTyped('echo hello\r');
    await shell.print('hello\r\n$ ');
    await terminal.waitForScreen('$ hello\r\n$ ');
    terminal.send({ type: 'resize', columns: 132, rows: 43 });
    await expect.poll(() => shell.sizes.at(-1)).toEqual({ columns: 132, rows: 43 });
  });

  it('reports typing as learner activity, at most once per interval', async () => {
    const active: string[] = [];
    const { exec, harness } = await start({
      onActivity: (learner: { learnerId: string }) => active.push(learner.learnerId),
    });
    const terminal = await connect(harness.url(), harness.headers('ada'));
    await terminal.waitFor(isReady);
    expect(active).toEqual([]);
    terminal.type('ls');
    terminal.type('pwd');
    await (await exec.shell(0)).waitForTyped('pwd\r');
    expect(active).toEqual(['ada']);
  });

  it('answers pings and reports bad messages without closing', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    terminal.ws.send('not json');
    terminal.send({ type: 'input', data: 'x'.repeat(MAX_INPUT_CHARS + 1) });
    terminal.send({ type: 'ping', id: 42 });
    await terminal.waitFor((m) => m.type === 'pong' && m.id === 42);
    const errors = terminal.messages.filter((m) => m.type === 'error');
    expect(errors).toEqual([
      { type: 'error', message: 'terminal message is not valid JSON' },
      {
        type: 'error',
        message: `invalid terminal message: input.data: input is longer than ${MAX_INPUT_CHARS} characters; send it in parts`,
      },
    ]);
    expect((await exec.shell(0)).typed).toBe('');
    expect(terminal.ws.readyState).toBe(terminal.ws.OPEN);
  });

  it('tells the learner when the workstation cannot be reached', async () => {
    const { exec, harness } = await start();
    exec.failWith('pods "workstation" not found');
    const terminal = await connect(harness.url(), harness.headers());
    const closed = await terminal.closed;
    expect(closed.code).toBe(CloseCode.unavailable);
    expect(terminal.messages).toContainEqual({
      type: 'error',
      message: 'Your workstation could not be reached: pods "workstation" not found',
    });
  });

  it('closes an idle terminal with a clear message', async () => {
    const { exec, harness } = await start({ idleTimeoutMs: 300 });
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const closed = await terminal.closed;
    expect(closed.code).toBe(CloseCode.idle);
    expect(terminal.messages.at(-1)).toEqual({
      type: 'ended',
      reason: 'idle',
      message: 'The terminal was closed after a while without input.',
    });
    expect((await exec.shell(0)).hungUp).toBe(true);
    expect(harness.route.sessionCount()).toBe(0);
  });
});

describe('terminal route: reconnecting', () => {
  it('reattaches a dropped socket to the same shell and replays what it missed', async () => {
    const { exec, harness } = await start();
    const first = await connect(harness.url(), harness.headers());
    const ready = (await first.waitFor(isReady)) as { sessionId: string };
    const shell = await exec.shell(0);
    await shell.print('$ ');
    first.type('export GREETING=hello');
    await shell.waitForTyped('export GREETING=hello\r');
    await shell.print('\r\n$ ');
    await first.waitForScreen('\r\n$ ');
    const drawn = first.offset();
    first.ws.terminate(); // the network drops mid-session
    await first.closed;
    await shell.print('output while away\r\n');

    const second = await connect(
      harness.url({ session: ready.sessionId, offset: drawn }),
      harness.headers(),
    );
    const again = await second.waitFor(isReady);
    expect(again).toMatchObject({ sessionId: ready.sessionId, resumed: true });
    expect(second.messages[1]).toEqual({
      type: 'replay',
      reset: false,
      data: 'output while away\r\n',
      offset: drawn + 19,
    });
    second.type('echo $GREETING');
    await shell.waitForTyped('echo $GREETING\r');
    expect(exec.shells).toHaveLength(1);
  });

  it('starts a new shell when the session is unknown (e.g. after a server restart)', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(
      harness.url({ session: 'from-before-the-restart', offset: 5000 }),
      harness.headers(),
    );
    const ready = await terminal.waitFor(isReady);
    expect(ready).toMatchObject({ resumed: false });
    expect(ready).not.toMatchObject({ sessionId: 'from-before-the-restart' });
    expect(terminal.messages.find((m) => m.type === 'replay')).toEqual({
      type: 'replay',
      reset: false,
      data: '',
      offset: 0,
    });
    await exec.shell(0);
  });

  it("never attaches a learner to another learner's terminal", async () => {
    const { exec, harness } = await start();
    const ada = await connect(harness.url(), harness.headers('ada'));
    const { sessionId } = (await ada.waitFor(isReady)) as { sessionId: string };
    const bob = await connect(harness.url({ session: sessionId }), harness.headers('bob'));
    const bobs = (await bob.waitFor(isReady)) as { sessionId: string };
    expect(bobs.sessionId).not.toBe(sessionId);
    expect(exec.shells.map((s) => s.target.namespace)).toEqual(['learner-ada', 'learner-bob']);
    expect(ada.ws.readyState).toBe(ada.ws.OPEN);
  });

  it('drops a socket that stops answering heartbeats but keeps its shell', async () => {
    const { exec, harness } = await start({ heartbeatMs: 100 });
    const terminal = await connect(harness.url(), harness.headers());
    const { sessionId } = (await terminal.waitFor(isReady)) as { sessionId: string };
    terminal.ws.pause(); // a frozen network: pings go unanswered
    await expect.poll(() => harness.route.sessionCount(), { timeout: 3000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    terminal.ws.resume();
    const closed = await terminal.closed;
    expect(closed.code).toBe(1006);
    const back = await connect(harness.url({ session: sessionId }), harness.headers());
    expect(await back.waitFor(isReady)).toMatchObject({ sessionId, resumed: true });
    expect(exec.shells).toHaveLength(1);
    expect(exec.shells[0]?.hungUp).toBe(false);
  });
});

describe('terminal route: several tabs', () => {
  it('gives each tab its own shell', async () => {
    const { exec, harness } = await start();
    const one = await connect(harness.url(), harness.headers());
    const two = await connect(harness.url(), harness.headers());
    const a = (await one.waitFor(isReady)) as { sessionId: string };
    const b = (await two.waitFor(isReady)) as { sessionId: string };
    expect(a.sessionId).not.toBe(b.sessionId);
    one.type('in tab one');
    two.type('in tab two');
    await (await exec.shell(0)).waitForTyped('in tab ');
    await (await exec.shell(1)).waitForTyped('in tab ');
    expect(exec.shells.map((s) => s.typed).sort()).toEqual(['in tab one\r', 'in tab two\r']);
  });

  it('moves a terminal opened in a second tab there, and says so in the first', async () => {
    const { harness } = await start();
    const first = await connect(harness.url(), harness.headers());
    const { sessionId } = (await first.waitFor(isReady)) as { sessionId: string };
    const copy = await connect(harness.url({ session: sessionId }), harness.headers());
    await copy.waitFor(isReady);
    expect((await first.closed).code).toBe(CloseCode.replaced);
    expect(first.messages.at(-1)).toMatchObject({ type: 'ended', reason: 'replaced' });
  });

  it('limits terminals per learner, making room by closing a detached one', async () => {
    const { harness } = await start({ maxSessionsPerLearner: 2 });
    const one = await connect(harness.url(), harness.headers());
    const two = await connect(harness.url(), harness.headers());
    await one.waitFor(isReady);
    await two.waitFor(isReady);
    const three = await connect(harness.url(), harness.headers());
    expect((await three.closed).code).toBe(CloseCode.limit);
    expect(three.messages).toEqual([
      {
        type: 'ended',
        reason: 'limit',
        message: 'You already have 2 terminals open; close one and try again.',
      },
    ]);
    one.ws.close();
    await one.closed;
    await expect.poll(() => harness.route.sessionCount()).toBe(2);
    const four = await connect(harness.url(), harness.headers());
    await four.waitFor(isReady);
    expect(harness.route.sessionCount()).toBe(2);
    // Another learner has their own allowance.
    const other = await connect(harness.url(), harness.headers('someone-else'));
    await other.waitFor(isReady);
  });
});

describe('terminal route: backpressure', () => {
  it('pauses the shell while the browser has not drawn its output, then catches up', async () => {
    const { exec, harness } = await start({ ackWindow: 64 * 1024 });
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    terminal.stopAcking();
    const total = 8 * 1024 * 1024;
    let done = false;
    const flood = shell.flood(total).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(done).toBe(false);
    expect(shell.pauses).toBeGreaterThan(0);
    // What reached the browser is one window plus the chunk that crossed it, not the flood.
    expect(terminal.offset()).toBeLessThanOrEqual(64 * 1024 + 16 * 1024);
    expect(shell.maxBuffered).toBeLessThanOrEqual(80 * 1024);
    terminal.startAcking();
    await flood;
    await terminal.waitForScreen(/y\n$/, 10_000);
    await expect.poll(() => terminal.offset(), { timeout: 10_000 }).toBe(total);
  });

  it('pauses the shell when the network stops reading, without a memory pile-up', async () => {
    const { exec, harness } = await start({ ackWindow: 1 << 30, highWaterBytes: 256 * 1024 });
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    terminal.ws.pause(); // the browser's socket stops reading
    const total = 64 * 1024 * 1024;
    let done = false;
    const flood = shell.flood(total).then(() => (done = true));
    await expect.poll(() => shell.pauses, { timeout: 10_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    expect(shell.maxBuffered).toBeLessThanOrEqual(80 * 1024);
    terminal.ws.resume();
    await flood;
    await expect.poll(() => terminal.offset(), { timeout: 20_000 }).toBe(total);
  });
});

describe('terminal route: shutting down', () => {
  it('tells browsers the site is restarting and ends every shell', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    harness.route.close();
    expect((await terminal.closed).code).toBe(CloseCode.shutdown);
    expect(terminal.messages.at(-1)).toMatchObject({ type: 'ended', reason: 'shutdown' });
    expect(exec.shells[0]?.hungUp).toBe(true);
  });
});
