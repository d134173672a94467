/** @kubernetes/client-node against the sandbox: CRUD, patch (three kinds), watch and exec. */
import {
  AppsV1Api,
  CoreV1Api,
  Exec,
  KubeConfig,
  PatchStrategy,
  Watch,
  setHeaderOptions,
  type V1Status,
} from '@kubernetes/client-node';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../index';
import { createFakeRuntime } from './fake-runtime';

let sandbox: Sandbox;
let kc: KubeConfig;
let core: CoreV1Api;

const FAST = {
  timing: { pullMs: 30, startMs: 20, backOffNoticeMs: 30, backOffMs: 60 },
  historyLimit: 100,
};

function collect() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  sandbox = await createSandbox({ runtime: createFakeRuntime(), clusterOptions: FAST });
  const { kubeconfig } = await sandbox.provisionLearnerCluster('alice');
  kc = new KubeConfig();
  kc.loadFromString(kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: 'lab' } } });
  await core.createNamespacedPod({
    namespace: 'lab',
    body: {
      metadata: { name: 'box' },
      spec: { containers: [{ name: 'main', image: 'busybox:1.36' }] },
    },
  });
  await waitFor(async () => {
    const pod = await core.readNamespacedPod({ namespace: 'lab', name: 'box' });
    return pod.status?.phase === 'Running' ? pod : undefined;
  });
});

afterAll(async () => {
  await sandbox?.close();
});

describe('client-node', () => {
  it('lists with selectors and reads the workstation pod', async () => {
    const pods = await core.listNamespacedPod({
      namespace: 'workstation',
      labelSelector: 'app=workstation',
    });
    expect(pods.items.map((p) => p.metadata?.name)).toEqual(['workstation']);
    expect(pods.items[0]?.status?.phase).toBe('Running');
    const none = await core.listNamespacedPod({
      namespace: 'workstation',
      fieldSelector: 'status.phase=Pending',
    });
    expect(none.items).toEqual([]);
  });

  it('patches with strategic merge, merge and JSON patch', async () => {
    const apps = kc.makeApiClient(AppsV1Api);
    await apps.createNamespacedDeployment({
      namespace: 'lab',
      body: {
        metadata: { name: 'web' },
        spec: {
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: {
              containers: [
                { name: 'a', image: 'nginx:1.27' },
                { name: 'b', image: 'busybox:1.36' },
              ],
            },
          },
        },
      },
    });
    const smp = await apps.patchNamespacedDeployment(
      {
        namespace: 'lab',
        name: 'web',
        body: {
          spec: { template: { spec: { containers: [{ name: 'b', image: 'busybox:1.37' }] } } },
        },
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    expect(smp.spec?.template.spec?.containers.map((c) => c.image)).toEqual([
      'nginx:1.27',
      'busybox:1.37',
    ]);
    expect(smp.metadata?.generation).toBe(2);
    const merge = await apps.patchNamespacedDeployment(
      { namespace: 'lab', name: 'web', body: { metadata: { labels: { tier: 'front' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merge.metadata?.labels).toEqual({ tier: 'front' });
    expect(merge.metadata?.generation).toBe(2);
    const json = await apps.patchNamespacedDeployment(
      {
        namespace: 'lab',
        name: 'web',
        body: [{ op: 'replace', path: '/spec/replicas', value: 3 }],
      },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    expect(json.spec?.replicas).toBe(3);
    const rs = await waitFor(async () => {
      const list = await apps.listNamespacedReplicaSet({ namespace: 'lab' });
      const ready = list.items.find((r) => r.status?.readyReplicas === 3);
      return ready;
    });
    expect(rs.metadata?.ownerReferences?.[0]?.name).toBe('web');
  });

  it('watches from a resourceVersion and sees ADDED, MODIFIED and DELETED', async () => {
    const list = await core.listNamespacedConfigMap({ namespace: 'lab' });
    const seen: string[] = [];
    const watch = new Watch(kc);
    const req = await watch.watch(
      '/api/v1/namespaces/lab/configmaps',
      { resourceVersion: list.metadata?.resourceVersion },
      (type, obj: { metadata: { name: string } }) => seen.push(`${type} ${obj.metadata.name}`),
      () => {},
    );
    await core.createNamespacedConfigMap({
      namespace: 'lab',
      body: { metadata: { name: 'cm' }, data: { a: '1' } },
    });
    await core.patchNamespacedConfigMap(
      { namespace: 'lab', name: 'cm', body: { data: { a: '2' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await core.deleteNamespacedConfigMap({ namespace: 'lab', name: 'cm' });
    await waitFor(async () => (seen.length >= 3 ? true : undefined));
    req.abort();
    expect(seen).toEqual(['ADDED cm', 'MODIFIED cm', 'DELETED cm']);
  });

  it('ends a watch from a version older than the history with 410 Expired', async () => {
    const errors: unknown[] = [];
    const events: { type: string; object: { code?: number; reason?: string } }[] = [];
    // Push the first versions out of the kept history.
    for (let i = 0; i < 110; i++) {
      await core.createNamespacedConfigMap({
        namespace: 'lab',
        body: { metadata: { name: `old-${i}` } },
      });
    }
    const watch = new Watch(kc);
    await new Promise<void>((resolve) => {
      void watch.watch(
        '/api/v1/namespaces/lab/configmaps',
        { resourceVersion: '1' },
        (type, object) => events.push({ type, object }),
        (err) => {
          errors.push(err);
          resolve();
        },
      );
    });
    expect(events[0]?.type).toBe('ERROR');
    expect(events[0]?.object).toMatchObject({ code: 410, reason: 'Expired' });
  });

  it('execs with stdout, stderr and the exit status', async () => {
    const exec = new Exec(kc);
    const out = collect();
    const err = collect();
    const status = await new Promise<V1Status>((resolve) => {
      void exec.exec('lab', 'box', 'main', ['both'], out.stream, err.stream, null, false, resolve);
    });
    expect(status.status).toBe('Success');
    expect(out.text()).toBe('out\n');
    expect(err.text()).toBe('err\n');
    const failed = await new Promise<V1Status>((resolve) => {
      void exec.exec('lab', 'box', 'main', ['exit', '3'], null, null, null, false, resolve);
    });
    expect(failed).toMatchObject({
      status: 'Failure',
      reason: 'NonZeroExitCode',
      details: { causes: [{ reason: 'ExitCode', message: '3' }] },
    });
  });

  it('streams stdin until it ends', async () => {
    const exec = new Exec(kc);
    const out = collect();
    const stdin = new PassThrough();
    const done = new Promise<V1Status>((resolve) => {
      void exec.exec('lab', 'box', 'main', ['cat'], out.stream, null, stdin, false, resolve);
    });
    stdin.write('hello ');
    stdin.end('world');
    // client-node (v4/v5) closes the socket when stdin ends; the output so far has arrived.
    await Promise.race([
      done,
      waitFor(async () => (out.text() === 'hello world' ? true : undefined)),
    ]);
    expect(out.text()).toBe('hello world');
  });

  it('forwards terminal resizes on a tty', async () => {
    const exec = new Exec(kc);
    const out = collect();
    const tty = Object.assign(out.stream, { columns: 120, rows: 40 });
    const status = await new Promise<V1Status>((resolve) => {
      void exec.exec('lab', 'box', 'main', ['size'], tty, null, null, true, resolve);
    });
    expect(status.status).toBe('Success');
    expect(out.text()).toBe('120x40\n');
  });
});
