/**
 * Test helper: the discovery part of a Kubernetes 1.30+ API server, for `kubectl apply
 * --dry-run=client`, which needs a server only to map each kind to its resource and scope. It
 * serves the real group-versions and resource names of the kinds the deploy manifests use, an
 * OpenAPI v2 document without definitions (so kubectl skips its own schema download), and 404 for
 * every object (nothing exists yet). Objects are validated against a schema elsewhere.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Resource = { name: string; kind: string; namespaced: boolean };

/** Real group-versions and plural names (Kubernetes 1.30+), for every kind deploy/ contains. */
const GROUPS: Record<string, Resource[]> = {
  v1: [
    { name: 'namespaces', kind: 'Namespace', namespaced: false },
    { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
    { name: 'secrets', kind: 'Secret', namespaced: true },
    { name: 'services', kind: 'Service', namespaced: true },
    { name: 'configmaps', kind: 'ConfigMap', namespaced: true },
  ],
  'apps/v1': [
    { name: 'deployments', kind: 'Deployment', namespaced: true },
    { name: 'statefulsets', kind: 'StatefulSet', namespaced: true },
  ],
  'policy/v1': [{ name: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true }],
  'networking.k8s.io/v1': [
    { name: 'ingresses', kind: 'Ingress', namespaced: true },
    { name: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true },
  ],
  'rbac.authorization.k8s.io/v1': [
    { name: 'clusterroles', kind: 'ClusterRole', namespaced: false },
    { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
    { name: 'roles', kind: 'Role', namespaced: true },
    { name: 'rolebindings', kind: 'RoleBinding', namespaced: true },
  ],
  'admissionregistration.k8s.io/v1': [
    { name: 'validatingadmissionpolicies', kind: 'ValidatingAdmissionPolicy', namespaced: false },
    {
      name: 'validatingadmissionpolicybindings',
      kind: 'ValidatingAdmissionPolicyBinding',
      namespaced: false,
    },
  ],
};

const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

function answerFor(path: string): { status: number; body: unknown } {
  if (path === '/api') return { status: 200, body: { kind: 'APIVersions', versions: ['v1'] } };
  if (path === '/apis') {
    const groups = Object.keys(GROUPS)
      .filter((gv) => gv.includes('/'))
      .map((gv) => {
        const [name, version] = gv.split('/');
        const entry = { groupVersion: gv, version };
        return { name, versions: [entry], preferredVersion: entry };
      });
    return { status: 200, body: { kind: 'APIGroupList', apiVersion: 'v1', groups } };
  }
  const gv = path === '/api/v1' ? 'v1' : path.startsWith('/apis/') ? path.slice(6) : '';
  const resources = GROUPS[gv];
  if (resources) {
    return {
      status: 200,
      body: {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: gv,
        resources: resources.map((r) => ({
          name: r.name,
          singularName: r.kind.toLowerCase(),
          namespaced: r.namespaced,
          kind: r.kind,
          verbs: VERBS,
        })),
      },
    };
  }
  return {
    status: 404,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'NotFound',
      code: 404,
      message: 'not found',
    },
  };
}

export async function startDiscoveryServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/openapi/v2') {
      // A protobuf OpenAPI document holding only `swagger: "2.0"`.
      // Go's media-type parser refuses the `…v2@v1.0+protobuf` spelling; kubectl accepts this one.
      res.writeHead(200, {
        'content-type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
      });
      res.end(Buffer.from([0x0a, 0x03, 0x32, 0x2e, 0x30]));
      return;
    }
    const { status, body } = answerFor(path);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
