/**
 * A read-only view of one learner's space for the check engine, over the generic cluster client.
 * Checks speak in lesson names (namespace `cfostest`); `namespaceFor` maps those to where the
 * learner's objects really are (itself in the sandbox, the learner's namespace on a real cluster).
 */
import type { ClusterView, ExecOutcome, KubeObject } from '../checks/types';
import type { ClusterConnection } from './connection';
import { execInContainer } from './exec-stream';
import { getObject, listObjects } from './objects';
import { ClusterApiError, type ResourceAddress } from './types';

/** The kinds checks read, and where each lives in the API. */
const RESOURCES: Record<string, { resource: string; namespaced: boolean }> = {
  Namespace: { resource: 'namespaces', namespaced: false },
  Pod: { resource: 'pods', namespaced: true },
  Secret: { resource: 'secrets', namespaced: true },
  ServiceAccount: { resource: 'serviceaccounts', namespaced: true },
  ConfigMap: { resource: 'configmaps', namespaced: true },
  Deployment: { resource: 'deployments', namespaced: true },
  ReplicaSet: { resource: 'replicasets', namespaced: true },
  ClusterRole: { resource: 'clusterroles', namespaced: false },
  ClusterRoleBinding: { resource: 'clusterrolebindings', namespaced: false },
  Role: { resource: 'roles', namespaced: true },
  RoleBinding: { resource: 'rolebindings', namespaced: true },
};

const MAX_EXEC_OUTPUT = 64 * 1024;

export type ClusterViewOptions = {
  /** Maps a lesson namespace to the learner's real one; identity by default. */
  namespaceFor?: (lessonNamespace: string) => string;
};

function address(
  apiVersion: string,
  kind: string,
  namespace?: string,
  name?: string,
): ResourceAddress {
  const known = RESOURCES[kind];
  if (!known) throw new Error(`checks cannot read kind ${kind}`);
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return {
    group: group ?? '',
    version: version ?? 'v1',
    resource: known.resource,
    namespace: known.namespaced ? namespace : undefined,
    name,
  };
}

export function createClusterView(
  connection: ClusterConnection,
  options: ClusterViewOptions = {},
): ClusterView {
  const mapNs = options.namespaceFor ?? ((ns: string) => ns);
  return {
    async get(apiVersion, kind, name, namespace) {
      try {
        const ns = namespace === undefined ? undefined : mapNs(namespace);
        const lessonName = kind === 'Namespace' ? mapNs(name) : name;
        return (await getObject(
          connection,
          address(apiVersion, kind, ns, lessonName),
        )) as KubeObject;
      } catch (error) {
        if (error instanceof ClusterApiError && error.code === 404) return null;
        throw error;
      }
    },
    async list(apiVersion, kind, opts = {}) {
      const ns = opts.namespace === undefined ? undefined : mapNs(opts.namespace);
      const list = await listObjects(connection, address(apiVersion, kind, ns), {
        labelSelector: opts.labelSelector,
      });
      return list.items as KubeObject[];
    },
    async exec(namespace, pod, container, command): Promise<ExecOutcome> {
      const decoder = { stdout: new TextDecoder(), stderr: new TextDecoder() };
      const out = { stdout: '', stderr: '' };
      const exitCode = await execInContainer(
        connection,
        { namespace: mapNs(namespace), pod, container, command, tty: false },
        {
          stdin: null,
          write(stream, data) {
            // A check reads a few lines; anything past the cap is dropped, not buffered.
            if (out[stream].length < MAX_EXEC_OUTPUT) out[stream] += decoder[stream].decode(data);
          },
        },
      );
      return { ...out, exitCode };
    },
  };
}
