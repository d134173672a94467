import { describe, expect, it } from 'vitest';
import { buildNamespace } from './namespace-objects';
import { SITE_SCOPE_RULES, buildSiteScopeBinding, buildSiteScopePolicy } from './site-scope-policy';
import { admitRequest, type AdmissionRequest } from './testing/evaluate-admission';

const site = { namespace: 'workshop-system', name: 'workshop-site' };
const siteUser = 'system:serviceaccount:workshop-system:workshop-site';
const policy = buildSiteScopePolicy(site);
const binding = buildSiteScopeBinding();
const learnerNs = buildNamespace('learner-3');
const kubeSystem = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system' } };
const denied = [SITE_SCOPE_RULES[0]?.message];

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [] } };
const pods = { group: '', version: 'v1', resource: 'pods' };
const namespaces = { group: '', version: 'v1', resource: 'namespaces' };
const rolebindings = {
  group: 'rbac.authorization.k8s.io',
  version: 'v1',
  resource: 'rolebindings',
};

function admit(request: Partial<AdmissionRequest>) {
  return admitRequest(policy, binding, {
    operation: 'CREATE',
    resource: pods,
    namespace: learnerNs.metadata?.name ?? '',
    username: siteUser,
    object: pod,
    namespaceObject: learnerNs,
    ...request,
  }).denied;
}

describe('the site-scope policy (evaluated with a CEL interpreter)', () => {
  it('lets the site write and exec in learner namespaces', () => {
    expect(admit({})).toEqual([]);
    expect(admit({ operation: 'CONNECT', subResource: 'exec', object: null })).toEqual([]);
    expect(admit({ resource: rolebindings, object: { kind: 'RoleBinding' } })).toEqual([]);
  });

  it('refuses the site anywhere else', () => {
    expect(admit({ namespace: 'kube-system', namespaceObject: kubeSystem })).toEqual(denied);
    expect(
      admit({
        operation: 'CONNECT',
        subResource: 'exec',
        namespace: 'kube-system',
        namespaceObject: kubeSystem,
      }),
    ).toEqual(denied);
    expect(
      admit({ resource: rolebindings, namespace: 'kube-system', namespaceObject: kubeSystem }),
    ).toEqual(denied);
  });

  it('refuses a namespace that only looks like a learner namespace', () => {
    const unlabelled = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'learner-x' } };
    expect(admit({ namespace: 'learner-x', namespaceObject: unlabelled })).toEqual(denied);
    const renamed = { ...learnerNs, metadata: { ...learnerNs.metadata, name: 'team-a' } };
    expect(admit({ namespace: 'team-a', namespaceObject: renamed })).toEqual(denied);
  });

  it('lets the site create and delete learner namespaces only', () => {
    expect(admit({ resource: namespaces, namespace: '', object: learnerNs })).toEqual([]);
    expect(
      admit({
        resource: namespaces,
        operation: 'DELETE',
        namespace: '',
        object: null,
        oldObject: learnerNs,
      }),
    ).toEqual([]);
    expect(admit({ resource: namespaces, namespace: '', object: kubeSystem })).toEqual(denied);
    expect(
      admit({
        resource: namespaces,
        operation: 'DELETE',
        namespace: '',
        object: null,
        oldObject: kubeSystem,
      }),
    ).toEqual(denied);
  });

  it('leaves every other identity alone', () => {
    expect(admit({ username: 'kubernetes-admin', namespaceObject: kubeSystem })).toEqual([]);
  });

  it("binds everywhere (no namespace selector) and names the site's own user", () => {
    expect(binding.spec).toEqual({
      policyName: 'workshop-site-scope',
      validationActions: ['Deny'],
    });
    expect(JSON.stringify(policy)).toContain(`request.userInfo.username == '${siteUser}'`);
  });
});
