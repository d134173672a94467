import { describe, expect, it } from 'vitest';
import type { ClusterObject } from '@/server/cluster/types';
import { GUARD_POLICY_NAME, GUARD_POLICY_RULES, buildGuardPolicy } from './guard-policy';
import { buildNamespace } from './namespace-objects';
import { buildNetworkPolicies } from './network-policies';
import { buildPolicyBinding } from './pod-policy';
import { admitRequest, type AdmissionRequest } from './testing/evaluate-admission';

const policy = buildGuardPolicy();
const binding = buildPolicyBinding(GUARD_POLICY_NAME);
const namespaceObject = buildNamespace('learner-2');
const ns = namespaceObject.metadata?.name ?? '';
const learner = `system:serviceaccount:${ns}:learner`;
const [isolation] = buildNetworkPolicies('learner-2', ['169.254.169.254/32']);
const message = (id: string) => GUARD_POLICY_RULES.find((r) => r.id === id)?.message;
const netpolResource = { group: 'networking.k8s.io', version: 'v1', resource: 'networkpolicies' };

function admit(request: Partial<AdmissionRequest>) {
  return admitRequest(policy, binding, {
    operation: 'DELETE',
    resource: netpolResource,
    namespace: ns,
    username: learner,
    object: null,
    oldObject: isolation,
    namespaceObject,
    ...request,
  });
}

function netpol(spec: Record<string, unknown>): ClusterObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'mine', namespace: ns },
    spec: { podSelector: {}, ...spec },
  };
}

describe('the workspace guard policy (evaluated with a CEL interpreter)', () => {
  it("refuses the learner's deleting or changing the site's network policies", () => {
    expect(admit({}).denied).toEqual([message('managedObjects')]);
    expect(admit({ operation: 'UPDATE', object: isolation }).denied).toEqual([
      message('managedObjects'),
    ]);
  });

  it('refuses any identity of the namespace, e.g. a pod of the lab', () => {
    expect(admit({ username: `system:serviceaccount:${ns}:cfos-serviceaccount` }).denied).toEqual([
      message('managedObjects'),
    ]);
  });

  it('lets the site and the namespace controller delete them', () => {
    expect(
      admit({ username: 'system:serviceaccount:workshop-system:workshop-site' }).denied,
    ).toEqual([]);
    expect(
      admit({ username: 'system:serviceaccount:kube-system:namespace-controller' }).denied,
    ).toEqual([]);
  });

  it('lets the learner delete their own objects', () => {
    const own = { ...netpol({ ingress: [] }) };
    expect(admit({ oldObject: own }).denied).toEqual([]);
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'read-secrets', namespace: ns },
    };
    const resource = {
      group: 'rbac.authorization.k8s.io',
      version: 'v1',
      resource: 'rolebindings',
    };
    expect(admit({ resource, oldObject: binding })).toEqual({ matched: true, denied: [] });
  });

  it('refuses learner egress rules that allow everything or use ipBlock', () => {
    const create = (spec: Record<string, unknown>) =>
      admit({ operation: 'CREATE', object: netpol(spec), oldObject: null }).denied;
    expect(create({ policyTypes: ['Egress'], egress: [{}] })).toEqual([message('egressPeers')]);
    expect(create({ egress: [{ to: [] }] })).toEqual([message('egressPeers')]);
    expect(create({ egress: [{ to: [{ ipBlock: { cidr: '169.254.169.254/32' } }] }] })).toEqual([
      message('egressPeers'),
    ]);
  });

  it('admits learner policies that name their peers, and ingress-only policies', () => {
    const create = (spec: Record<string, unknown>) =>
      admit({ operation: 'CREATE', object: netpol(spec), oldObject: null }).denied;
    expect(
      create({ egress: [{ to: [{ podSelector: { matchLabels: { app: 'web' } } }] }] }),
    ).toEqual([]);
    expect(create({ ingress: [{ from: [{ podSelector: {} }] }] })).toEqual([]);
  });

  it('applies only in learner namespaces', () => {
    const other = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } };
    expect(admit({ namespaceObject: other }).matched).toBe(false);
  });
});
