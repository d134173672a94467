import { describe, expect, it } from 'vitest';
import type { ExecTarget } from '../cluster/exec';
import { CloseCode, MAX_INPUT_CHARS } from './protocol';
import {
  connect,
  isReady,
  located,
  refusal,
  start,
  registerRouteCleanup,
} from './testing/route-fixture';

registerRouteCleanup();

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
      onActivity: (learner: { learnerId: string }) => void active.push(learner.learnerId),
    });
    const terminal = await connect(harness.url(), harness.headers('ada'));
    await terminal.waitFor(isReady);
    expect(active).toEqual([]);
    terminal.type('ls');
    terminal.type('pwd');
    await (await exec.shell(0)).waitForTyped('pwd\r');
    expect(active).toEqual(['ada']);
  });

  it('ends the terminal when the learner is no longer signed in', async () => {
    let signedIn = true;
    const { exec, harness } = await start({
      isStillSignedIn: async () => signedIn,
      revalidateMs: 50,
    });
    const terminal = await connect(harness.url(), harness.headers());
    await terminal.waitFor(isReady);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(terminal.ws.readyState).toBe(terminal.ws.OPEN);
    signedIn = false;
    expect((await terminal.closed).code).toBe(CloseCode.signedOut);
    expect(terminal.messages.at(-1)).toEqual({
      type: 'ended',
      reason: 'signedOut',
      message: 'Your sign-in has ended; join again to continue.',
    });
    expect((await exec.shell(0)).hungUp).toBe(true);
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
