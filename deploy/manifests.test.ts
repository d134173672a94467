/**
 * The deployment manifests, checked with real kubectl binaries: `kubectl kustomize` renders each
 * overlay, `kubectl apply --dry-run=client` accepts every object, every kind the offline schema
 * knows validates strictly, and the site's RBAC and shared objects are exactly what the docs say.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterObject } from '@/server/cluster/types';
import { buildSharedObjects } from '@/server/workspace/provision/shared-objects';
import { DEPLOYED_SITE } from '@/server/workspace/provision/shared-manifest';
import { startDiscoveryServer } from './testing/discovery-server';
import { findKubectlBinaries } from './testing/find-kubectl';
import { createSchemaValidator } from './testing/validate-schema';

const root = path.resolve(import.meta.dirname, '..');
const kubectls = findKubectlBinaries();
if (kubectls.length === 0 && process.env.CI) {
  throw new Error('no kubectl binary found on PATH, and CI is set: the manifest checks cannot run');
}
const newest = kubectls.at(-1) ?? 'kubectl';
/** ValidatingAdmissionPolicy v1 needs a 1.30 cluster; test the oldest kubectl of that age too. */
const oldestSupported =
  kubectls.find((k) => Number(/kubectl\.1\.(\d+)$/.exec(k)?.[1] ?? 0) >= 30) ?? newest;

/** Runs kubectl without blocking the event loop (the discovery server lives in this process). */
function runKubectl(binary: string, args: string[], input: string, env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(binary, args, { env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.end(input);
    },
  );
}
const run = kubectls.length > 0 ? describe : describe.skip;

function kustomize(overlay: string): { text: string; objects: ClusterObject[] } {
  const text = execFileSync(newest, ['kustomize', path.join(root, 'deploy', 'overlays', overlay)], {
    encoding: 'utf8',
  });
  const objects = parseAllDocuments(text).map((d) => d.toJS() as ClusterObject);
  return { text, objects };
}

function find(objects: ClusterObject[], kind: string, name: string): ClusterObject {
  const found = objects.find((o) => o.kind === kind && o.metadata?.name === name);
  if (!found) throw new Error(`${kind} ${name} is missing`);
  return found;
}

type PodSpec = {
  serviceAccountName?: string;
  securityContext?: Record<string, unknown>;
  containers: {
    image: string;
    imagePullPolicy?: string;
    env?: { name: string; value?: string }[];
    securityContext?: Record<string, unknown>;
  }[];
};
const podSpecOf = (o: ClusterObject) => (o.spec as { template: { spec: PodSpec } }).template.spec;

