import { describe, expect, it } from 'vitest';
import { CloseCode } from './protocol';
import { connect, isReady, start, registerRouteCleanup } from './testing/route-fixture';

registerRouteCleanup();

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

describe('terminal route: input backpressure', () => {
  // 640 KiB in browser-sized messages: more than the session would hold (256 KiB) if the route
  // kept reading the socket while the shell is busy.
  const paste = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, '0')}`.repeat(8192));

  it('stops reading a busy shell’s socket and takes the whole paste as the shell catches up', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    shell.stopReading();
    for (const part of paste) terminal.send({ type: 'input', data: part });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shell.typed).toBe('');
    shell.startReading();
    await shell.waitForTyped(paste.at(-1)!, 10_000);
    expect(shell.typed).toBe(paste.join(''));
    expect(terminal.messages.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('keeps output flowing while input waits, though the browser’s acks wait behind it', async () => {
    const { exec, harness } = await start({ ackWindow: 64 * 1024 });
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    shell.stopReading();
    for (const part of paste) terminal.send({ type: 'input', data: part });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A shell echoing what it was given before it got busy: far more than one ack window.
    await shell.flood(1024 * 1024);
    await expect.poll(() => terminal.offset(), { timeout: 10_000 }).toBe(1024 * 1024);
    shell.startReading();
    await shell.waitForTyped(paste.at(-1)!, 10_000);
  });

  it('still answers a paste on a shell that never reads with the backlog error, not memory', async () => {
    const { exec, harness } = await start();
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    const shell = await exec.shell(0);
    shell.backlog = 1024 * 1024; // an exec whose network does not take input
    terminal.send({ type: 'input', data: 'x' });
    const error = await terminal.waitFor((m) => m.type === 'error');
    expect(error).toMatchObject({ message: expect.stringMatching(/not reading its input/) });
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
