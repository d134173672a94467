/**
 * Bad input from a learner: each gets a clear Kubernetes-style Status, and nothing of it reaches
 * another learner's cluster.
 */
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../index';
import { createFakeRuntime } from './fake-runtime';
import { call } from './http-client';

let sandbox: Sandbox;
let alice: string;
let bob: string;
const req = (
  token: string | undefined,
  method: string,
  path: string,
  body?: string | Uint8Array,
  headers?: Record<string, string>,
) => call(sandbox.url, token, method, path, body, headers);

beforeAll(async () => {
  sandbox = await createSandbox({
    runtime: createFakeRuntime(),
    clusterOptions: { timing: { pullMs: 20, startMs: 10 }, limits: { maxPods: 3, maxObjects: 60 } },
  });
  alice = (await sandbox.provisionLearnerCluster('alice')).token;
  bob = (await sandbox.provisionLearnerCluster('bob')).token;
});

afterAll(async () => {
  await sandbox?.close();
});

function expectStatus(
  res: { status: number; json: () => Record<string, unknown> },
  code: number,
  reason: string,
  message: RegExp | string,
) {
  expect(res.status).toBe(code);
  const body = res.json();
  expect(body).toMatchObject({ kind: 'Status', status: 'Failure', code, reason });
  if (typeof message === 'string') expect(body.message).toBe(message);
  else expect(body.message).toMatch(message);
}

const cm = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...extra });

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

describe('malformed bodies', () => {
  it('refuses malformed JSON', async () => {
    expectStatus(
      await req(alice, 'POST', '/api/v1/namespaces/default/configmaps', '{"metadata": {'),
      400,
      'BadRequest',
      /^couldn't get version\/kind; json parse error: /,
    );
  });

  it('refuses malformed YAML', async () => {
    const res = await req(
      alice,
      'POST',
      '/api/v1/namespaces/default/configmaps',
      'metadata: [a\nkind: : x',
      { 'content-type': 'application/yaml' },
    );
    expectStatus(res, 400, 'BadRequest', /^error converting YAML to JSON: yaml: /);
  });

  it('refuses a YAML alias bomb without expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const res = await req(
      alice,
      'POST',
      '/api/v1/namespaces/default/configmaps',
      levels.join('\n'),
      { 'content-type': 'application/yaml' },
    );
    expectStatus(res, 400, 'BadRequest', /resource exhaustion/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a 5 MB body with 413', async () => {
    const huge = cm('big', { data: { blob: 'x'.repeat(5 * 1024 * 1024) } });
    expectStatus(
      await req(alice, 'POST', '/api/v1/namespaces/default/configmaps', huge),
      413,
      'RequestEntityTooLarge',
      'Request entity too large: limit is 3145728',
    );
  });

  it('refuses protobuf garbage', async () => {
    const res = await req(
      alice,
      'POST',
      '/api/v1/namespaces',
      Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 1, 2]),
      { 'content-type': 'application/vnd.kubernetes.protobuf' },
    );
    expectStatus(
      res,
      400,
      'BadRequest',
      'provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]',
    );
  });

  it('refuses an unsupported media type', async () => {
    const res = await req(alice, 'POST', '/api/v1/namespaces', 'x', {
      'content-type': 'text/plain',
    });
    expectStatus(res, 415, 'UnsupportedMediaType', /unknown format/);
  });
});

