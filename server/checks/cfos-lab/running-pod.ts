/** Finds the cFOS pod a learner would exec into: the newest running, non-terminating one. */
import type { ClusterView, ExecOutcome, KubeObject } from '../types';
import { IPTABLES_COMMAND, LAB_NAMESPACE, POD_LABEL } from './constants';

type PodLike = KubeObject & {
  metadata?: { name?: string; creationTimestamp?: string; deletionTimestamp?: string };
  spec?: { containers?: { name?: string }[] };
  status?: { phase?: string };
};

export async function findRunningCfosPod(cluster: ClusterView): Promise<PodLike | undefined> {
  const pods = (await cluster.list('v1', 'Pod', {
    namespace: LAB_NAMESPACE,
    labelSelector: POD_LABEL,
  })) as PodLike[];
  return pods
    .filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
    .sort((a, b) =>
      (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''),
    )[0];
}

/** Runs the lab's iptables command in the pod, as `kubectl exec` would. */
export async function runIptables(cluster: ClusterView, pod: PodLike): Promise<ExecOutcome> {
  const container = pod.spec?.containers?.[0]?.name ?? '';
  return cluster.exec(LAB_NAMESPACE, pod.metadata?.name ?? '', container, IPTABLES_COMMAND);
}

export function firstLine(outcome: ExecOutcome): string {
  const text = `${outcome.stderr}\n${outcome.stdout}`.trim();
  return text.split('\n')[0] ?? '';
}
