/**
 * A task's goal for the learner's space: the cluster-mode wording (with their namespace) when the
 * lesson has one and the learner works in a namespace of a shared cluster, else the goal as written.
 */
import type { WorkspaceSummary } from '@/server/workspace/cluster-commands-summary';

export function goalForWorkspace(
  task: { goal: string; clusterGoal?: string },
  workspace: WorkspaceSummary,
): string {
  if (workspace.mode !== 'cluster' || !task.clusterGoal) return task.goal;
  return task.clusterGoal.replaceAll('{namespace}', workspace.namespace);
}
