/**
 * Task progress outside of checks: when the learner first opened a task, and time spent on it
 * (added in bounded slices by the page while the task is on screen).
 */
import { sql } from 'kysely';
import type { WorkshopDb } from './db';
import { publishProgressEvent } from './progress-events';
import { toTaskProgress } from './rows';
import type { TaskProgress } from './types';

export type TaskRef = { learnerId: string; lesson: string; taskId: string };

/** The largest slice of time one report may add; a stuck or hostile client cannot add hours. */
export const MAX_TIME_SLICE_MS = 5 * 60 * 1000;

/** Returns true the first time this learner opens this task. */
export async function recordTaskOpened(
  db: WorkshopDb,
  ref: TaskRef,
  now: Date = new Date(),
): Promise<boolean> {
  const at = now.toISOString();
  // Every insert path sets first_opened_at, so an existing row already knows when it was opened.
  const [result] = await db
    .insertInto('task_progress')
    .values({
      learner_id: ref.learnerId,
      lesson: ref.lesson,
      task_id: ref.taskId,
      status: 'in_progress',
      first_opened_at: at,
      completed_at: null,
      time_on_task_ms: 0,
      attempts: 0,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['learner_id', 'lesson', 'task_id']).doNothing())
    .execute();
  const opened = (result?.numInsertedOrUpdatedRows ?? 0n) > 0n;
  if (opened) publishProgressEvent({ type: 'task-opened', ...ref, at: now });
  return opened;
}

export async function addTimeOnTask(
  db: WorkshopDb,
  ref: TaskRef & { ms: number },
  now: Date = new Date(),
) {
  if (!Number.isFinite(ref.ms) || ref.ms < 0) {
    throw new RangeError(
      `time on task must be a non-negative number of milliseconds, got ${ref.ms}`,
    );
  }
  const ms = Math.min(Math.round(ref.ms), MAX_TIME_SLICE_MS);
  const at = now.toISOString();
  await db
    .insertInto('task_progress')
    .values({
      learner_id: ref.learnerId,
      lesson: ref.lesson,
      task_id: ref.taskId,
      status: 'in_progress',
      first_opened_at: at,
      completed_at: null,
      time_on_task_ms: ms,
      attempts: 0,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['learner_id', 'lesson', 'task_id']).doUpdateSet({
        time_on_task_ms: sql<number>`task_progress.time_on_task_ms + ${ms}`,
        updated_at: at,
      }),
    )
    .execute();
}

export async function listTaskProgress(db: WorkshopDb, learnerId: string): Promise<TaskProgress[]> {
  const rows = await db
    .selectFrom('task_progress')
    .selectAll()
    .where('learner_id', '=', learnerId)
    .orderBy('lesson')
    .orderBy('task_id')
    .execute();
  return rows.map(toTaskProgress);
}
