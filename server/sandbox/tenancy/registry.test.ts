import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSandbox } from '../index';
import { call } from '../test/http-client';
import { createFakeRuntime } from '../test/fake-runtime';

const FAST = { timing: { pullMs: 10, startMs: 5 } };

describe('learner clusters', () => {
  it('survive a restart of the site with their objects and credentials', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sandbox-data-'));
    const first = await createSandbox({
      dataDir,
      runtime: createFakeRuntime(),
      clusterOptions: FAST,
    });
    const { token, kubeconfig } = await first.provisionLearnerCluster('learner/1');
    const created = await call(
      first.url,
      token,
      'POST',
      '/api/v1/namespaces',
      JSON.stringify({ metadata: { name: 'kept' } }),
    );
    expect(created.status).toBe(201);
    await first.close();

    const files = readdirSync(path.join(dataDir, 'sandbox')).filter((f) => !f.startsWith('.'));
    expect(files).toEqual(['learner%2F1.json']);
    // Only a digest of the learner's token is written down.
    expect(readFileSync(path.join(dataDir, 'sandbox', files[0]!), 'utf8')).not.toContain(token);

    const second = await createSandbox({
      dataDir,
      runtime: createFakeRuntime(),
      clusterOptions: FAST,
    });
    const port = new URL(second.url).port;
    const res = await call(second.url, token, 'GET', '/api/v1/namespaces/kept');
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      metadata: { name: 'kept', uid: (created.json().metadata as { uid: string }).uid },
    });
    // The CA in kubeconfigs handed out before the restart still matches the server's certificate.
    const before = parse(kubeconfig) as {
      clusters: { cluster: { 'certificate-authority-data': string } }[];
    };
    const after = parse(second.adminKubeconfig()) as typeof before;
    expect(after.clusters[0]!.cluster['certificate-authority-data']).toBe(
      before.clusters[0]!.cluster['certificate-authority-data'],
    );
    expect(port).not.toBe('');
    await second.close();
  });

  it('reset gives a fresh cluster and keeps the credential; delete revokes it', async () => {
    const sandbox = await createSandbox({ runtime: createFakeRuntime(), clusterOptions: FAST });
    const { token } = await sandbox.provisionLearnerCluster('x');
    await call(
      sandbox.url,
      token,
      'POST',
      '/api/v1/namespaces',
      JSON.stringify({ metadata: { name: 'gone-after-reset' } }),
    );
    const fresh = await sandbox.resetLearnerCluster('x');
    expect(
      (await call(sandbox.url, token, 'GET', '/api/v1/namespaces/gone-after-reset')).status,
    ).toBe(404);
    expect(
      (
        await call(
          sandbox.url,
          fresh.token,
          'GET',
          '/api/v1/namespaces/workstation/pods/workstation',
        )
      ).json(),
    ).toMatchObject({
      status: { phase: 'Running' },
    });
    await sandbox.deleteLearnerCluster('x');
    expect((await call(sandbox.url, token, 'GET', '/api/v1/namespaces')).status).toBe(401);
    await sandbox.close();
  });

  it('lets the admin reach a learner cluster under /clusters/<id>, and only the admin', async () => {
    const sandbox = await createSandbox({ runtime: createFakeRuntime(), clusterOptions: FAST });
    const { token } = await sandbox.provisionLearnerCluster('amy');
    await call(
      sandbox.url,
      token,
      'POST',
      '/api/v1/namespaces',
      JSON.stringify({ metadata: { name: 'amys' } }),
    );
    const admin = (parse(sandbox.adminKubeconfig()) as { users: { user: { token: string } }[] })
      .users[0]!.user.token;
    expect(
      (await call(sandbox.url, admin, 'GET', '/clusters/amy/api/v1/namespaces/amys')).status,
    ).toBe(200);
    expect((await call(sandbox.url, admin, 'GET', '/api/v1/namespaces/amys')).status).toBe(404);
    expect(
      (await call(sandbox.url, admin, 'GET', '/clusters/nobody/api/v1/namespaces')).status,
    ).toBe(401);
    await sandbox.close();
  });

  it('gives the workstation pod in-cluster access to its own cluster on exec', async () => {
    const seen: unknown[] = [];
    const sandbox = await createSandbox({
      clusterOptions: FAST,
      runtime: {
        async exec(request) {
          seen.push(request.cluster);
          return { exitCode: 0 };
        },
      },
    });
    const { token } = await sandbox.provisionLearnerCluster('w');
    const { WebSocket } = await import('ws');
    await new Promise<void>((resolve) => {
      const ws = new WebSocket(
        `${sandbox.url.replace('http', 'ws')}/api/v1/namespaces/workstation/pods/workstation/exec?command=bash&stdout=true`,
        ['v5.channel.k8s.io'],
        { headers: { authorization: `Bearer ${token}` } },
      );
      ws.on('close', () => resolve());
    });
    const access = seen[0] as { server: string; token: string; namespace: string };
    expect(access.server).toBe(sandbox.url);
    expect(access.namespace).toBe('workstation');
    // The workstation's own token reaches this learner's cluster.
    expect(
      (
        await call(
          sandbox.url,
          access.token,
          'GET',
          '/api/v1/namespaces/workstation/pods/workstation',
        )
      ).status,
    ).toBe(200);
    await sandbox.close();
  });
});
