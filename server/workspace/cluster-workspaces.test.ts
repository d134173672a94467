/**
 * Provisioning, expiry and reaping against the sandbox's real API server (over HTTP, through
 * server/cluster/), asserting the exact objects created and deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import type { ClusterConnection } from '@/server/cluster/connection';
import { createObject, listObjects, replaceObject } from '@/server/cluster/objects';
import { findObject } from '@/server/cluster/provision-apply';
import type { ClusterObject, ResourceAddress } from '@/server/cluster/types';
import { createClusterWorkspaces, type ClusterWorkspaces } from './cluster-workspaces';
import { reviewServiceAccountAccess } from './provision/access-review';
import {
  LEARNER_LABEL,
  MANAGED_BY_LABEL,
  formatLearnerNamespace,
  hashLearnerId,
} from './provision/labels';
import { createWorkstationFiles } from './provision/lesson-files';

const site = { namespace: 'workshop-system', name: 'workshop-site' };
const HOUR = 3_600_000;
const rbac = 'rbac.authorization.k8s.io';

/** Every namespaced kind the site provisions, to list what a namespace holds. */
const NAMESPACED: ResourceAddress[] = [
  { group: '', version: 'v1', resource: 'serviceaccounts' },
  { group: '', version: 'v1', resource: 'configmaps' },
  { group: '', version: 'v1', resource: 'pods' },
  { group: '', version: 'v1', resource: 'resourcequotas' },
  { group: '', version: 'v1', resource: 'limitranges' },
  { group: rbac, version: 'v1', resource: 'rolebindings' },
  { group: 'networking.k8s.io', version: 'v1', resource: 'networkpolicies' },
];

let sandbox: Sandbox;
let connection: ClusterConnection;
let clock = Date.now();
let workspaces: ClusterWorkspaces;

async function listManaged(namespace: string): Promise<string[]> {
  const found: string[] = [];
  for (const address of NAMESPACED) {
    const list = await listObjects(connection, { ...address, namespace });
    for (const item of list.items) {
      if (item.metadata?.labels?.[MANAGED_BY_LABEL])
        found.push(`${address.resource}/${item.metadata.name}`);
    }
  }
  return found.sort();
}

async function listNamespaces(): Promise<string[]> {
  const list = await listObjects(connection, { group: '', version: 'v1', resource: 'namespaces' });
  return list.items
    .filter((n) => !n.metadata?.deletionTimestamp)
    .map((n) => n.metadata?.name ?? '')
    .sort();
}

const nsAddress = (name: string) => ({ group: '', version: 'v1', resource: 'namespaces', name });

beforeAll(async () => {
  sandbox = await createSandbox({ clusterOptions: { timing: { pullMs: 20 } } });
  connection = { kubeconfig: sandbox.adminKubeconfig() };
  workspaces = createClusterWorkspaces(connection, {
    siteServiceAccount: site,
    workstationFiles: createWorkstationFiles(),
    now: () => clock,
  });
});

afterAll(async () => {
  await sandbox?.close();
});

