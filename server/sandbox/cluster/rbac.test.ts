import { describe, expect, it } from 'vitest';
import { ObjectStore } from '../store/object-store';
import { resource } from '../store/resources';
import { authorize, forbiddenMessage, userFromName } from './rbac';

const SA = userFromName('system:serviceaccount:cfostest:cfos-serviceaccount');

function storeWithLabBindings() {
  const store = new ObjectStore();
  store.create(resource('clusterroles.rbac.authorization.k8s.io'), {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'configmap-reader' },
    rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'watch', 'list'] }],
  });
  // As in the lesson: a RoleBinding whose ServiceAccount subject names no namespace.
  store.create(resource('rolebindings.rbac.authorization.k8s.io'), {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'read-configmaps', namespace: 'cfostest' },
    subjects: [{ kind: 'ServiceAccount', name: 'cfos-serviceaccount' }],
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'configmap-reader',
    },
  });
  return store;
}

describe('RBAC', () => {
  it('allows what a bound role grants, in the binding namespace only', () => {
    const store = storeWithLabBindings();
    const read = { verb: 'list', group: '', resource: 'configmaps', namespace: 'cfostest' };
    expect(authorize(store, SA, read).allowed).toBe(true);
    expect(authorize(store, SA, { ...read, namespace: 'default' }).allowed).toBe(false);
    expect(authorize(store, SA, { ...read, verb: 'delete' }).allowed).toBe(false);
    expect(authorize(store, SA, { ...read, resource: 'secrets' }).allowed).toBe(false);
    expect(authorize(store, userFromName('jane'), read).allowed).toBe(false);
  });

  it('honours resourceNames, groups, subresources and the built-in cluster roles', () => {
    const store = new ObjectStore();
    store.create(resource('roles.rbac.authorization.k8s.io'), {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'one-pod', namespace: 'lab' },
      rules: [
        {
          apiGroups: [''],
          resources: ['pods', 'pods/exec'],
          resourceNames: ['web'],
          verbs: ['get', 'create'],
        },
      ],
    });
    store.create(resource('rolebindings.rbac.authorization.k8s.io'), {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'devs', namespace: 'lab' },
      subjects: [{ kind: 'Group', name: 'devs', apiGroup: 'rbac.authorization.k8s.io' }],
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'one-pod' },
    });
    store.create(resource('clusterrolebindings.rbac.authorization.k8s.io'), {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'auditors' },
      subjects: [{ kind: 'User', name: 'audit', apiGroup: 'rbac.authorization.k8s.io' }],
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    });
    const dev = userFromName('sam', ['devs']);
    const pod = { verb: 'get', group: '', resource: 'pods', namespace: 'lab', name: 'web' };
    expect(authorize(store, dev, pod).allowed).toBe(true);
    expect(authorize(store, dev, { ...pod, name: 'db' }).allowed).toBe(false);
    expect(authorize(store, dev, { ...pod, name: undefined, verb: 'list' }).allowed).toBe(false);
    expect(authorize(store, dev, { ...pod, verb: 'create', subresource: 'exec' }).allowed).toBe(
      true,
    );
    const audit = userFromName('audit');
    expect(
      authorize(store, audit, {
        verb: 'list',
        group: 'apps',
        resource: 'deployments',
        namespace: 'x',
      }).allowed,
    ).toBe(true);
    expect(
      authorize(store, audit, {
        verb: 'delete',
        group: 'apps',
        resource: 'deployments',
        namespace: 'x',
      }).allowed,
    ).toBe(false);
  });

  it("words a refusal like the API server's authorizer", () => {
    expect(
      forbiddenMessage(SA, { verb: 'list', group: '', resource: 'pods', namespace: 'cfostest' }),
    ).toBe(
      'pods is forbidden: User "system:serviceaccount:cfostest:cfos-serviceaccount" cannot list resource "pods" in API group "" in the namespace "cfostest"',
    );
    expect(
      forbiddenMessage(SA, {
        verb: 'get',
        group: 'rbac.authorization.k8s.io',
        resource: 'clusterroles',
        name: 'x',
      }),
    ).toBe(
      'clusterroles.rbac.authorization.k8s.io "x" is forbidden: User "system:serviceaccount:cfostest:cfos-serviceaccount" cannot get resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope',
    );
  });
});
