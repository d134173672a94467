/**
 * Bad input and abuse against the real pieces wired as the site wires them: the API route handlers
 * over a real SQLite database, and the terminal route on a real HTTP server that authenticates the
 * real session cookie and opens each learner's real shell in the embedded sandbox. Every attack is
 * answered with a clear error, and a well-behaved learner beside it keeps working untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as join from '@/app/api/join/route';
import * as me from '@/app/api/me/route';
import * as progress from '@/app/api/progress/route';
import * as quiz from '@/app/api/quiz/route';
import { installAuthContext } from '@/server/auth/auth-context';
import { authenticateLearner } from '@/server/auth/sessions';
import { createTestAuthContext, createTestClock } from '@/server/auth/test-context';
import { setWorkspaceProvisioner } from '@/server/auth/workspace-hooks';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { createContainerRuntime } from '@/server/sandbox/runtime';
import { createWorkstationProgram } from '@/server/sandbox/workstation';
import { MAX_FRAME_BYTES } from '@/server/terminal/protocol';
import type { WorkstationLocation } from '@/server/terminal/route';
import { startRouteHarness, type RouteHarness } from '@/server/terminal/testing/route-harness';
import {
  connectTerminal,
  RefusedError,
  type TestTerminal,
} from '@/server/terminal/testing/socket-client';

const SITE = 'http://localhost:3000';
const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';
const PROMPT = 'learner@workstation:~$ ';

let opened: OpenedTestDatabase;
let sandbox: Sandbox;
let harness: RouteHarness;
const kubeconfigs = new Map<string, Promise<string>>();
const terminals: TestTerminal[] = [];

type Learner = { id: string; cookie: string };
let ada: Learner;
let bob: Learner;

function request(
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Request(`${SITE}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      host: 'localhost:3000',
      origin: SITE,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body,
  });
}

async function joinAs(displayName: string): Promise<Learner> {
  const res = await join.POST(request('/api/join', { body: JSON.stringify({ displayName }) }));
  expect(res.status).toBe(201);
  const body = (await res.json()) as { learner: { id: string } };
  return { id: body.learner.id, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
}

async function readMe(cookie: string) {
  const res = await me.GET(request('/api/me', { headers: { cookie } }));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Each learner's own simulated cluster, made on first use as the site's workspaces do. */
async function locateWorkstation(learnerId: string): Promise<WorkstationLocation> {
  if (!kubeconfigs.has(learnerId)) {
    kubeconfigs.set(
      learnerId,
      sandbox.provisionLearnerCluster(learnerId).then((c) => c.kubeconfig),
    );
  }
  return {
    kubeconfig: await kubeconfigs.get(learnerId)!,
    namespace: 'workstation',
    pod: 'workstation',
    container: 'shell',
    command: ['bash'],
  };
}

/** Closes every test browser left open, so each learner stays within the terminal limit. */
async function closeTerminals() {
  const open = terminals.splice(0);
  open.forEach((t) => t.ws.close());
  await Promise.all(open.map((t) => t.closed));
}

async function openTerminal(learner: Learner, query: Record<string, string> = {}) {
  const terminal = await connectTerminal(harness.url(query), {
    origin: harness.origin,
    cookie: learner.cookie,
  });
  terminals.push(terminal);
  await terminal.waitFor((m) => m.type === 'status' && m.state === 'ready', 20_000);
  await terminal.waitForScreen(PROMPT, 20_000);
  return terminal;
}

async function refusal(headers: Record<string, string>, query: Record<string, string> = {}) {
  try {
    terminals.push(await connectTerminal(harness.url(query), headers));
  } catch (err) {
    if (err instanceof RefusedError) return err;
    throw err;
  }
  throw new Error('the handshake was accepted');
}

/** Types a line and waits until `expected` shows after it: the shell is alive and answering. */
async function runLine(terminal: TestTerminal, line: string, expected: string) {
  const from = terminal.screen().length;
  terminal.type(line);
  await terminal.waitUntil(
    () => terminal.screen().slice(from).includes(expected),
    `"${expected}"`,
    20_000,
  );
}

function tamper(cookie: string): string {
  const [name, value] = cookie.split('=') as [string, string];
  const i = Math.floor(value.length / 2);
  const swapped = value[i] === 'A' ? 'B' : 'A';
  return `${name}=${value.slice(0, i)}${swapped}${value.slice(i + 1)}`;
}

beforeAll(async () => {
  opened = await listTestDatabaseTargets()
    .find((t) => t.name === 'sqlite')!
    .open();
  installAuthContext(createTestAuthContext(opened, createTestClock(new Date())));
  setWorkspaceProvisioner(() => {});
  sandbox = await createSandbox({
    port: 0,
    runtime: createContainerRuntime({
      images: { 'workshop/workstation': createWorkstationProgram() },
    }),
    clusterOptions: {
      timing: { pullMs: 20, startMs: 10, backOffNoticeMs: 10, backOffMs: 20, createRetryMs: 20 },
    },
  });
  harness = await startRouteHarness({
    locateWorkstation,
    authenticate: (req) => authenticateLearner(req),
  });
  ada = await joinAs('Ada');
  bob = await joinAs('Bob');
}, 60_000);

afterAll(async () => {
  terminals.forEach((t) => t.ws.terminate());
  await harness?.stop();
  await sandbox?.close();
  installAuthContext(undefined);
  setWorkspaceProvisioner(undefined);
  await opened?.close();
});