describe('provision', () => {
  it('creates exactly the workspace objects, labelled for the learner', async () => {
    const target = await workspaces.provision('learner-a');
    const ns = formatLearnerNamespace('learner-a');
    expect(target).toEqual({
      namespace: ns,
      workstation: {
        namespace: ns,
        pod: 'workstation',
        container: 'shell',
        command: ['bash', '-l'],
      },
    });
    expect(await listManaged(ns)).toEqual([
      'configmaps/workstation-files',
      'limitranges/learner-limits',
      'networkpolicies/learner-dns',
      'networkpolicies/learner-egress-no-metadata',
      'networkpolicies/learner-isolation',
      'pods/workstation',
      'resourcequotas/learner-quota',
      'rolebindings/learner-admin',
      'rolebindings/workshop-site',
      'serviceaccounts/learner',
    ]);
    const namespace = await findObject(connection, nsAddress(ns));
    expect(namespace?.metadata?.labels).toMatchObject({
      [MANAGED_BY_LABEL]: 'k8s-security-workshop',
      [LEARNER_LABEL]: hashLearnerId('learner-a'),
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/audit': 'restricted',
    });
    expect(namespace?.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBeUndefined();
  });

  it('runs the workstation as the learner, non-root, with limits', async () => {
    const ns = formatLearnerNamespace('learner-a');
    const pod = await findObject(connection, {
      group: '',
      version: 'v1',
      resource: 'pods',
      namespace: ns,
      name: 'workstation',
    });
    const spec = pod?.spec as {
      serviceAccountName: string;
      securityContext: { runAsNonRoot: boolean; runAsUser: number };
      containers: { image: string; resources: { limits: Record<string, string> } }[];
    };
    expect(spec.serviceAccountName).toBe('learner');
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1001 });
    expect(spec.containers[0]?.image).toBe('docker.io/bitnami/kubectl:latest');
    expect(spec.containers[0]?.resources.limits).toEqual({ cpu: '500m', memory: '256Mi' });
    await workspaces.waitForWorkstation('learner-a', 10_000);
  });

  it('is idempotent: a second call changes nothing', async () => {
    const ns = formatLearnerNamespace('learner-a');
    const podAddress = {
      group: '',
      version: 'v1',
      resource: 'pods',
      namespace: ns,
      name: 'workstation',
    };
    const before = await findObject(connection, podAddress);
    await workspaces.provision('learner-a');
    const after = await findObject(connection, podAddress);
    expect(after?.metadata?.uid).toBe(before?.metadata?.uid);
    expect(await listManaged(ns)).toHaveLength(10);
  });

  it('replaces a workstation that has stopped for good (evicted or exited)', async () => {
    const ns = formatLearnerNamespace('learner-a');
    const podAddress = {
      group: '',
      version: 'v1',
      resource: 'pods',
      namespace: ns,
      name: 'workstation',
    };
    const before = await findObject(connection, podAddress);
    await replaceObject(
      connection,
      { ...podAddress, subresource: 'status' },
      {
        ...before,
        status: { ...(before?.status as object), phase: 'Failed', reason: 'Evicted' },
      },
    );
    expect((await findObject(connection, podAddress))?.status).toMatchObject({ phase: 'Failed' });
    await workspaces.provision('learner-a');
    const after = await findObject(connection, podAddress);
    expect(after?.metadata?.uid).not.toBe(before?.metadata?.uid);
    await workspaces.waitForWorkstation('learner-a', 10_000);
  });

  it('grants the learner admin in their namespace only', async () => {
    await workspaces.provision('learner-b');
    const bindings: ClusterObject[] = [
      ...(await listObjects(connection, { group: rbac, version: 'v1', resource: 'rolebindings' }))
        .items,
      ...(
        await listObjects(connection, {
          group: rbac,
          version: 'v1',
          resource: 'clusterrolebindings',
        })
      ).items,
    ];
    const nsA = formatLearnerNamespace('learner-a');
    const review = reviewServiceAccountAccess(bindings, { namespace: nsA, name: 'learner' });
    expect(review.problems).toEqual([]);
    expect(review.grants.map((g) => `${g.bindingKind} ${g.namespace} ${g.roleName}`)).toEqual([
      `RoleBinding ${nsA} admin`,
    ]);
  });

  it('reports a grant that escapes the namespace (the review can fail)', async () => {
    const nsA = formatLearnerNamespace('learner-a');
    const crb = await createObject(
      connection,
      { group: rbac, version: 'v1', resource: 'clusterrolebindings' },
      {
        apiVersion: `${rbac}/v1`,
        kind: 'ClusterRoleBinding',
        metadata: { name: 'oops' },
        roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: 'view' },
        subjects: [{ kind: 'ServiceAccount', name: 'learner', namespace: nsA }],
      },
    );
    const bindings = (
      await listObjects(connection, { group: rbac, version: 'v1', resource: 'clusterrolebindings' })
    ).items;
    expect(
      reviewServiceAccountAccess(bindings, { namespace: nsA, name: 'learner' }).problems,
    ).toEqual(['clusterrolebinding "oops" grants clusterrole "view" in every namespace']);
    expect(crb.metadata?.name).toBe('oops');
  });
});

