/**
 * Every object a learner workspace consists of validates strictly against the offline Kubernetes
 * schema (unknown or misspelt fields are errors, as with `fieldValidation=Strict`).
 */
import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from '@/deploy/testing/validate-schema';
import { createClusterWorkspaces } from '../cluster-workspaces';
import { createWorkstationFiles } from './lesson-files';

describe('workspace objects against the Kubernetes schema', () => {
  it('are all known kinds with valid fields', () => {
    const workspaces = createClusterWorkspaces(
      { server: 'http://127.0.0.1:1', token: 'unused' },
      {
        siteServiceAccount: { namespace: 'workshop-system', name: 'workshop-site' },
        workstationFiles: createWorkstationFiles(),
      },
    );
    const validate = createSchemaValidator();
    const checks = workspaces.buildWorkspaceObjects('learner-schema').map(validate);
    expect(checks.map((c) => `${c.kind}/${c.name}`)).toEqual([
      'Namespace/learner-' + checks[0]?.name.slice('learner-'.length),
      'ServiceAccount/learner',
      'RoleBinding/learner-admin',
      'RoleBinding/workshop-site',
      'ResourceQuota/learner-quota',
      'LimitRange/learner-limits',
      'NetworkPolicy/learner-isolation',
      'NetworkPolicy/learner-dns',
      'NetworkPolicy/learner-egress-no-metadata',
      'ConfigMap/workstation-files',
      'Pod/workstation',
    ]);
    expect(checks.filter((c) => c.errors === null || c.errors.length > 0)).toEqual([]);
  });
});
