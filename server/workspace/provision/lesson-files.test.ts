import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
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
