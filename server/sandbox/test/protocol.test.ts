/** Wire-level details: watch timeouts and selector transitions, exec on v4 and with a tty. */
import { request } from 'node:http';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../index';
import { createFakeRuntime } from './fake-runtime';
import { call } from './http-client';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await createSandbox({
    runtime: createFakeRuntime(),
    clusterOptions: { timing: { startMs: 5, pullMs: 5 } },
  });
  token = (await sandbox.provisionLearnerCluster('p')).token;
});

afterAll(async () => {
  await sandbox?.close();
});

/** Opens a watch and collects its event lines until the server ends it (or `untilMs`). */
function watchLines(path: string, onOpen: () => Promise<void>, untilMs = 5000) {
  return new Promise<{ lines: string[]; endedByServer: boolean; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const req = request(
      `${sandbox.url}${path}`,
      { headers: { authorization: `Bearer ${token}` } },
      (res) => {
        let buffer = '';
        const timer = setTimeout(() => {
          req.destroy();
          resolve({
            lines: buffer.split('\n').filter(Boolean),
            endedByServer: false,
            ms: Date.now() - started,
          });
        }, untilMs);
        res.on('data', (c: Buffer) => (buffer += c.toString()));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            lines: buffer.split('\n').filter(Boolean),
            endedByServer: true,
            ms: Date.now() - started,
          });
        });
        void onOpen();
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('watch', () => {
  it('ends the stream after timeoutSeconds', async () => {
    const result = await watchLines(
      '/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1',
      async () => {},
    );
    expect(result.endedByServer).toBe(true);
    expect(result.ms).toBeGreaterThanOrEqual(900);
    expect(result.ms).toBeLessThan(3000);
  });

  it('sends DELETED when an object stops matching the selector, ADDED when it starts', async () => {
    const cm = (tier: string) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'sel', labels: { tier } },
      });
    const path =
      '/api/v1/namespaces/default/configmaps?watch=true&labelSelector=tier%3Dfront&timeoutSeconds=2';
    const result = await watchLines(path, async () => {
      await call(sandbox.url, token, 'POST', '/api/v1/namespaces/default/configmaps', cm('front'));
      await call(
        sandbox.url,
        token,
        'PUT',
        '/api/v1/namespaces/default/configmaps/sel',
        cm('back'),
      );
      await call(
        sandbox.url,
        token,
        'PUT',
        '/api/v1/namespaces/default/configmaps/sel',
        cm('front'),
      );
    });
    expect(result.lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'ADDED',
      'DELETED',
      'ADDED',
    ]);
  });
});

function execFrames(protocol: string, query: string) {
  return new Promise<{ frames: Buffer[]; protocol: string }>((resolve, reject) => {
    const ws = new WebSocket(
      `${sandbox.url.replace('http', 'ws')}/api/v1/namespaces/workstation/pods/workstation/exec?${query}`,
      [protocol],
      { headers: { authorization: `Bearer ${token}` } },
    );
    const frames: Buffer[] = [];
    ws.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
    ws.on('close', (code) =>
      code === 1000
        ? resolve({ frames, protocol: ws.protocol })
        : reject(new Error(`closed ${code}`)),
    );
    ws.on('error', reject);
  });
}

describe('exec frames', () => {
  it('speaks v4: an empty stdout frame first, output, then the status on channel 3', async () => {
    const { frames, protocol } = await execFrames(
      'v4.channel.k8s.io',
      'command=echo&command=hi&stdout=true&stderr=true',
    );
    expect(protocol).toBe('v4.channel.k8s.io');
    expect(frames.map((f) => f.toString('hex'))).toEqual([
      '01',
      Buffer.from('\x01hi\n').toString('hex'),
      expect.stringMatching(/^03/),
    ]);
    expect(JSON.parse(frames[2]!.subarray(1).toString())).toEqual({
      metadata: {},
      status: 'Success',
    });
  });

  it('puts stderr on the stdout channel with a tty', async () => {
    const { frames } = await execFrames('v5.channel.k8s.io', 'command=both&stdout=true&tty=true');
    expect(frames.filter((f) => f[0] === 2)).toEqual([]);
    expect(
      frames
        .filter((f) => f[0] === 1)
        .map((f) => f.subarray(1).toString())
        .join(''),
    ).toBe('out\nerr\n');
  });
});
