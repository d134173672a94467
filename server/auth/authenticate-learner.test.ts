/**
 * authenticateLearner from a plain Node server (as the custom server uses it for WebSocket
 * upgrades), and the client-address stamp that lets route handlers rate-limit by address.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLearner } from '../progress/learners';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '../progress/test-databases';
import { installAuthContext, type AuthContext } from './auth-context';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_PROTO_HEADER,
  isSecureRequest,
  readClientAddress,
  stampConnectionHeaders,
} from './request-info';
import { authenticateLearner, renewLearnerSession, startSession } from './sessions';
import { createTestAuthContext, createTestClock, type TestClock } from './test-context';

const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;

describe('authenticateLearner over Node HTTP', () => {
  let opened: OpenedTestDatabase;
  let clock: TestClock;
  let context: AuthContext;
  let server: Server;
  let base: string;
  let seen: { address?: string; stamped?: string; proto?: string } = {};

  beforeEach(async () => {
    opened = await sqlite.open();
    clock = createTestClock();
    context = createTestAuthContext(opened, clock, { idleMs: 10 * 60_000 });
    installAuthContext(context);
    server = createServer((req: IncomingMessage, res) => {
      stampConnectionHeaders(req);
      seen = {
        stamped: req.headers[CLIENT_ADDRESS_HEADER] as string,
        proto: req.headers[CLIENT_PROTO_HEADER] as string,
        address: readClientAddress(req, false),
      };
      void authenticateLearner(req).then((me) => {
        res.writeHead(me ? 200 : 401, { 'content-type': 'application/json' });
        res.end(JSON.stringify(me));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    installAuthContext(undefined);
    await new Promise((resolve) => server.close(resolve));
    await opened.close();
  });

  it('identifies the learner from the cookie and refuses strangers', async () => {
    const learner = await createLearner(opened.db, {
      displayName: 'Linus',
      eventCode: null,
      resumeCodeHash: 'h',
    });
    const started = await startSession(context, learner.id);
    const ok = await fetch(base, {
      headers: { cookie: `other=1; ws_session=${started.cookieValue}` },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ learnerId: learner.id, displayName: 'Linus' });
    expect((await fetch(base)).status).toBe(401);
    expect((await fetch(base, { headers: { cookie: 'ws_session=abc.def' } })).status).toBe(401);

    clock.advanceMinutes(11);
    expect(
      (await fetch(base, { headers: { cookie: `ws_session=${started.cookieValue}` } })).status,
    ).toBe(401);
    expect(await renewLearnerSession(started.sessionId)).toBeNull();
  });

  it('renews from terminal activity, at most every renewal interval', async () => {
    const learner = await createLearner(opened.db, {
      displayName: 'Linus',
      eventCode: null,
      resumeCodeHash: 'h',
    });
    const started = await startSession(context, learner.id);
    clock.advanceSeconds(5);
    expect(await renewLearnerSession(started.sessionId)).toEqual(started.expiresAt);
    clock.advanceMinutes(9);
    const renewed = await renewLearnerSession(started.sessionId);
    expect(renewed?.getTime()).toBe(clock.now.getTime() + 10 * 60_000);
  });

  it('overwrites client-supplied address and scheme headers with the real connection', async () => {
    await fetch(base, {
      headers: { [CLIENT_ADDRESS_HEADER]: '203.0.113.9', [CLIENT_PROTO_HEADER]: 'https' },
    });
    expect(seen.stamped).toBe('127.0.0.1');
    expect(seen.proto).toBe('http');
    // Next builds https:// URLs from a client's X-Forwarded-Proto; the stamp is what counts.
    const spoofed = new Request('https://x/', { headers: { [CLIENT_PROTO_HEADER]: 'http' } });
    expect(isSecureRequest(spoofed, false)).toBe(false);
    expect(seen.address).toBe('127.0.0.1');
    const routeRequest = new Request('http://x/', {
      headers: { [CLIENT_ADDRESS_HEADER]: '198.51.100.7' },
    });
    expect(readClientAddress(routeRequest, false)).toBe('198.51.100.7');
    const proxied = new Request('http://x/', {
      headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' },
    });
    expect(readClientAddress(proxied, true)).toBe('10.0.0.1');
  });
});
