/**
 * The signed-in learner's completed tasks, read from the server (`GET /api/me`) once per page and
 * again whenever a check on the page passes. Browser-only; no React here so it is easy to test.
 */
import { loadMeAnswer } from './me-answer';

export const CHECK_PASSED_EVENT = 'workshop:check-passed';

type MeAnswer = { progress?: { tasks?: { lesson: string; taskId: string; status: string }[] } };

/** `<chapter>/<lesson>` → ids of its completed tasks. */
export type CompletedTasks = Map<string, Set<string>>;

export function readCompletedTasks(answer: unknown): CompletedTasks {
  const completed: CompletedTasks = new Map();
  for (const task of (answer as MeAnswer | null)?.progress?.tasks ?? []) {
    if (task.status !== 'completed') continue;
    const set = completed.get(task.lesson) ?? new Set<string>();
    set.add(task.taskId);
    completed.set(task.lesson, set);
  }
  return completed;
}

/** Completed tasks; an empty map for a reader who has not joined (or when offline). */
export function loadCompletedTasks(fresh = false): Promise<CompletedTasks> {
  return loadMeAnswer(fresh)
    .then(readCompletedTasks)
    .catch(() => new Map());
}

/** Tells progress marks on the page that a task has just been completed. */
export function announceCheckPassed() {
  window.dispatchEvent(new Event(CHECK_PASSED_EVENT));
}
