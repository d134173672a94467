/**
 * The API route handlers driven with real Web Requests over a real SQLite database: cookies,
 * origin checks, rate limits, privacy of progress, quizzes and progress reports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installAuthContext, type AuthContext } from '@/server/auth/auth-context';
import { setWorkspaceProvisioner } from '@/server/auth/workspace-hooks';
import { createTestAuthContext, createTestClock, type TestClock } from '@/server/auth/test-context';
import { recordCheckAttempt } from '@/server/progress/check-attempts';
import { setQuizGrader } from '@/server/progress/quiz-key';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import * as join from './join/route';
import * as logout from './logout/route';
import * as me from './me/route';
import * as progress from './progress/route';
import * as quiz from './quiz/route';
import * as resume from './resume/route';
import * as session from './session/route';

const site = 'http://localhost:3000';
const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;

function post(path: string, body: unknown, headers: Record<string, string> = {}, base = site) {
  return new Request(`${base}${path}`, {
    method: 'POST',
    headers: {
      host: new URL(base).host,
      origin: base,
      'content-type': 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function get(path: string, headers: Record<string, string> = {}) {
  return new Request(`${site}${path}`, { headers: { host: 'localhost:3000', ...headers } });
}

function cookieFrom(res: Response): string {
  const line = res.headers.get('set-cookie') ?? '';
  return line.split(';')[0] ?? '';
}

describe('API routes', () => {
  let opened: OpenedTestDatabase;
  let clock: TestClock;
  let context: AuthContext;

  beforeEach(async () => {
    opened = await sqlite.open();
    clock = createTestClock();
    context = createTestAuthContext(opened, clock, { idleMs: 60 * 60_000 });
    installAuthContext(context);
    setWorkspaceProvisioner(() => {});
  });
  afterEach(async () => {
    installAuthContext(undefined);
    setWorkspaceProvisioner(undefined);
    setQuizGrader(undefined);
    await opened.close();
  });

  async function joinAs(name: string) {
    const res = await join.POST(post('/api/join', { displayName: name }));
    expect(res.status).toBe(201);
    return {
      res,
      cookie: cookieFrom(res),
      body: (await res.json()) as { resumeCode: string; learner: { id: string } },
    };
  }

  it('joins: 201, the resume code once, and an HttpOnly SameSite=Lax cookie (no Secure on http)', async () => {
    const { res, body } = await joinAs('Ada');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^ws_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/,
    );
    expect(body.resumeCode).toMatch(/^\w{3}-\w{3}-\w{3}-\w{3}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('marks the cookie Secure over https', async () => {
    const res = await join.POST(
      post('/api/join', { displayName: 'Ada' }, {}, 'https://workshop.example'),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const res = await join.POST(post('/api/join', { displayName: 'Ada<>' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      field: 'displayName',
      error: expect.stringContaining('"<"'),
    });
    const missing = await join.POST(post('/api/join', {}));
    expect(await missing.json()).toMatchObject({
      field: 'displayName',
      error: 'Display name is required: enter 1 to 40 characters.',
    });
    const huge = await join.POST(post('/api/join', { displayName: 'x'.repeat(20_000) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error).toMatch(/too large: \d+ bytes, the limit is 16384/);
    const notJson = await join.POST(post('/api/join', '{'));
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toBe('Request body must be JSON.');
  });

  it('refuses cross-origin writes with 403', async () => {
    const res = await join.POST(
      post('/api/join', { displayName: 'Ada' }, { origin: 'https://evil.example' }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/not allowed/);
    const { cookie } = await joinAs('Bob');
    const forged = await logout.POST(
      post('/api/logout', {}, { cookie, origin: 'https://evil.example' }),
    );
    expect(forged.status).toBe(403);
    expect((await me.GET(get('/api/me', { cookie }))).status).toBe(200);
  });

  it('rate-limits joins per address with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await join.POST(post('/api/join', { displayName: `L${i}` }));
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect((await res.json()).error).toMatch(/Too many requests: try again in \d+ seconds/);
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(429);
  });

  it('shows a learner their own progress only, and 401 without a session', async () => {
    const ada = await joinAs('Ada');
    const bob = await joinAs('Bob');
    await recordCheckAttempt(context.db, {
      learnerId: bob.body.learner.id,
      lesson: 'kubernetes-security/lab-fix-cfos-boot-permissions',
      taskId: 'grant-capabilities',
      passed: true,
      failingStep: null,
      steps: [],
      durationMs: 3,
    });
    const mine = await (await me.GET(get('/api/me', { cookie: ada.cookie }))).json();
    expect(mine.learner.displayName).toBe('Ada');
    expect(mine.progress.tasks).toEqual([]);
    const bobs = await (await me.GET(get('/api/me', { cookie: bob.cookie }))).json();
    expect(bobs.progress.tasks).toHaveLength(1);

    const anonymous = await me.GET(get('/api/me'));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toMatch(/not signed in/);
    const forged = await me.GET(get('/api/me', { cookie: `${ada.cookie.slice(0, -3)}abc` }));
    expect(forged.status).toBe(401);
  });

  it('resumes on another device with the resume code', async () => {
    const ada = await joinAs('Ada');
    const res = await resume.POST(
      post('/api/resume', { resumeCode: ada.body.resumeCode.toLowerCase() }),
    );
    expect(res.status).toBe(200);
    const other = cookieFrom(res);
    expect(other).not.toBe(ada.cookie);
    expect((await (await me.GET(get('/api/me', { cookie: other }))).json()).learner.id).toBe(
      ada.body.learner.id,
    );
    const wrong = await resume.POST(post('/api/resume', { resumeCode: 'K7Q-4MZ-9TD-2HX' }));
    expect(wrong.status).toBe(404);
  });

  it('reports expiry without extending it, and extends it on "Stay signed in"', async () => {
    const { cookie } = await joinAs('Ada');
    clock.advanceMinutes(50);
    const polled = await (await session.GET(get('/api/session', { cookie }))).json();
    expect(polled).toMatchObject({ signedIn: true, idleSeconds: 3600 });
    expect(new Date(polled.expiresAt).getTime() - clock.now.getTime()).toBe(10 * 60_000);

    const stayed = await session.POST(post('/api/session', {}, { cookie }));
    const after = await stayed.json();
    expect(new Date(after.expiresAt).getTime() - clock.now.getTime()).toBe(60 * 60_000);

    clock.advanceMinutes(61);
    expect(await (await session.GET(get('/api/session', { cookie }))).json()).toMatchObject({
      signedIn: false,
    });
  });

  it('logs out: clears the cookie and ends the session', async () => {
    const { cookie } = await joinAs('Ada');
    const res = await logout.POST(post('/api/logout', {}, { cookie }));
    expect(res.headers.get('set-cookie')).toMatch(/^ws_session=; .*Max-Age=0/);
    expect((await me.GET(get('/api/me', { cookie }))).status).toBe(401);
  });

  it('grades quiz answers on the server and records them', async () => {
    setQuizGrader(async (lesson, quizId) =>
      lesson === 'kubernetes-security/lab' && quizId === 'q1'
        ? { quizId, answer: 'no', choices: ['yes', 'no'] }
        : undefined,
    );
    const { cookie } = await joinAs('Ada');
    const answer = (a: string, quizId = 'q1') =>
      quiz.POST(
        post('/api/quiz', { lesson: 'kubernetes-security/lab', quizId, answer: a }, { cookie }),
      );
    expect(await (await answer('yes')).json()).toEqual({ correct: false, attempts: 1 });
    expect(await (await answer('no')).json()).toEqual({ correct: true, attempts: 2 });
    expect((await answer('maybe')).status).toBe(400);
    expect((await answer('no', 'q9')).status).toBe(404);
    const mine = await (await me.GET(get('/api/me', { cookie }))).json();
    expect(mine.progress.quizzes).toMatchObject([{ quizId: 'q1', answer: 'no', correct: true }]);
    const anonymous = await quiz.POST(
      post('/api/quiz', { lesson: 'kubernetes-security/lab', quizId: 'q1', answer: 'no' }),
    );
    expect(anonymous.status).toBe(401);
  });

  it('records task opened and time on task, refusing out-of-range slices', async () => {
    const { cookie } = await joinAs('Ada');
    const lesson = 'kubernetes-security/lab-fix-cfos-boot-permissions';
    const send = (body: object) =>
      progress.POST(
        post('/api/progress', { lesson, taskId: 'grant-capabilities', ...body }, { cookie }),
      );
    expect((await send({ event: 'opened' })).status).toBe(200);
    expect((await send({ event: 'time', ms: 15_000 })).status).toBe(200);
    const tooMuch = await send({ event: 'time', ms: 10 * 60_000 });
    expect(tooMuch.status).toBe(400);
    expect((await tooMuch.json()).field).toBe('ms');
    const mine = await (await me.GET(get('/api/me', { cookie }))).json();
    expect(mine.progress.tasks).toMatchObject([
      { taskId: 'grant-capabilities', status: 'in_progress', timeOnTaskMs: 15_000 },
    ]);
  });
});
