/**
 * One learner's cluster is invisible to every other learner, and each cluster has limits whose
 * refusals read like a ResourceQuota's; a full cluster does not affect anyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configMap as cm, expectStatus, startTwoLearners, type TwoLearners } from './two-learners';

let t: TwoLearners;
let alice: string;
let bob: string;
let req: TwoLearners['req'];

beforeAll(async () => {
  t = await startTwoLearners();
  ({ alice, bob, req } = t);
});

afterAll(async () => {
  await t?.sandbox.close();
});

describe('authentication and isolation', () => {
  it('answers 401 Unauthorized without a token or with an unknown one', async () => {
    expectStatus(
      await req(undefined, 'GET', '/api/v1/namespaces'),
      401,
      'Unauthorized',
      'Unauthorized',
    );
    expectStatus(await req('not-a-token', 'GET', '/api'), 401, 'Unauthorized', 'Unauthorized');
  });

  it("keeps each learner's objects invisible to the others", async () => {
    expect(
      (
        await req(
          alice,
          'POST',
          '/api/v1/namespaces',
          JSON.stringify({ metadata: { name: 'alice-only' } }),
        )
      ).status,
    ).toBe(201);
    expect(
      (await req(alice, 'POST', '/api/v1/namespaces/default/configmaps', cm('alice-cm'))).status,
    ).toBe(201);
    const names = (
      (await req(bob, 'GET', '/api/v1/namespaces')).json().items as { metadata: { name: string } }[]
    ).map((n) => n.metadata.name);
    expect(names).not.toContain('alice-only');
    expectStatus(
      await req(bob, 'GET', '/api/v1/namespaces/default/configmaps/alice-cm'),
      404,
      'NotFound',
      'configmaps "alice-cm" not found',
    );
    expect((await req(bob, 'GET', '/api/v1/configmaps')).json().items).toEqual([]);
  });

  it("does not let a learner reach another learner's cluster through the admin path", async () => {
    expectStatus(
      await req(alice, 'GET', '/clusters/bob/api/v1/namespaces'),
      404,
      'NotFound',
      /could not find the requested resource/,
    );
  });
});

describe('limits per learner', () => {
  it('stops pods past the pod limit with a quota-style error', async () => {
    const pod = (name: string) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name },
        spec: { containers: [{ name: 'c', image: 'busybox' }] },
      });
    // The workstation pod is one of the three.
    expect((await req(bob, 'POST', '/api/v1/namespaces/default/pods', pod('p1'))).status).toBe(201);
    expect((await req(bob, 'POST', '/api/v1/namespaces/default/pods', pod('p2'))).status).toBe(201);
    const res = await req(bob, 'POST', '/api/v1/namespaces/default/pods', pod('p3'));
    expectStatus(
      res,
      403,
      'Forbidden',
      'pods "p3" is forbidden: exceeded quota: sandbox-limits, requested: pods=1, used: pods=3, limited: pods=3',
    );
  });

  it('stops objects past the object limit', async () => {
    let last = { status: 201, json: () => ({}) as Record<string, unknown> };
    for (let i = 0; i < 80 && last.status === 201; i++) {
      last = await req(bob, 'POST', '/api/v1/namespaces/default/configmaps', cm(`n${i}`));
    }
    expectStatus(
      last,
      403,
      'Forbidden',
      /^configmaps "n\d+" is forbidden: exceeded quota: sandbox-limits, requested: count\/objects=1, used: count\/objects=60, limited: count\/objects=60$/,
    );
    // Alice is untouched by Bob's full cluster.
    expect(
      (await req(alice, 'POST', '/api/v1/namespaces/default/configmaps', cm('still-fine'))).status,
    ).toBe(201);
  });
});

describe('impersonation', () => {
  it('holds a request made --as a service account to RBAC', async () => {
    const as = { 'impersonate-user': 'system:serviceaccount:default:nobody' };
    const res = await req(alice, 'GET', '/api/v1/namespaces/default/pods', undefined, as);
    expectStatus(
      res,
      403,
      'Forbidden',
      'pods is forbidden: User "system:serviceaccount:default:nobody" cannot list resource "pods" in API group "" in the namespace "default"',
    );
    const review = await req(
      alice,
      'POST',
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      JSON.stringify({
        spec: { resourceAttributes: { verb: 'list', resource: 'pods', namespace: 'default' } },
      }),
      as,
    );
    expect(review.json()).toMatchObject({
      kind: 'SelfSubjectAccessReview',
      status: { allowed: false },
    });
  });

  it('mints service account tokens that act as the account and die with it', async () => {
    await req(
      alice,
      'POST',
      '/api/v1/namespaces/default/serviceaccounts',
      JSON.stringify({ metadata: { name: 'robot' } }),
    );
    const minted = await req(
      alice,
      'POST',
      '/api/v1/namespaces/default/serviceaccounts/robot/token',
      JSON.stringify({ spec: {} }),
    );
    expect(minted.status).toBe(201);
    const token = (minted.json().status as { token: string }).token;
    expectStatus(
      await req(token, 'GET', '/api/v1/namespaces/default/secrets'),
      403,
      'Forbidden',
      'secrets is forbidden: User "system:serviceaccount:default:robot" cannot list resource "secrets" in API group "" in the namespace "default"',
    );
    expect((await req(token, 'GET', '/version')).status).toBe(200);
    await req(alice, 'DELETE', '/api/v1/namespaces/default/serviceaccounts/robot');
    expectStatus(
      await req(token, 'GET', '/api/v1/namespaces/default/secrets'),
      401,
      'Unauthorized',
      'Unauthorized',
    );
  });
});
