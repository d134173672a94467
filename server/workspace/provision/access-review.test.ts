import { describe, expect, it } from 'vitest';
import type { ClusterObject } from '@/server/cluster/types';
import { reviewServiceAccountAccess } from './access-review';
import { buildLearnerRoleBinding } from './namespace-objects';

const mine = buildLearnerRoleBinding('learner-a');
const ns = mine.metadata?.namespace ?? '';
const account = { namespace: ns, name: 'learner' };

function binding(
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  namespace: string | undefined,
  subject: object,
): ClusterObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: { name: 'b', ...(namespace ? { namespace } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    subjects: [subject],
  };
}

describe('reviewServiceAccountAccess', () => {
  it("finds the learner's admin grant, namespaced to their namespace, and no problem", () => {
    const review = reviewServiceAccountAccess([mine], account);
    expect(review.problems).toEqual([]);
    expect(review.grants).toEqual([
      {
        binding: 'learner-admin',
        bindingKind: 'RoleBinding',
        namespace: ns,
        roleKind: 'ClusterRole',
        roleName: 'admin',
        sharedWithEveryone: false,
      },
    ]);
  });

  it('flags a ClusterRoleBinding to the learner', () => {
    const crb = binding('ClusterRoleBinding', undefined, {
      kind: 'ServiceAccount',
      name: 'learner',
      namespace: ns,
    });
    expect(reviewServiceAccountAccess([mine, crb], account).problems).toEqual([
      'clusterrolebinding "b" grants clusterrole "view" in every namespace',
    ]);
  });

  it("flags a RoleBinding in another namespace, by name, by user or by the namespace's group", () => {
    for (const subject of [
      { kind: 'ServiceAccount', name: 'learner', namespace: ns },
      { kind: 'User', name: `system:serviceaccount:${ns}:learner` },
      { kind: 'Group', name: `system:serviceaccounts:${ns}` },
    ]) {
      expect(
        reviewServiceAccountAccess([binding('RoleBinding', 'default', subject)], account).problems,
      ).toEqual([
        `rolebinding "b" in namespace "default" grants clusterrole "view" outside namespace "${ns}"`,
      ]);
    }
  });

  it('reads an empty subject namespace as the binding namespace', () => {
    const local = binding('RoleBinding', ns, { kind: 'ServiceAccount', name: 'learner' });
    const elsewhere = binding('RoleBinding', 'other', { kind: 'ServiceAccount', name: 'learner' });
    expect(reviewServiceAccountAccess([local], account).grants).toHaveLength(1);
    expect(reviewServiceAccountAccess([elsewhere], account).grants).toEqual([]);
  });

  it('ignores bindings for other identities', () => {
    const other = binding('ClusterRoleBinding', undefined, {
      kind: 'ServiceAccount',
      name: 'learner',
      namespace: 'learner-b',
    });
    expect(reviewServiceAccountAccess([other], account)).toMatchObject({
      grants: [],
      problems: [],
    });
  });

  it("lists, without flagging, what everyone gets (a real cluster's discovery roles)", () => {
    const discovery = binding('ClusterRoleBinding', undefined, {
      kind: 'Group',
      name: 'system:authenticated',
    });
    const review = reviewServiceAccountAccess([discovery], account);
    expect(review.problems).toEqual([]);
    expect(review.grants[0]?.sharedWithEveryone).toBe(true);
  });
});
