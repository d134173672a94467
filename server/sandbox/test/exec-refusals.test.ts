/** Exec upgrades that cannot be served: missing pod or container, SPDY, unknown protocols. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { expectStatus, startTwoLearners, type TwoLearners } from './two-learners';

let t: TwoLearners;
let alice: string;
let req: TwoLearners['req'];
let sandbox: TwoLearners['sandbox'];

beforeAll(async () => {
  t = await startTwoLearners();
  ({ alice, req, sandbox } = t);
});

afterAll(async () => {
  await t?.sandbox.close();
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