describe('abuse: session cookies', () => {
  it('a forged cookie is refused over HTTP (401) and on the terminal socket', async () => {
    const forged = 'ws_session=forged.not-a-real-session';
    const answer = await readMe(forged);
    expect(answer.status).toBe(401);
    expect(JSON.stringify(answer.body)).toMatch(/sign|join/i);
    const refused = await refusal({ origin: harness.origin, cookie: forged });
    expect(refused.status).toBe(401);
  });

  it('a tampered copy of a real cookie is refused, and the real one still works', async () => {
    const tampered = tamper(ada.cookie);
    expect(tampered).not.toBe(ada.cookie);
    expect((await readMe(tampered)).status).toBe(401);
    expect((await refusal({ origin: harness.origin, cookie: tampered })).status).toBe(401);
    const genuine = await readMe(ada.cookie);
    expect(genuine.status).toBe(200);
    expect((genuine.body.learner as { id: string }).id).toBe(ada.id);
  });
});

describe('abuse: foreign origins', () => {
  it('a terminal socket opened from another site is refused with 403 even with a valid cookie', async () => {
    const refused = await refusal({ origin: 'https://evil.example', cookie: ada.cookie });
    expect(refused.status).toBe(403);
  });

  it('a state-changing request from another site is refused with 403 and records nothing', async () => {
    const res = await quiz.POST(
      request('/api/quiz', {
        body: JSON.stringify({ lesson: LAB, quizId: 'qa-privileged', answer: 'no' }),
        headers: { cookie: ada.cookie, origin: 'https://evil.example' },
      }),
    );
    expect(res.status).toBe(403);
    const mine = (await readMe(ada.cookie)).body.progress as { quizzes: unknown[] };
    expect(mine.quizzes).toEqual([]);
  });
});

describe("abuse: naming another learner's ids", () => {
  it("a body naming another learner's id is refused or ignored: only the caller's own progress changes", async () => {
    const res = await quiz.POST(
      request('/api/quiz', {
        body: JSON.stringify({
          lesson: LAB,
          quizId: 'qa-privileged',
          answer: 'yes',
          learnerId: bob.id,
        }),
        headers: { cookie: ada.cookie },
      }),
    );
    expect([200, 400]).toContain(res.status);
    const bobs = (await readMe(bob.cookie)).body.progress as { quizzes: unknown[] };
    expect(bobs.quizzes).toEqual([]);
  });

  it("asking for another learner's terminal session id gives the caller a shell of their own", async () => {
    await closeTerminals();
    const bobs = await openTerminal(bob);
    await runLine(bobs, 'export SECRET_OF_BOB=b0b-only', PROMPT);
    const ready = bobs.messages.find((m) => m.type === 'status' && m.state === 'ready');
    const bobSession = ready && 'sessionId' in ready ? ready.sessionId : '';
    expect(bobSession).not.toBe('');

    const adas = await openTerminal(ada, { session: bobSession, offset: '0' });
    const adaReady = adas.messages.find((m) => m.type === 'status' && m.state === 'ready');
    expect(adaReady).toMatchObject({ resumed: false });
    expect(adas.screen()).not.toContain('SECRET_OF_BOB');
    await runLine(adas, 'echo "seen:$SECRET_OF_BOB:"', 'seen::');
    // Bob's shell is still his, with his variable.
    await runLine(bobs, 'echo "mine:$SECRET_OF_BOB"', 'mine:b0b-only');
  }, 60_000);
});

describe('abuse: oversized bodies', () => {
  it('a 1 MB JSON body is refused with 413 and a sentence giving the limit', async () => {
    const big = JSON.stringify({
      lesson: LAB,
      quizId: 'qa-privileged',
      answer: 'x'.repeat(1024 * 1024),
    });
    const res = await quiz.POST(
      request('/api/quiz', { body: big, headers: { cookie: ada.cookie } }),
    );
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/too large.*limit is \d+/);
  });

  it('a progress report that is not JSON is refused with 400', async () => {
    const res = await progress.POST(
      request('/api/progress', { body: '{not json', headers: { cookie: ada.cookie } }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/must be JSON/);
  });
});

describe('abuse: malformed terminal messages', () => {
  let neighbour: TestTerminal;
  beforeAll(async () => {
    await closeTerminals();
    neighbour = await openTerminal(bob);
  }, 30_000);

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['no type', '{"data":"ls"}', /no "type"/],
    ['unknown type', '{"type":"exec","data":"ls"}', /unknown terminal message type "exec"/],
    ['bad field', '{"type":"resize","columns":-1,"rows":10}', /resize\.columns/],
  ])(
    '%s: the sender is told what is wrong, and both shells keep working',
    async (_name, frame, wording) => {
      const attacker = await openTerminal(ada);
      attacker.ws.send(frame);
      const error = await attacker.waitFor((m) => m.type === 'error', 10_000);
      expect(error).toMatchObject({ message: expect.stringMatching(wording) });
      await runLine(attacker, 'echo own-$((1+1))', 'own-2');
      await runLine(neighbour, 'echo still-$((40+2))', 'still-42');
      await closeTerminals();
      neighbour = await openTerminal(bob);
    },
    60_000,
  );

  it('a frame larger than the limit closes only that socket', async () => {
    const attacker = await openTerminal(ada);
    attacker.ws.send('x'.repeat(MAX_FRAME_BYTES + 1));
    const closed = await attacker.closed;
    expect(closed.code).not.toBe(1000);
    await runLine(neighbour, 'echo alive-$((6*7))', 'alive-42');
  }, 60_000);
});
