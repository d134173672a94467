/**
 * The stuck radar: learners who have failed a task's check at least three times, or have spent more
 * than ten minutes on it without passing, grouped by task and by the step their latest check
 * failed on, so the instructor sees "12 people fail at the pull secret" rather than 12 names.
 * Pure: runs on the server (broadcast to stuck learners) and in the page (live radar).
 */
import type { DashboardCell, DashboardSnapshot } from './dashboard-types';
import { measureTimeOnTask } from './time-on-task';

export const STUCK_FAILED_ATTEMPTS = 3;
export const STUCK_TIME_MS = 10 * 60 * 1000;

/** Label for learners who are stuck on time alone and have never run the check. */
export const NO_CHECK_YET = 'no check run yet';

export type StuckLearner = {
  learnerId: string;
  displayName: string;
  failedAttempts: number;
  timeOnTaskMs: number | null;
  /** Why they count as stuck, in words for the instructor. */
  reason: string;
};

export type StuckGroup = {
  taskKey: string;
  failingStep: string;
  learners: StuckLearner[];
};

export type StuckThresholds = { failedAttempts: number; timeMs: number };

const DEFAULT_THRESHOLDS: StuckThresholds = {
  failedAttempts: STUCK_FAILED_ATTEMPTS,
  timeMs: STUCK_TIME_MS,
};

/** Null when the learner is not stuck on this task, otherwise the reason. */
export function explainStuck(
  cell: DashboardCell,
  now: Date,
  thresholds: StuckThresholds = DEFAULT_THRESHOLDS,
): string | null {
  if (cell.status === 'passed' || cell.status === 'not-started') return null;
  const reasons: string[] = [];
  if (cell.failedAttempts >= thresholds.failedAttempts) {
    reasons.push(`${cell.failedAttempts} failed checks`);
  }
  const time = measureTimeOnTask(cell, now);
  if (time !== null && time > thresholds.timeMs) {
    reasons.push(`${Math.floor(time / 60_000)} min on task`);
  }
  return reasons.length > 0 ? reasons.join(', ') : null;
}

/** Groups stuck learners by task and failing step; the biggest group first. */
export function findStuckGroups(
  snapshot: DashboardSnapshot,
  now: Date,
  thresholds: StuckThresholds = DEFAULT_THRESHOLDS,
): StuckGroup[] {
  const groups = new Map<string, StuckGroup>();
  const taskOrder = new Map(snapshot.tasks.map((t, i) => [t.key, i]));
  for (const learner of snapshot.learners) {
    for (const [taskKey, cell] of Object.entries(learner.cells)) {
      const reason = explainStuck(cell, now, thresholds);
      if (!reason) continue;
      const failingStep = cell.failingStep ?? NO_CHECK_YET;
      const id = `${taskKey}\u0000${failingStep}`;
      let group = groups.get(id);
      if (!group) {
        group = { taskKey, failingStep, learners: [] };
        groups.set(id, group);
      }
      group.learners.push({
        learnerId: learner.learnerId,
        displayName: learner.displayName,
        failedAttempts: cell.failedAttempts,
        timeOnTaskMs: measureTimeOnTask(cell, now),
        reason,
      });
    }
  }
  for (const group of groups.values()) {
    group.learners.sort((a, b) => b.failedAttempts - a.failedAttempts);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.learners.length - a.learners.length ||
      (taskOrder.get(a.taskKey) ?? 0) - (taskOrder.get(b.taskKey) ?? 0) ||
      a.failingStep.localeCompare(b.failingStep),
  );
}

/** Every learner stuck on one task, whatever step they fail on. */
export function listLearnersStuckOn(
  snapshot: DashboardSnapshot,
  taskKey: string,
  now: Date,
  thresholds: StuckThresholds = DEFAULT_THRESHOLDS,
): StuckLearner[] {
  return findStuckGroups(snapshot, now, thresholds)
    .filter((g) => g.taskKey === taskKey)
    .flatMap((g) => g.learners);
}
