import { afterEach, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../cluster/cluster';
import { createObject, deleteObject, updateObject } from '../cluster/operations';
import type { KubeObject } from '../runtime/process';
import { resource } from '../store/resources';

const NS = resource('namespaces');
const SA = resource('serviceaccounts');
const SECRETS = resource('secrets');
const DEPLOY = resource('deployments.apps');
const RS = resource('replicasets.apps');
const PODS = resource('pods');
const EVENTS = resource('events');

let cluster: Cluster;
afterEach(() => cluster?.stop());

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await tick(10);
  }
}

function setup() {
  cluster = createCluster({
    timing: { pullMs: 20, startMs: 10, backOffNoticeMs: 20, backOffMs: 40, createRetryMs: 50 },
  });
  createObject(cluster, NS, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lab' } });
  return cluster;
}

function deployment(image: string, sa = 'default'): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'cfos', namespace: 'lab' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'cfos' } },
      template: {
        metadata: { labels: { app: 'cfos' } },
        spec: { serviceAccountName: sa, containers: [{ name: 'c', image }] },
      },
    },
  };
}

const events = () =>
  cluster.store.list(EVENTS, 'lab').map((e) => `${String(e.reason)}: ${String(e.message)}`);
const pods = () => cluster.store.list(PODS, 'lab');
const waiting = (p: KubeObject) =>
  ((
    (p.status ?? {}) as {
      containerStatuses?: { state: { waiting?: { reason: string; message: string } } }[];
    }
  ).containerStatuses ?? [])[0]?.state.waiting;

