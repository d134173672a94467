/**
 * One learner's story for the instructor: when they joined, opened each task, every check they
 * ran (with the step that failed and its hint) and their quiz answers, oldest first.
 */
import type { WorkshopDb } from '@/server/progress/db';
import type { CheckStepRecord } from '@/server/progress/types';

export type TimelineEntry =
  | { kind: 'joined'; at: string }
  | { kind: 'opened'; at: string; lesson: string; taskId: string }
  | {
      kind: 'check';
      at: string;
      lesson: string;
      taskId: string;
      passed: boolean;
      failingStep: string | null;
      /** The failing step's hint, as the learner saw it. */
      hint: string | null;
      durationMs: number;
    }
  | { kind: 'quiz'; at: string; lesson: string; quizId: string; correct: boolean; answer: string };

export type LearnerTimeline = {
  learnerId: string;
  displayName: string;
  entries: TimelineEntry[];
  /** True when older checks were left out to keep the answer small. */
  truncated: boolean;
};

export const TIMELINE_CHECK_LIMIT = 200;

export async function loadLearnerTimeline(
  db: WorkshopDb,
  learnerId: string,
): Promise<LearnerTimeline | undefined> {
  const learner = await db
    .selectFrom('learners')
    .select(['id', 'display_name', 'created_at'])
    .where('id', '=', learnerId)
    .executeTakeFirst();
  if (!learner) return undefined;
  const [opened, checks, quizzes] = await Promise.all([
    db
      .selectFrom('task_progress')
      .select(['lesson', 'task_id', 'first_opened_at'])
      .where('learner_id', '=', learnerId)
      .execute(),
    db
      .selectFrom('check_attempts')
      .selectAll()
      .where('learner_id', '=', learnerId)
      .orderBy('id', 'desc')
      .limit(TIMELINE_CHECK_LIMIT + 1)
      .execute(),
    db.selectFrom('quiz_answers').selectAll().where('learner_id', '=', learnerId).execute(),
  ]);

  const entries: TimelineEntry[] = [{ kind: 'joined', at: learner.created_at }];
  for (const o of opened) {
    if (o.first_opened_at) {
      entries.push({ kind: 'opened', at: o.first_opened_at, lesson: o.lesson, taskId: o.task_id });
    }
  }
  for (const c of checks.slice(0, TIMELINE_CHECK_LIMIT)) {
    const steps = parseSteps(c.steps_json);
    const failing = steps.find((s) => s.name === c.failing_step) ?? steps.find((s) => !s.ok);
    entries.push({
      kind: 'check',
      at: c.created_at,
      lesson: c.lesson,
      taskId: c.task_id,
      passed: Number(c.passed) === 1,
      failingStep: c.failing_step,
      hint: Number(c.passed) === 1 ? null : (failing?.hint ?? null),
      durationMs: Number(c.duration_ms),
    });
  }
  for (const q of quizzes) {
    entries.push({
      kind: 'quiz',
      at: q.answered_at,
      lesson: q.lesson,
      quizId: q.quiz_id,
      correct: Number(q.correct) === 1,
      answer: q.answer,
    });
  }
  // Stable sort: equal times keep the order above (joined, opened, then the check).
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    learnerId,
    displayName: learner.display_name,
    entries,
    truncated: checks.length > TIMELINE_CHECK_LIMIT,
  };
}

function parseSteps(json: string): CheckStepRecord[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as CheckStepRecord[]) : [];
  } catch {
    return [];
  }
}
