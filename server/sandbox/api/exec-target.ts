/**
 * Resolves what an exec request names: the pod, the container (the default one when none is
 * given) and the command, refusing with the API server's wording when something is missing.
 */
import type { Cluster } from '../cluster/cluster';
import type { KubeObject } from '../runtime/process';
import { resource } from '../store/resources';
import { StatusError, badRequest } from '../store/status-error';

export type ExecTarget = {
  pod: KubeObject;
  container: string;
  command: string[];
  tty: boolean;
  stdin: boolean;
};

const PODS = resource('pods');

export function resolveExecTarget(
  cluster: Cluster,
  namespace: string,
  name: string,
  query: URLSearchParams,
): ExecTarget {
  const pod = cluster.store.mustGet(PODS, namespace, name);
  const containers = ((pod.spec as { containers?: { name: string }[] }).containers ?? []).map(
    (c) => c.name,
  );
  let container = query.get('container') ?? '';
  if (!container) {
    const preferred = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
    if (preferred && containers.includes(preferred)) container = preferred;
    else if (containers.length === 1) container = containers[0]!;
    else {
      throw badRequest(
        `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`,
      );
    }
  }
  if (!containers.includes(container)) {
    throw badRequest(`container ${container} is not valid for pod ${name}`);
  }
  const command = query.getAll('command');
  if (command.length === 0)
    throw badRequest('you must specify at least one command for the container');
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    throw badRequest(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  }
  const statuses =
    (
      pod.status as
        { containerStatuses?: { name: string; state?: { running?: unknown } }[] } | undefined
    )?.containerStatuses ?? [];
  if (!statuses.find((s) => s.name === container)?.state?.running) {
    throw new StatusError(
      400,
      'BadRequest',
      `unable to upgrade connection: container not found ("${container}")`,
    );
  }
  const flag = (key: string) => ['true', '1'].includes(query.get(key) ?? '');
  return { pod, container, command, tty: flag('tty'), stdin: flag('stdin') };
}
