/** The dashboard's routes: closed without the token; CSV, timeline, reset, stuck hints, live feed. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installAuthContext, type AuthContext } from '@/server/auth/auth-context';
import { createTestAuthContext, createTestClock, type TestClock } from '@/server/auth/test-context';
import { addAttempt, addLearner } from '@/server/instructor/test-fixtures';
import { listBroadcastsForLearner } from '@/server/progress/broadcasts';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import { installWorkspaces, type Workspaces } from '@/server/workspace/workspaces';
import * as events from '../events/route';
import * as csv from '../progress.csv/route';
import * as reset from './[learnerId]/reset/route';
import * as timeline from './[learnerId]/timeline/route';
import * as learners from './route';
import * as stuckBroadcast from './stuck-broadcast/route';

const site = 'http://localhost:3000';
const token = 'dashboard-token-for-tests';
const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;
const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';

const request = (
  path: string,
  init: { method?: string; body?: unknown; auth?: boolean; signal?: AbortSignal } = {},
) =>
  new Request(`${site}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      host: 'localhost:3000',
      origin: site,
      'content-type': 'application/json',
      ...(init.auth === false ? {} : { authorization: `Bearer ${token}` }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
const params = (learnerId: string) => ({ params: Promise.resolve({ learnerId }) });

describe('instructor dashboard routes', () => {
  let opened: OpenedTestDatabase;
  let context: AuthContext;
  let clock: TestClock;
  const resets: string[] = [];

  beforeEach(async () => {
    opened = await sqlite.open();
    clock = createTestClock();
    context = createTestAuthContext(opened, clock, { instructorToken: token });
    installAuthContext(context);
    resets.length = 0;
    installWorkspaces({
      reset: async (id: string) => void resets.push(id),
    } as unknown as Workspaces);
  });
  afterEach(async () => {
    installAuthContext(undefined);
    await opened.close();
  });

  it('answer 401 without the token', async () => {
    const noAuth = { auth: false } as const;
    const answers = await Promise.all([
      learners.GET(request('/api/instructor/learners', noAuth)),
      csv.GET(request('/api/instructor/progress.csv', noAuth)),
      events.GET(request('/api/instructor/events', noAuth)),
      timeline.GET(request('/api/instructor/learners/x/timeline', noAuth), params('x')),
      reset.POST(
        request('/api/instructor/learners/x/reset', { ...noAuth, method: 'POST' }),
        params('x'),
      ),
      stuckBroadcast.POST(
        request('/api/instructor/learners/stuck-broadcast', {
          ...noAuth,
          method: 'POST',
          body: { taskKey: `${LAB}#prepare`, text: 'hi' },
        }),
      ),
    ]);
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(resets).toEqual([]);
  });

  it('export every learner and task as CSV', async () => {
    const ada = await addLearner(context.db, 'Ada, the first', clock.now);
    await addAttempt(
      context.db,
      ada.id,
      'prepare',
      { passed: false, failingStep: 'namespace' },
      clock.now,
    );
    const res = await csv.GET(request('/api/instructor/progress.csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="workshop-progress-2026-03-01.csv"',
    );
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]?.startsWith('learner_id,display_name,')).toBe(true);
    expect(lines.find((l) => l.includes(',prepare,'))).toContain('"Ada, the first"');
    expect(lines.find((l) => l.includes(',prepare,'))).toContain(',failing,1,1,namespace,');
  });

  it('show a timeline, and 404 for an unknown learner', async () => {
    const ada = await addLearner(context.db, 'Ada', clock.now);
    const ok = await timeline.GET(
      request(`/api/instructor/learners/${ada.id}/timeline`),
      params(ada.id),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).entries[0].kind).toBe('joined');
    const missing = await timeline.GET(
      request('/api/instructor/learners/nope/timeline'),
      params('nope'),
    );
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toBe('learner "nope" not found');
  });

  it('reset a learner’s sandbox, refusing unknown learners and other sites', async () => {
    const ada = await addLearner(context.db, 'Ada', clock.now);
    const ok = await reset.POST(
      request(`/api/instructor/learners/${ada.id}/reset`, { method: 'POST' }),
      params(ada.id),
    );
    expect(ok.status).toBe(200);
    expect(resets).toEqual([ada.id]);
    const missing = await reset.POST(
      request('/api/instructor/learners/nope/reset', { method: 'POST' }),
      params('nope'),
    );
    expect(missing.status).toBe(404);
    const crossSite = new Request(`${site}/api/instructor/learners/${ada.id}/reset`, {
      method: 'POST',
      headers: {
        host: 'localhost:3000',
        origin: 'https://evil.example',
        authorization: `Bearer ${token}`,
      },
    });
    expect((await reset.POST(crossSite, params(ada.id))).status).toBe(403);
    expect(resets).toEqual([ada.id]);
  });

  it('send a hint to learners stuck on a task only', async () => {
    const stuck = await addLearner(context.db, 'Stuck', clock.now);
    const fine = await addLearner(context.db, 'Fine', clock.now);
    for (let i = 0; i < 3; i++)
      await addAttempt(context.db, stuck.id, 'prepare', { passed: false }, clock.now);
    await addAttempt(context.db, fine.id, 'prepare', { passed: false }, clock.now);
    const res = await stuckBroadcast.POST(
      request('/api/instructor/learners/stuck-broadcast', {
        method: 'POST',
        body: { taskKey: `${LAB}#prepare`, text: 'Create the namespace first' },
      }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ sent: 1, recipients: ['Stuck'] });
    expect(await listBroadcastsForLearner(context.db, fine.id)).toEqual([]);
    expect(await listBroadcastsForLearner(context.db, stuck.id)).toHaveLength(1);

    const unknown = await stuckBroadcast.POST(
      request('/api/instructor/learners/stuck-broadcast', {
        method: 'POST',
        body: { taskKey: 'no#task', text: 'hi' },
      }),
    );
    expect(unknown.status).toBe(404);
    const empty = await stuckBroadcast.POST(
      request('/api/instructor/learners/stuck-broadcast', {
        method: 'POST',
        body: { taskKey: `${LAB}#prepare`, text: '  ' },
      }),
    );
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toBe('text: write a message');
  });

  it('stream a learner’s row when they run a check', async () => {
    const ada = await addLearner(context.db, 'Ada', clock.now);
    const abort = new AbortController();
    const res = await events.GET(request('/api/instructor/events', { signal: abort.signal }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: ready')) text += decoder.decode((await reader.read()).value);
    await addAttempt(
      context.db,
      ada.id,
      'prepare',
      { passed: false, failingStep: 'namespace' },
      clock.now,
    );
    while (!/event: learners\ndata: .*\n\n/.test(text))
      text += decoder.decode((await reader.read()).value);
    const data = JSON.parse(/event: learners\ndata: (.*)\n/.exec(text)?.[1] ?? '{}');
    expect(data.learners[0].displayName).toBe('Ada');
    expect(data.learners[0].cells[`${LAB}#prepare`]).toMatchObject({
      status: 'failing',
      failingStep: 'namespace',
    });
    abort.abort();
    await reader.cancel();
  });
});
