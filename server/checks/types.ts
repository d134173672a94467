/**
 * Types of the check engine. A check is a function over a read-only view of the learner's space;
 * it returns steps a learner can read: what was expected, what was found, and a hint.
 */

/** A Kubernetes object as plain JSON. */
export type KubeObject = {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
};

export type ExecOutcome = { stdout: string; stderr: string; exitCode: number };

/**
 * What a check may see of a learner's space. Read-only on purpose: a check never changes the
 * learner's work. Lesson namespaces are translated by the implementation (on a real cluster the
 * lesson's `cfostest` is the learner's own namespace).
 */
export interface ClusterView {
  get(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): Promise<KubeObject | null>;
  list(
    apiVersion: string,
    kind: string,
    options?: { namespace?: string; labelSelector?: string },
  ): Promise<KubeObject[]>;
  exec(namespace: string, pod: string, container: string, command: string[]): Promise<ExecOutcome>;
}

/** Facts about the learner that are not in the cluster (their quiz answers). */
export interface LearnerFacts {
  quizAnswer(quizId: string): Promise<string | null>;
  /** Whether a check of this task (in the same lesson) has passed before. */
  hasCompleted(taskId: string): Promise<boolean>;
}

export type CheckStep = {
  name: string;
  ok: boolean;
  expected: string;
  actual: string;
  /** Shown only when the step failed: what to do next. */
  hint?: string;
};

export type CheckResult = {
  checkId: string;
  passed: boolean;
  steps: CheckStep[];
  durationMs: number;
};

export type CheckContext = {
  cluster: ClusterView;
  learner: LearnerFacts;
  /**
   * What backs the learner's space: a private sandbox cluster (the default when absent), or one
   * namespace of a shared real cluster, where learners cannot create or delete namespaces or
   * cluster-wide objects, so a check asks only for what they can do there.
   */
  mode?: 'sandbox' | 'cluster';
};

export type CheckDefinition = {
  id: string;
  title: string;
  run(context: CheckContext): Promise<CheckStep[]>;
};
