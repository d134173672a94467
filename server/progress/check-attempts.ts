/**
 * Check attempts: every press of Check is stored with its steps, and the task's progress row is
 * updated in the same transaction (attempt count, completion on the first pass).
 */
import { sql } from 'kysely';
import type { WorkshopDb } from './db';
import { publishProgressEvent } from './progress-events';
import { toCheckAttempt } from './rows';
import type { CheckAttempt, CheckStepRecord } from './types';

export type NewCheckAttempt = {
  learnerId: string;
  lesson: string;
  taskId: string;
  passed: boolean;
  /** Name of the first failing step; by default the first step that is not ok. */
  failingStep?: string | null;
  steps: CheckStepRecord[];
  durationMs: number;
};

export async function recordCheckAttempt(
  db: WorkshopDb,
  input: NewCheckAttempt,
  now: Date = new Date(),
): Promise<CheckAttempt> {
  const at = now.toISOString();
  const attempt = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('check_attempts')
      .values({
        learner_id: input.learnerId,
        lesson: input.lesson,
        task_id: input.taskId,
        passed: input.passed ? 1 : 0,
        failing_step: input.passed ? null : (input.failingStep ?? firstFailingStep(input.steps)),
        steps_json: JSON.stringify(input.steps),
        duration_ms: Math.max(0, Math.round(input.durationMs)),
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    const status = input.passed ? 'completed' : 'in_progress';
    await trx
      .insertInto('task_progress')
      .values({
        learner_id: input.learnerId,
        lesson: input.lesson,
        task_id: input.taskId,
        status,
        first_opened_at: at,
        completed_at: input.passed ? at : null,
        time_on_task_ms: 0,
        attempts: 1,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['learner_id', 'lesson', 'task_id']).doUpdateSet({
          attempts: sql<number>`task_progress.attempts + 1`,
          // Once completed, a later failing attempt (the learner broke it again) keeps the tick.
          status: sql<
            'in_progress' | 'completed'
          >`case when task_progress.status = 'completed' then 'completed' else excluded.status end`,
          completed_at: sql<string>`coalesce(task_progress.completed_at, excluded.completed_at)`,
          first_opened_at: sql<string>`coalesce(task_progress.first_opened_at, excluded.first_opened_at)`,
          updated_at: at,
        }),
      )
      .execute();
    return toCheckAttempt(row);
  });
  publishProgressEvent({ type: 'check-attempt', attempt });
  return attempt;
}

function firstFailingStep(steps: CheckStepRecord[]): string | null {
  return steps.find((s) => !s.ok)?.name ?? null;
}

export async function listCheckAttempts(
  db: WorkshopDb,
  learnerId: string,
  filter: { lesson?: string; taskId?: string; limit?: number } = {},
): Promise<CheckAttempt[]> {
  let query = db
    .selectFrom('check_attempts')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 100);
  if (filter.lesson) query = query.where('lesson', '=', filter.lesson);
  if (filter.taskId) query = query.where('task_id', '=', filter.taskId);
  return (await query.execute()).map(toCheckAttempt);
}
