/**
 * GET /api/me tells the lesson page what kind of space the learner has: in cluster mode their own
 * namespace (named by the server from the session), in the sandbox nothing to rewrite.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installAuthContext } from '@/server/auth/auth-context';
import { setWorkspaceProvisioner } from '@/server/auth/workspace-hooks';
import { createTestAuthContext, createTestClock } from '@/server/auth/test-context';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import { formatLearnerNamespace } from '@/server/workspace/provision/labels';
import { installWorkspaces, type Workspaces } from '@/server/workspace/workspaces';
import * as join from '../join/route';
import * as me from './route';

const site = 'http://localhost:3000';
const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;
const KEY = Symbol.for('workshop.workspaces');

async function joinAs(displayName: string) {
  const res = await join.POST(
    new Request(`${site}/api/join`, {
      method: 'POST',
      headers: { host: 'localhost:3000', origin: site, 'content-type': 'application/json' },
      body: JSON.stringify({ displayName }),
    }),
  );
  expect(res.status).toBe(201);
  const body = (await res.json()) as { learner: { id: string } };
  return { id: body.learner.id, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! };
}

const readMe = async (cookie: string) =>
  (await me.GET(new Request(`${site}/api/me`, { headers: { host: 'localhost:3000', cookie } })))
    .json()
    .then((body) => body as { workspace: unknown });

describe('GET /api/me workspace', () => {
  let opened: OpenedTestDatabase;

  beforeEach(async () => {
    opened = await sqlite.open();
    installAuthContext(createTestAuthContext(opened, createTestClock(), { idleMs: 60 * 60_000 }));
    setWorkspaceProvisioner(() => {});
  });
  afterEach(async () => {
    installAuthContext(undefined);
    setWorkspaceProvisioner(undefined);
    delete (globalThis as { [KEY]?: Workspaces })[KEY];
    await opened.close();
  });

  it('says "sandbox" and names no namespace when learners have private clusters', async () => {
    installWorkspaces({ mode: 'sandbox' } as Workspaces);
    const { cookie } = await joinAs('Ada');
    expect((await readMe(cookie)).workspace).toEqual({ mode: 'sandbox' });
  });

  it("names each learner's own namespace in cluster mode", async () => {
    installWorkspaces({ mode: 'cluster' } as Workspaces);
    const ada = await joinAs('Ada');
    const bob = await joinAs('Bob');
    expect((await readMe(ada.cookie)).workspace).toEqual({
      mode: 'cluster',
      namespace: formatLearnerNamespace(ada.id),
    });
    expect((await readMe(bob.cookie)).workspace).toEqual({
      mode: 'cluster',
      namespace: formatLearnerNamespace(bob.id),
    });
  });
});
