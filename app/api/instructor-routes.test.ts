/** Instructor routes: closed without the token, open with it (header or cookie), and broadcasts. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installAuthContext, type AuthContext } from '@/server/auth/auth-context';
import { createTestAuthContext, createTestClock } from '@/server/auth/test-context';
import { setWorkspaceProvisioner } from '@/server/auth/workspace-hooks';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import * as learnerBroadcasts from './broadcasts/route';
import * as broadcasts from './instructor/broadcasts/route';
import * as login from './instructor/login/route';
import * as instructorProgress from './instructor/progress/route';
import * as join from './join/route';

const site = 'http://localhost:3000';
const token = 'instructor-token-for-tests';
const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;

const request = (
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) =>
  new Request(`${site}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      host: 'localhost:3000',
      origin: site,
      'content-type': 'application/json',
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

describe('instructor routes', () => {
  let opened: OpenedTestDatabase;
  let context: AuthContext;

  beforeEach(async () => {
    opened = await sqlite.open();
    context = createTestAuthContext(opened, createTestClock(), { instructorToken: token });
    installAuthContext(context);
    setWorkspaceProvisioner(() => {});
  });
  afterEach(async () => {
    installAuthContext(undefined);
    setWorkspaceProvisioner(undefined);
    await opened.close();
  });

  it('answer 401 without the token or with a wrong one', async () => {
    const bare = await instructorProgress.GET(request('/api/instructor/progress'));
    expect(bare.status).toBe(401);
    expect(bare.headers.get('www-authenticate')).toBe('Bearer realm="instructor"');
    const wrong = await instructorProgress.GET(
      request('/api/instructor/progress', {
        headers: { authorization: 'Bearer instructor-token-for-testz' },
      }),
    );
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toBe('Instructor token is missing or wrong.');
    const post = await broadcasts.POST(
      request('/api/instructor/broadcasts', { method: 'POST', body: { text: 'hi' } }),
    );
    expect(post.status).toBe(401);
  });

  it('stay closed when no token is configured at all', async () => {
    installAuthContext(createTestAuthContext(opened, createTestClock()));
    const res = await instructorProgress.GET(
      request('/api/instructor/progress', { headers: { authorization: 'Bearer ' } }),
    );
    expect(res.status).toBe(401);
  });

  it('list every learner with a Bearer token or the login cookie', async () => {
    const joined = await join.POST(
      request('/api/join', { method: 'POST', body: { displayName: 'Ada' } }),
    );
    expect(joined.status).toBe(201);
    const res = await instructorProgress.GET(
      request('/api/instructor/progress', { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).learners.map((l: { displayName: string }) => l.displayName)).toEqual([
      'Ada',
    ]);

    const refused = await login.POST(
      request('/api/instructor/login', { method: 'POST', body: { token: 'nope' } }),
    );
    expect(refused.status).toBe(401);
    const loggedIn = await login.POST(
      request('/api/instructor/login', { method: 'POST', body: { token } }),
    );
    const cookie = loggedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const viaCookie = await instructorProgress.GET(
      request('/api/instructor/progress', { headers: { cookie: cookie.split(';')[0] ?? '' } }),
    );
    expect(viaCookie.status).toBe(200);
  });

  it('send broadcasts that learners receive, to all or to one', async () => {
    const ada = await join.POST(
      request('/api/join', { method: 'POST', body: { displayName: 'Ada' } }),
    );
    const adaCookie = (ada.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const adaId = (await ada.json()).learner.id as string;
    const auth = { authorization: `Bearer ${token}` };
    const send = (body: unknown, headers: Record<string, string> = auth) =>
      broadcasts.POST(request('/api/instructor/broadcasts', { method: 'POST', body, headers }));

    expect((await send({ text: 'Break until 11:00' })).status).toBe(201);
    expect((await send({ audience: adaId, text: 'Look at runAsUser' })).status).toBe(201);
    expect((await send({ audience: 'nobody', text: 'x' })).status).toBe(404);
    expect((await send({ text: '   ' })).status).toBe(400);
    expect((await send({ text: 'x' }, { ...auth, origin: 'https://evil.example' })).status).toBe(
      403,
    );

    const inbox = await learnerBroadcasts.GET(
      request('/api/broadcasts', { headers: { cookie: adaCookie } }),
    );
    const messages = (await inbox.json()).broadcasts as { id: number; text: string }[];
    expect(messages.map((m) => m.text)).toEqual(['Break until 11:00', 'Look at runAsUser']);
    const newer = await learnerBroadcasts.GET(
      request(`/api/broadcasts?after=${messages[0]?.id}`, { headers: { cookie: adaCookie } }),
    );
    expect((await newer.json()).broadcasts).toHaveLength(1);
    expect((await learnerBroadcasts.GET(request('/api/broadcasts'))).status).toBe(401);
  });
});