run('deploy/ with real kubectl', () => {
  let server: Server;
  let kubeconfig: string;
  let cacheDir: string;

  beforeAll(async () => {
    const started = await startDiscoveryServer();
    server = started.server;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deploy-dry-run-'));
    cacheDir = path.join(dir, 'cache');
    kubeconfig = path.join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: "' + started.url + '"}}]',
        'users: [{name: u, user: {token: dry-run}}]',
        'contexts: [{name: c, context: {cluster: c, user: u}}]',
        'current-context: c',
      ].join('\n'),
    );
  });

  afterAll(() => {
    server?.close();
  });

  it.each(['kind', 'aks'])('kubectl kustomize renders the %s overlay', (overlay) => {
    const { objects } = kustomize(overlay);
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.every((o) => o.apiVersion && o.kind && o.metadata?.name)).toBe(true);
  });

  it.each(['kind', 'aks'])(
    'kubectl apply --dry-run=client accepts every object of %s',
    async (overlay) => {
      const { text, objects } = kustomize(overlay);
      for (const binary of new Set([oldestSupported, newest])) {
        const result = await runKubectl(binary, ['apply', '--dry-run=client', '-f', '-'], text, {
          KUBECONFIG: kubeconfig,
          KUBECACHEDIR: cacheDir,
        });
        expect(result.stderr, path.basename(binary)).toBe('');
        expect(result.status).toBe(0);
        const created = result.stdout.trim().split('\n');
        expect(created).toHaveLength(objects.length);
        expect(created.every((line) => line.endsWith(' created (dry run)'))).toBe(true);
      }
    },
  );

  it('kubectl apply --dry-run=client refuses a broken manifest (the check can fail)', async () => {
    const result = await runKubectl(
      newest,
      ['apply', '--dry-run=client', '-f', '-'],
      'apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n',
      { KUBECONFIG: kubeconfig, KUBECACHEDIR: cacheDir },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no matches for kind "Deploymnet"');
  });

  it('every object of a kind the offline schema knows validates strictly', () => {
    const validate = createSchemaValidator();
    for (const overlay of ['kind', 'aks']) {
      const checks = kustomize(overlay).objects.map(validate);
      expect(checks.filter((c) => c.errors && c.errors.length > 0)).toEqual([]);
      // Deployment, StatefulSet, Service, RBAC, NetworkPolicy, Secret, Namespace at least.
      expect(checks.filter((c) => c.errors !== null).length).toBeGreaterThanOrEqual(9);
    }
    // The schema check can fail: a misspelt field is an error.
    const typo = validate({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { prots: [] },
    });
    expect(typo.errors).toEqual([expect.stringContaining('should NOT have additional properties')]);
  });

  it('runs the site as ≥ 2 non-root replicas in cluster mode with its own service account', () => {
    for (const [overlay, replicas, image] of [
      ['kind', 2, 'workshop-site:dev'],
      ['aks', 3, 'myregistry.azurecr.io/workshop-site:1.0.0'],
    ] as const) {
      const deployment = find(kustomize(overlay).objects, 'Deployment', 'workshop-site');
      expect((deployment.spec as { replicas: number }).replicas).toBe(replicas);
      const pod = podSpecOf(deployment);
      expect(pod.serviceAccountName).toBe('workshop-site');
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(pod.containers[0]?.image).toBe(image);
      expect(pod.containers[0]?.securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(pod.containers[0]?.env).toContainEqual({
        name: 'CLUSTER_KUBECONFIG',
        value: 'in-cluster',
      });
    }
  });

  it('gives the site exactly the RBAC rules docs/real-cluster.md explains', () => {
    const role = find(kustomize('kind').objects, 'ClusterRole', 'workshop-site');
    const rules = (
      role.rules as {
        apiGroups: string[];
        resources: string[];
        verbs: string[];
        resourceNames?: string[];
      }[]
    ).map(
      (r) =>
        `${r.apiGroups.join(',')}|${r.resources.join(',')}|${r.verbs.join(',')}|${(r.resourceNames ?? []).join(',')}`,
    );
    expect(rules).toEqual([
      '|namespaces|get,list,create,delete|',
      '|serviceaccounts,configmaps,resourcequotas,limitranges|get,create,update|',
      '|pods|get,list,create|',
      'rbac.authorization.k8s.io|rolebindings|get,list,create,update|',
      'networking.k8s.io|networkpolicies|get,create,update|',
      'rbac.authorization.k8s.io|clusterroles|bind|admin,workshop-site-in-workspace',
      'rbac.authorization.k8s.io|clusterroles|get|configmap-reader,secrets-reader,workshop-site-in-workspace',
      'apps|deployments,replicasets|get,list|',
      'admissionregistration.k8s.io|validatingadmissionpolicies,validatingadmissionpolicybindings|create|',
      'admissionregistration.k8s.io|validatingadmissionpolicies,validatingadmissionpolicybindings|get|workshop-learner-pods,workshop-learner-guard,workshop-site-scope',
      'admissionregistration.k8s.io|validatingadmissionpolicies,validatingadmissionpolicybindings|update|workshop-learner-pods,workshop-learner-guard',
    ]);
    const text = JSON.stringify(role.rules);
    expect(text).not.toContain('*');
    expect(text).not.toContain('secrets"');
    const binding = find(kustomize('kind').objects, 'ClusterRoleBinding', 'workshop-site');
    expect(binding.subjects).toEqual([
      { kind: 'ServiceAccount', name: DEPLOYED_SITE.name, namespace: DEPLOYED_SITE.namespace },
    ]);
  });

  it('ships the shared objects exactly as the site builds them', () => {
    const rendered = kustomize('kind').objects.filter((o) =>
      ['ClusterRole', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'].includes(
        o.kind ?? '',
      ),
    );
    for (const expected of buildSharedObjects(DEPLOYED_SITE)) {
      const actual = find(rendered, expected.kind ?? '', expected.metadata?.name ?? '');
      const labels = { ...actual.metadata?.labels };
      delete labels['app.kubernetes.io/part-of'];
      expect({ ...actual, metadata: { ...actual.metadata, labels } }).toEqual(expected);
    }
  });

  it('lets only the site reach the in-cluster database (kind)', () => {
    const policy = find(kustomize('kind').objects, 'NetworkPolicy', 'postgres-from-site-only');
    expect(policy.spec).toMatchObject({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'postgres' } },
      ingress: [
        { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'workshop-site' } } }] },
      ],
    });
  });
});
