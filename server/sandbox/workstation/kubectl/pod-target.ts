/**
 * Finding the pod and container that `exec` and `logs` act on: `POD`, `pod/POD`, or a workload
 * (`deploy/NAME`) whose first pod is taken, plus kubectl's default-container rule.
 */
import { getObject, listObjects } from '@/server/cluster/objects';
import type { ClusterObject } from '@/server/cluster/types';
import type { KubectlContext } from './context';
import { isNotFound, KubectlError } from './errors';
import { addressOf } from './resources';

type Pod = ClusterObject & {
  spec?: { containers?: { name: string }[] };
  status?: { phase?: string };
};

/** Resolves `NAME` or `TYPE/NAME` to a pod object. */
export async function findPod(
  ctx: KubectlContext,
  arg: string,
  verb: 'exec' | 'logs',
): Promise<Pod> {
  const slash = arg.indexOf('/');
  const type = slash === -1 ? 'pods' : arg.slice(0, slash);
  const name = slash === -1 ? arg : arg.slice(slash + 1);
  const resource = await ctx.resource(type);
  if (resource.resource === 'pods') {
    try {
      return (await getObject(ctx.connection, addressOf(resource, ctx.namespace, name))) as Pod;
    } catch (error) {
      // kubectl logs words a missing pod its own way.
      if (verb === 'logs' && isNotFound(error)) {
        throw new KubectlError(
          `error: error from server (NotFound): pods "${name}" not found in namespace "${ctx.namespace}"`,
        );
      }
      throw error;
    }
  }
  const owner = await getObject(ctx.connection, addressOf(resource, ctx.namespace, name));
  const selector = (
    owner.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined
  )?.selector;
  const labels = Object.entries(selector?.matchLabels ?? {});
  if (labels.length === 0) {
    throw new KubectlError(
      `error: cannot ${verb} into ${resource.resource} "${name}": it has no pod selector`,
    );
  }
  const pods = await listObjects(
    ctx.connection,
    addressOf(await ctx.resource('pods'), ctx.namespace),
    {
      labelSelector: labels.map(([k, v]) => `${k}=${v}`).join(','),
    },
  );
  const active = (pods.items as Pod[]).filter((p) => !p.metadata?.deletionTimestamp);
  const chosen = active[0] ?? (pods.items[0] as Pod | undefined);
  if (!chosen) throw new KubectlError(`error: timed out waiting for the condition`);
  if (verb === 'logs' && pods.items.length > 1) {
    ctx.err(`Found ${pods.items.length} pods, using pod/${chosen.metadata?.name}\n`);
  }
  return chosen;
}

/** The container to use: `-c`, the default-container annotation, or the first one. */
export function chooseContainer(
  ctx: KubectlContext,
  pod: Pod,
  requested: string | undefined,
  verb: 'exec' | 'logs',
): string {
  const containers = pod.spec?.containers ?? [];
  const podName = pod.metadata?.name ?? '';
  if (requested) {
    if (!containers.some((c) => c.name === requested)) {
      // exec reports the API server's refusal; logs checks the pod spec itself first.
      const prefix = verb === 'exec' ? 'Error from server (BadRequest):' : 'error:';
      throw new KubectlError(`${prefix} container ${requested} is not valid for pod ${podName}`);
    }
    return requested;
  }
  const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && containers.some((c) => c.name === annotated)) return annotated;
  const first = containers[0]?.name;
  if (!first) throw new KubectlError(`error: pod ${podName} does not have a container`);
  if (containers.length > 1) {
    ctx.err(`Defaulted container "${first}" out of: ${containers.map((c) => c.name).join(', ')}\n`);
  }
  return first;
}
