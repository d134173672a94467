/**
 * The instructor dashboard's data, as the server sends it to the page and over the live stream.
 * Plain JSON (times are ISO strings) so the same shapes cross the server/browser line unchanged.
 */

/** One task of the workshop, in course order. `key` is `<lesson>#<taskId>`. */
export type DashboardTask = {
  key: string;
  lesson: string;
  taskId: string;
  title: string;
  lessonTitle: string;
};

export type CellStatus = 'not-started' | 'opened' | 'failing' | 'passed';

/** One learner on one task. */
export type DashboardCell = {
  status: CellStatus;
  /** Check presses (or quiz answers) on this task. */
  attempts: number;
  /** Failed presses; on a task not yet passed every press failed. */
  failedAttempts: number;
  /** Name of the first failing step of the latest failed check, if any. */
  failingStep: string | null;
  /** Time the page reported the task on screen. */
  timeOnTaskMs: number;
  firstOpenedAt: string | null;
  completedAt: string | null;
  lastAttemptAt: string | null;
};

export type DashboardLearner = {
  learnerId: string;
  displayName: string;
  joinedAt: string;
  lastSeenAt: string;
  /** Cells by task key; a task the learner never touched has no entry. */
  cells: Record<string, DashboardCell>;
};

export type DashboardSnapshot = {
  generatedAt: string;
  tasks: DashboardTask[];
  learners: DashboardLearner[];
};

/** What the live stream sends: learners whose row changed, in full. */
export type DashboardUpdate = { learners: DashboardLearner[] };

export function taskKeyOf(lesson: string, taskId: string): string {
  return `${lesson}#${taskId}`;
}

export const EMPTY_CELL: DashboardCell = {
  status: 'not-started',
  attempts: 0,
  failedAttempts: 0,
  failingStep: null,
  timeOnTaskMs: 0,
  firstOpenedAt: null,
  completedAt: null,
  lastAttemptAt: null,
};