describe('objects that do not fit', () => {
  it('refuses a kind that does not match the URL', async () => {
    const body = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deploymnt',
      metadata: { name: 'x' },
    });
    expectStatus(
      await req(alice, 'POST', '/apis/apps/v1/namespaces/default/deployments', body),
      400,
      'BadRequest',
      'the kind in the data (Deploymnt) does not match the expected kind (Deployment)',
    );
  });

  it('refuses an apiVersion that does not match the URL', async () => {
    const body = JSON.stringify({
      apiVersion: 'apps/v1beta1',
      kind: 'Deployment',
      metadata: { name: 'x' },
    });
    expectStatus(
      await req(alice, 'POST', '/apis/apps/v1/namespaces/default/deployments', body),
      400,
      'BadRequest',
      /does not match the expected API version \(apps\/v1\)/,
    );
  });

  it('answers 404 for unknown resources and group-versions', async () => {
    expectStatus(
      await req(alice, 'GET', '/api/v1/namespaces/default/widgets'),
      404,
      'NotFound',
      /could not find the requested resource/,
    );
    expectStatus(
      await req(alice, 'GET', '/apis/apps/v2/deployments'),
      404,
      'NotFound',
      /could not find the requested resource/,
    );
  });

  it('refuses names that are not DNS-1123', async () => {
    const res = await req(
      alice,
      'POST',
      '/api/v1/namespaces',
      JSON.stringify({ metadata: { name: 'Bad_Name' } }),
    );
    expectStatus(
      res,
      422,
      'Invalid',
      /^Namespace "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 label must consist of/,
    );
    const cmRes = await req(alice, 'POST', '/api/v1/namespaces/default/configmaps', cm('UPPER'));
    expectStatus(
      cmRes,
      422,
      'Invalid',
      /^ConfigMap "UPPER" is invalid: metadata.name: .*RFC 1123 subdomain/,
    );
  });

  it('refuses objects in a namespace that does not exist', async () => {
    expectStatus(
      await req(alice, 'POST', '/api/v1/namespaces/nope/configmaps', cm('x')),
      404,
      'NotFound',
      'namespaces "nope" not found',
    );
  });

  it('names the unknown field under Strict validation, and only warns otherwise', async () => {
    const body = JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: {
        selector: { matchLabels: { a: 'b' } },
        template: {
          metadata: { labels: { a: 'b' } },
          spec: { containers: [{ name: 'c', image: 'nginx', imagePullPolice: 'x' }] },
        },
      },
    });
    const strict = await req(
      alice,
      'POST',
      '/apis/apps/v1/namespaces/default/deployments?fieldValidation=Strict',
      body,
    );
    expectStatus(
      strict,
      400,
      'BadRequest',
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolice"',
    );
    const lax = await req(
      alice,
      'POST',
      '/apis/apps/v1/namespaces/default/deployments?fieldValidation=Ignore',
      body,
    );
    expect(lax.status).toBe(201);
    expect(JSON.stringify(lax.json())).not.toContain('imagePullPolice');
  });

  it('gives 409 Conflict to a PUT with a stale resourceVersion', async () => {
    const created = (
      await req(
        alice,
        'POST',
        '/api/v1/namespaces/default/configmaps',
        cm('cc', { data: { a: '1' } }),
      )
    ).json();
    const stale = created.metadata as { resourceVersion: string };
    await req(
      alice,
      'PUT',
      '/api/v1/namespaces/default/configmaps/cc',
      JSON.stringify({ ...created, data: { a: '2' } }),
    );
    const res = await req(
      alice,
      'PUT',
      '/api/v1/namespaces/default/configmaps/cc',
      JSON.stringify({
        ...created,
        data: { a: '3' },
        metadata: { ...(created.metadata as object), resourceVersion: stale.resourceVersion },
      }),
    );
    expectStatus(
      res,
      409,
      'Conflict',
      'Operation cannot be fulfilled on configmaps "cc": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('refuses a name in the body that differs from the URL', async () => {
    expectStatus(
      await req(alice, 'PUT', '/api/v1/namespaces/default/configmaps/cc', cm('other')),
      400,
      'BadRequest',
      'the name of the object (other) does not match the name on the URL (cc)',
    );
  });

  it('protects the namespaces a cluster needs', async () => {
    expectStatus(
      await req(alice, 'DELETE', '/api/v1/namespaces/kube-system'),
      403,
      'Forbidden',
      'namespaces "kube-system" is forbidden: this namespace may not be deleted',
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

function upgrade(
  path: string,
  token: string,
  protocols: string[],
  headers: Record<string, string> = {},
) {
  return new Promise<{ status: number; body: string; protocol?: string }>((resolve) => {
    const ws = new WebSocket(`${sandbox.url.replace('http', 'ws')}${path}`, protocols, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.on('open', () => {
      resolve({ status: 101, body: '', protocol: ws.protocol });
      ws.close();
    });
  });
}

describe('exec refusals', () => {
  const v5 = ['v5.channel.k8s.io'];
  it('answers 404 for a missing pod and 400 for a missing container', async () => {
    const missingPod = await upgrade(
      '/api/v1/namespaces/default/pods/ghost/exec?command=ls&stdout=true',
      alice,
      v5,
    );
    expect(missingPod.status).toBe(404);
    expect(JSON.parse(missingPod.body)).toMatchObject({
      reason: 'NotFound',
      message: 'pods "ghost" not found',
    });
    const missingContainer = await upgrade(
      '/api/v1/namespaces/workstation/pods/workstation/exec?command=ls&container=nope&stdout=true',
      alice,
      v5,
    );
    expect(missingContainer.status).toBe(400);
    expect(JSON.parse(missingContainer.body).message).toBe(
      'container nope is not valid for pod workstation',
    );
  });

  it('tells SPDY clients which kubectl they need', async () => {
    const res = await req(
      alice,
      'POST',
      '/api/v1/namespaces/workstation/pods/workstation/exec?command=ls&stdout=true',
      undefined,
      {
        connection: 'Upgrade',
        upgrade: 'SPDY/3.1',
      },
    );
    expectStatus(res, 400, 'BadRequest', /use kubectl 1\.30 or newer/);
  });

  it('picks v5, or v4 for older clients, and nothing else', async () => {
    const path = '/api/v1/namespaces/workstation/pods/workstation/exec?command=echo&stdout=true';
    expect((await upgrade(path, alice, ['v5.channel.k8s.io', 'v4.channel.k8s.io'])).protocol).toBe(
      'v5.channel.k8s.io',
    );
    expect((await upgrade(path, alice, ['v4.channel.k8s.io', 'channel.k8s.io'])).protocol).toBe(
      'v4.channel.k8s.io',
    );
    expect((await upgrade(path, alice, ['channel.k8s.io'])).status).toBe(400);
  });
});
