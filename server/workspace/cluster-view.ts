/**
 * The read-only view checks get of a learner's namespace on a real cluster. The lesson's namespace
 * (`cfostest`) means the learner's own; any other namespace is outside the learner's space and
 * reads as empty, so a check can never look into another learner's work.
 */
import type { ClusterConnection } from '@/server/cluster/connection';
import { execInContainer } from '@/server/cluster/exec-stream';
import { listObjects } from '@/server/cluster/objects';
import { findKindResource, findObject } from '@/server/cluster/provision-apply';
import type { ClusterView, ExecOutcome, KubeObject } from '@/server/checks/types';
import { LESSON_NAMESPACE } from './cluster-commands';

export function createWorkspaceClusterView(
  connection: ClusterConnection,
  learnerNamespace: string,
  lessonNamespace = LESSON_NAMESPACE,
): ClusterView {
  /** The namespace to read, or null when the request points outside the learner's space. */
  const translate = (namespace: string | undefined): string | null => {
    if (namespace === undefined || namespace === lessonNamespace) return learnerNamespace;
    return namespace === learnerNamespace ? learnerNamespace : null;
  };
  const resourceOf = (apiVersion: string, kind: string) => {
    const found = findKindResource(apiVersion, kind);
    if (!found)
      throw new Error(`the server doesn't have a resource type "${kind}" in ${apiVersion}`);
    return found;
  };

  return {
    async get(apiVersion, kind, name, namespace) {
      const r = resourceOf(apiVersion, kind);
      if (kind === 'Namespace') {
        const target = translate(name);
        if (!target) return null;
        return (await findObject(connection, { ...r, name: target })) ?? null;
      }
      if (!r.namespaced) return (await findObject(connection, { ...r, name })) ?? null;
      const ns = translate(namespace);
      if (!ns) return null;
      return ((await findObject(connection, { ...r, namespace: ns, name })) as KubeObject) ?? null;
    },

    async list(apiVersion, kind, options = {}) {
      const r = resourceOf(apiVersion, kind);
      const ns = r.namespaced ? translate(options.namespace) : undefined;
      if (r.namespaced && !ns) return [];
      const list = await listObjects(
        connection,
        { ...r, namespace: ns ?? undefined },
        { labelSelector: options.labelSelector },
      );
      return list.items;
    },

    async exec(namespace, pod, container, command): Promise<ExecOutcome> {
      const ns = translate(namespace);
      if (!ns) {
        return {
          stdout: '',
          stderr: `Error from server (Forbidden): namespace "${namespace}" is outside your workspace\n`,
          exitCode: 1,
        };
      }
      const decoder = { stdout: new TextDecoder(), stderr: new TextDecoder() };
      const out = { stdout: '', stderr: '' };
      try {
        const exitCode = await execInContainer(
          connection,
          { namespace: ns, pod, container, command, tty: false },
          {
            stdin: null,
            write(stream, data) {
              out[stream] += decoder[stream].decode(data, { stream: true });
            },
          },
        );
        return { ...out, exitCode };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { stdout: out.stdout, stderr: `${out.stderr}${message}\n`, exitCode: 1 };
      }
    },
  };
}
