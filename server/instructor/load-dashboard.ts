/**
 * Reads the dashboard from the database: every learner (or only some, for live updates) with one
 * cell per task they touched. Four set-based queries whatever the number of learners, so the
 * first render with hundreds of learners costs a few milliseconds, not one query per learner.
 */
import type { WorkshopDb } from '@/server/progress/db';
import {
  EMPTY_CELL,
  taskKeyOf,
  type DashboardCell,
  type DashboardLearner,
  type DashboardSnapshot,
  type DashboardTask,
} from './dashboard-types';

export type LoadOptions = {
  tasks: DashboardTask[];
  /** Only these learners (live updates); all learners when absent. */
  learnerIds?: string[];
  now?: Date;
};

export async function loadDashboardSnapshot(
  db: WorkshopDb,
  options: LoadOptions,
): Promise<DashboardSnapshot> {
  const generatedAt = (options.now ?? new Date()).toISOString();
  const ids = options.learnerIds;
  if (ids && ids.length === 0) return { generatedAt, tasks: options.tasks, learners: [] };

  let learnersQuery = db
    .selectFrom('learners')
    .select(['id', 'display_name', 'created_at', 'last_seen_at'])
    .orderBy('created_at')
    .orderBy('id');
  let progressQuery = db.selectFrom('task_progress').selectAll();
  let quizQuery = db.selectFrom('quiz_answers').selectAll();
  let countsQuery = db
    .selectFrom('check_attempts')
    .select((eb) => [
      'learner_id',
      'lesson',
      'task_id',
      eb.fn.countAll<string | number>().as('attempts'),
      eb.fn
        .sum<string | number>(eb.case().when('passed', '=', 0).then(1).else(0).end())
        .as('failed'),
      eb.fn.max('id').as('latest_id'),
    ])
    .groupBy(['learner_id', 'lesson', 'task_id']);
  if (ids) {
    learnersQuery = learnersQuery.where('id', 'in', ids);
    progressQuery = progressQuery.where('learner_id', 'in', ids);
    quizQuery = quizQuery.where('learner_id', 'in', ids);
    countsQuery = countsQuery.where('learner_id', 'in', ids);
  }

  const [learners, progress, quizzes, counts] = await Promise.all([
    learnersQuery.execute(),
    progressQuery.execute(),
    quizQuery.execute(),
    countsQuery.execute(),
  ]);
  const latestIds = counts.map((c) => Number(c.latest_id));
  const latest = await loadLatestAttempts(db, latestIds);

  const byLearner = new Map<string, DashboardLearner>();
  for (const l of learners) {
    byLearner.set(l.id, {
      learnerId: l.id,
      displayName: l.display_name,
      joinedAt: l.created_at,
      lastSeenAt: l.last_seen_at,
      cells: {},
    });
  }
  const cellOf = (learnerId: string, lesson: string, taskId: string) => {
    const learner = byLearner.get(learnerId);
    if (!learner) return undefined;
    const key = taskKeyOf(lesson, taskId);
    learner.cells[key] ??= { ...EMPTY_CELL };
    return learner.cells[key];
  };

  for (const p of progress) {
    const cell = cellOf(p.learner_id, p.lesson, p.task_id);
    if (!cell) continue;
    cell.status = p.status === 'completed' ? 'passed' : 'opened';
    cell.timeOnTaskMs = Number(p.time_on_task_ms);
    cell.firstOpenedAt = p.first_opened_at;
    cell.completedAt = p.completed_at;
  }
  for (const c of counts) {
    const cell = cellOf(c.learner_id, c.lesson, c.task_id);
    if (!cell) continue;
    const last = latest.get(Number(c.latest_id));
    cell.attempts = Number(c.attempts);
    cell.failedAttempts = Number(c.failed);
    cell.lastAttemptAt = last?.created_at ?? null;
    if (cell.status !== 'passed') {
      cell.failingStep = last?.failing_step ?? null;
      if (cell.failedAttempts > 0) cell.status = 'failing';
    }
  }
  for (const q of quizzes) {
    // A quiz whose id is a task's id (the lab's Q&A) is that task's check.
    const cell = cellOf(q.learner_id, q.lesson, q.quiz_id);
    if (!cell) continue;
    applyQuizAnswer(cell, {
      correct: Number(q.correct) === 1,
      attempts: Number(q.attempts),
      at: q.answered_at,
    });
  }

  return { generatedAt, tasks: options.tasks, learners: [...byLearner.values()] };
}

function applyQuizAnswer(
  cell: DashboardCell,
  quiz: { correct: boolean; attempts: number; at: string },
) {
  cell.attempts += quiz.attempts;
  // Only the latest answer is kept: answers before a correct one were wrong.
  cell.failedAttempts += quiz.correct ? quiz.attempts - 1 : quiz.attempts;
  cell.lastAttemptAt = maxIso(cell.lastAttemptAt, quiz.at);
  cell.firstOpenedAt ??= quiz.at;
  if (quiz.correct) {
    cell.status = 'passed';
    cell.completedAt ??= quiz.at;
    cell.failingStep = null;
  } else if (cell.status !== 'passed') {
    cell.status = 'failing';
    cell.failingStep = 'answer';
  }
}

function maxIso(a: string | null, b: string): string {
  return a !== null && a > b ? a : b;
}

/** SQLite allows 32766 parameters per statement; chunks keep large classes well inside that. */
const CHUNK = 5000;

async function loadLatestAttempts(db: WorkshopDb, ids: number[]) {
  const found = new Map<number, { failing_step: string | null; created_at: string }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('check_attempts')
      .select(['id', 'failing_step', 'created_at'])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.set(Number(r.id), r);
  }
  return found;
}
