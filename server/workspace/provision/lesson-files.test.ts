import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findKubectlBinaries } from '@/deploy/testing/find-kubectl';
import { createSandbox } from '@/server/sandbox';
import { createWorkstationFiles, removeClusterScopedDocuments } from './lesson-files';

const kinds = (text: string) =>
  parseAllDocuments(text)
    .map((d) => (d.toJS() as { kind?: string } | null)?.kind)
    .filter(Boolean);

describe('removeClusterScopedDocuments', () => {
  it('drops cluster roles and keeps every namespaced document in order', () => {
    const files = createWorkstationFiles();
    const manifest =
      files['k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml'] ?? '';
    expect(kinds(manifest)).toEqual(['ServiceAccount', 'RoleBinding', 'RoleBinding']);
    expect(manifest).toContain(
      '# ClusterRole "configmap-reader" is provided by the workshop on this cluster.',
    );
    expect(manifest).toContain(
      '# ClusterRole "secrets-reader" is provided by the workshop on this cluster.',
    );
  });

  it('places the pull secret in the home folder, unchanged', () => {
    const files = createWorkstationFiles();
    expect(kinds(files['cfosimagepullsecret.yaml'] ?? '')).toEqual(['Secret']);
  });

  it('leaves text without manifests alone', () => {
    expect(removeClusterScopedDocuments('just: a value\n')).toBe('just: a value\n');
    expect(removeClusterScopedDocuments('# a comment\n')).toBe('# a comment\n');
  });

  it('removes a Namespace document too', () => {
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    expect(kinds(removeClusterScopedDocuments(text))).toEqual(['ConfigMap']);
  });
});

const kubectl = findKubectlBinaries().at(-1);
if (!kubectl && process.env.CI) throw new Error('no kubectl binary found on PATH, and CI is set');

describe.runIf(kubectl)('the adapted lesson manifest with a real kubectl', () => {
  it('creates and deletes only namespaced objects, as the lesson runs it', async () => {
    const sandbox = await createSandbox();
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lesson-files-'));
      const manifest = path.join(dir, 'Task1_1_create_cfos_serviceaccount.yaml');
      writeFileSync(
        manifest,
        createWorkstationFiles()[
          'k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml'
        ] ?? '',
      );
      writeFileSync(path.join(dir, 'kubeconfig'), sandbox.adminKubeconfig());
      const env = {
        ...process.env,
        KUBECONFIG: path.join(dir, 'kubeconfig'),
        KUBECACHEDIR: path.join(dir, 'cache'),
      };
      const run = (args: string[]) => promisify(execFile)(kubectl ?? 'kubectl', args, { env });
      await run(['create', 'namespace', 'learner-files']);
      const created = await run(['create', '-f', manifest, '-n', 'learner-files']);
      expect(created.stdout.trim().split('\n')).toEqual([
        'serviceaccount/cfos-serviceaccount created',
        'rolebinding.rbac.authorization.k8s.io/read-configmaps created',
        'rolebinding.rbac.authorization.k8s.io/read-secrets created',
      ]);
      const deleted = await run(['delete', '-f', manifest, '-n', 'learner-files']);
      expect(deleted.stdout).not.toContain('clusterrole');
    } finally {
      await sandbox.close();
    }
  });
});
