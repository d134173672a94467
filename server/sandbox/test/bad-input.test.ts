/**
 * Bad input from a learner: each gets a clear Kubernetes-style Status and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configMap as cm, expectStatus, startTwoLearners, type TwoLearners } from './two-learners';

let t: TwoLearners;
let alice: string;
let req: TwoLearners['req'];

beforeAll(async () => {
  t = await startTwoLearners();
  ({ alice, req } = t);
});

afterAll(async () => {
  await t?.sandbox.close();
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