describe('controllers', () => {
  it('gives every new namespace a default service account', async () => {
    setup();
    await until(() => !!cluster.store.get(SA, 'lab', 'default'));
  });

  it('rolls a Deployment out to a running pod with real status fields', async () => {
    setup();
    createObject(cluster, DEPLOY, deployment('nginx:1.27'));
    await until(
      () =>
        (cluster.store.get(DEPLOY, 'lab', 'cfos')!.status as { availableReplicas?: number })
          ?.availableReplicas === 1,
    );
    const d = cluster.store.get(DEPLOY, 'lab', 'cfos')!;
    expect(d.status).toMatchObject({
      observedGeneration: 1,
      replicas: 1,
      updatedReplicas: 1,
      readyReplicas: 1,
      availableReplicas: 1,
    });
    const conditions = (d.status as { conditions: { type: string; reason: string }[] }).conditions;
    expect(conditions.map((c) => `${c.type}=${c.reason}`)).toEqual([
      'Available=MinimumReplicasAvailable',
      'Progressing=NewReplicaSetAvailable',
    ]);
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    const [rs] = cluster.store.list(RS, 'lab');
    expect(rs!.metadata.name).toMatch(/^cfos-[bcdfghjklmnpqrstvwxz2456789]+$/);
    expect(pods()[0]!.metadata.name).toMatch(new RegExp(`^${rs!.metadata.name}-[a-z0-9]{5}$`));
  });

  it('replaces old pods once new ones are available on a template change', async () => {
    setup();
    createObject(cluster, DEPLOY, deployment('nginx:1.27'));
    await until(() =>
      pods().some((p) => (p.status as { phase?: string } | undefined)?.phase === 'Running'),
    );
    const oldPod = pods()[0]!.metadata.name;
    const current = cluster.store.get(DEPLOY, 'lab', 'cfos')!;
    updateObject(cluster, DEPLOY, { ...deployment('nginx:1.28'), metadata: current.metadata });
    await until(() => {
      const status = (cluster.store.get(DEPLOY, 'lab', 'cfos')!.status ?? {}) as {
        observedGeneration?: number;
        updatedReplicas?: number;
        replicas?: number;
        availableReplicas?: number;
      };
      return (
        status.observedGeneration === 2 &&
        status.updatedReplicas === 1 &&
        status.replicas === 1 &&
        status.availableReplicas === 1
      );
    });
    expect(pods().map((p) => p.metadata.name)).not.toContain(oldPod);
    expect(pods()).toHaveLength(1);
    expect(
      cluster.store
        .list(RS, 'lab')
        .map((r) => (r.spec as { replicas: number }).replicas)
        .sort(),
    ).toEqual([0, 1]);
    expect(events().filter((e) => e.startsWith('ScalingReplicaSet'))).toHaveLength(3);
  });

  it('records FailedCreate when the service account is missing, then recovers', async () => {
    setup();
    createObject(cluster, DEPLOY, deployment('nginx:1.27', 'cfos-sa'));
    await until(() => events().some((e) => e.startsWith('FailedCreate')));
    const rsName = cluster.store.list(RS, 'lab')[0]!.metadata.name;
    expect(events()).toContain(
      `FailedCreate: Error creating: pods "${rsName}-" is forbidden: error looking up service account lab/cfos-sa: serviceaccount "cfos-sa" not found`,
    );
    expect(pods()).toHaveLength(0);
    createObject(cluster, SA, {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'cfos-sa', namespace: 'lab' },
    });
    await until(() => pods().length === 1);
  });

  it('refuses a private image without pull credentials: ErrImagePull, then ImagePullBackOff', async () => {
    setup();
    const image = 'fortinetwandy.azurecr.io/cfos:255';
    createObject(cluster, DEPLOY, deployment(image));
    await until(() => pods().length === 1 && waiting(pods()[0]!)?.reason === 'ErrImagePull');
    expect(events()).toContain(
      `Failed: Failed to pull image "${image}": failed to pull and unpack image "${image}": failed to resolve reference "${image}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://fortinetwandy.azurecr.io/oauth2/token?scope=repository%3Acfos%3Apull&service=fortinetwandy.azurecr.io: 401 Unauthorized`,
    );
    await until(() => waiting(pods()[0]!)?.reason === 'ImagePullBackOff');
    expect(waiting(pods()[0]!)?.message).toBe(`Back-off pulling image "${image}"`);
    expect((pods()[0]!.status as { phase: string }).phase).toBe('Pending');
  });

  it('pulls a private image once a matching dockerconfigjson secret is named', async () => {
    setup();
    const auths = btoa(
      JSON.stringify({ auths: { 'https://fortinetwandy.azurecr.io': { auth: 'dTpw' } } }),
    );
    createObject(cluster, SECRETS, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'pull', namespace: 'lab' },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': auths },
    });
    createObject(cluster, SA, {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'cfos-sa', namespace: 'lab' },
      imagePullSecrets: [{ name: 'pull' }],
    });
    createObject(cluster, DEPLOY, deployment('fortinetwandy.azurecr.io/cfos:255', 'cfos-sa'));
    await until(
      () =>
        pods().length === 1 &&
        (pods()[0]!.status as { phase?: string } | undefined)?.phase === 'Running',
    );
    // The ServiceAccount admission copies the account's pull secrets into the pod, as on a real cluster.
    expect((pods()[0]!.spec as { imagePullSecrets: unknown }).imagePullSecrets).toEqual([
      { name: 'pull' },
    ]);
  });

  it('does not accept a secret for another registry', async () => {
    setup();
    const auths = btoa(JSON.stringify({ auths: { 'ghcr.io': { auth: 'dTpw' } } }));
    createObject(cluster, SECRETS, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'pull', namespace: 'lab' },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': auths },
    });
    const d = deployment('fortinetwandy.azurecr.io/cfos:255');
    (d.spec as { template: { spec: Record<string, unknown> } }).template.spec.imagePullSecrets = [
      { name: 'pull' },
    ];
    createObject(cluster, DEPLOY, d);
    await until(() => pods().length === 1 && waiting(pods()[0]!)?.reason === 'ErrImagePull');
  });

  it('empties a deleted namespace, then removes it', async () => {
    setup();
    createObject(cluster, DEPLOY, deployment('nginx:1.27'));
    await until(() => pods().length === 1);
    deleteObject(cluster, NS, undefined, 'lab');
    expect((cluster.store.get(NS, undefined, 'lab')!.status as { phase: string }).phase).toBe(
      'Terminating',
    );
    expect(() =>
      createObject(cluster, SA, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: 'late', namespace: 'lab' },
      }),
    ).toThrow(
      'serviceaccounts "late" is forbidden: unable to create new content in namespace lab because it is being terminated',
    );
    await until(() => !cluster.store.get(NS, undefined, 'lab'));
    expect(pods()).toEqual([]);
    expect(cluster.store.list(DEPLOY, 'lab')).toEqual([]);
  });

  it('collects the ReplicaSets and pods of a deleted Deployment', async () => {
    setup();
    createObject(cluster, DEPLOY, deployment('nginx:1.27'));
    await until(() => pods().length === 1);
    deleteObject(cluster, DEPLOY, 'lab', 'cfos');
    await until(() => pods().length === 0 && cluster.store.list(RS, 'lab').length === 0);
  });
});