describe('release and reaping', () => {
  it('release deletes the namespace and everything in it', async () => {
    await workspaces.provision('learner-c');
    const ns = formatLearnerNamespace('learner-c');
    expect(await workspaces.release('learner-c')).toBe(true);
    await expect
      .poll(() => findObject(connection, nsAddress(ns)), { timeout: 10_000 })
      .toBeUndefined();
    expect(await listManaged(ns)).toEqual([]);
    expect(await workspaces.release('learner-c')).toBe(false);
  });

  it('a learner who returns after release gets a fresh workspace', async () => {
    await workspaces.provision('learner-c');
    expect(await listManaged(formatLearnerNamespace('learner-c'))).toHaveLength(10);
  });

  it('reaps only managed learner namespaces whose learner is gone, after the grace period', async () => {
    await createObject(
      connection,
      { group: '', version: 'v1', resource: 'namespaces' },
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'learner-lookalike' },
      },
    );
    // Fresh namespaces are spared: another replica may be provisioning them right now.
    expect(await workspaces.reapOrphans(['learner-a'])).toEqual([]);
    clock += HOUR;
    const reaped = await workspaces.reapOrphans(['learner-a']);
    expect(reaped.sort()).toEqual(
      [formatLearnerNamespace('learner-b'), formatLearnerNamespace('learner-c')].sort(),
    );
    await expect
      .poll(async () => (await listNamespaces()).filter((n) => n.startsWith('learner-')), {
        timeout: 10_000,
      })
      .toEqual([formatLearnerNamespace('learner-a'), 'learner-lookalike'].sort());
    expect(await listNamespaces()).toEqual(expect.arrayContaining(['default', 'kube-system']));
  });
});

describe('ensureSharedObjects', () => {
  const clusterRoles = { group: rbac, version: 'v1', resource: 'clusterroles' };

  it('creates the shared roles and policies once, labelled as the site’s', async () => {
    const first = await workspaces.ensureSharedObjects();
    expect(first.map((r) => `${r.kind}/${r.name}=${r.result}`)).toEqual([
      'ClusterRole/configmap-reader=created',
      'ClusterRole/secrets-reader=created',
      'ValidatingAdmissionPolicy/workshop-learner-pods=created',
      'ValidatingAdmissionPolicyBinding/workshop-learner-pods=created',
      'ValidatingAdmissionPolicy/workshop-learner-guard=created',
      'ValidatingAdmissionPolicyBinding/workshop-learner-guard=created',
      'ClusterRole/workshop-site-in-workspace=created',
      'ValidatingAdmissionPolicy/workshop-site-scope=created',
      'ValidatingAdmissionPolicyBinding/workshop-site-scope=created',
    ]);
    const second = await workspaces.ensureSharedObjects();
    expect(second.every((r) => r.result === 'unchanged')).toBe(true);
    const role = await findObject(connection, { ...clusterRoles, name: 'secrets-reader' });
    expect(role?.metadata?.labels?.[MANAGED_BY_LABEL]).toBe('k8s-security-workshop');
    expect(role?.rules).toEqual([
      { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'watch', 'list'] },
    ]);
  });

  it('puts back a shared role someone changed', async () => {
    const role = await findObject(connection, { ...clusterRoles, name: 'configmap-reader' });
    await replaceObject(
      connection,
      { ...clusterRoles, name: 'configmap-reader' },
      {
        ...role,
        rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['*'] }],
      },
    );
    const results = await workspaces.ensureSharedObjects();
    expect(results.find((r) => r.name === 'configmap-reader')?.result).toBe('updated');
    const restored = await findObject(connection, { ...clusterRoles, name: 'configmap-reader' });
    expect(restored?.rules).toEqual([
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'watch', 'list'] },
    ]);
  });
});
