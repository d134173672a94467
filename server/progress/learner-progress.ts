/**
 * Progress views: one learner's own (sidebar ticks, chapter overview) and every learner's at a
 * glance for the instructor.
 */
import type { WorkshopDb } from './db';
import { listQuizAnswers } from './quiz-answers';
import { toCheckAttempt, toDate, toTaskProgress } from './rows';
import { listTaskProgress } from './task-progress';
import type { CheckAttempt, LearnerProgress, TaskProgress } from './types';

export async function listLearnerProgress(
  db: WorkshopDb,
  learnerId: string,
): Promise<LearnerProgress> {
  const [tasks, quizzes, lastAttempts] = await Promise.all([
    listTaskProgress(db, learnerId),
    listQuizAnswers(db, learnerId),
    listLatestAttempts(db, [learnerId]),
  ]);
  return { tasks, quizzes, lastAttempts };
}

/** The latest check attempt for each (learner, lesson, task). */
async function listLatestAttempts(db: WorkshopDb, learnerIds: string[]): Promise<CheckAttempt[]> {
  if (learnerIds.length === 0) return [];
  const latest = db
    .selectFrom('check_attempts')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('learner_id', 'in', learnerIds)
    .groupBy(['learner_id', 'lesson', 'task_id']);
  const rows = await db
    .selectFrom('check_attempts')
    .selectAll()
    .where('id', 'in', latest)
    .orderBy('id')
    .execute();
  return rows.map(toCheckAttempt);
}

export type InstructorLearnerRow = {
  learnerId: string;
  displayName: string;
  joinedAt: Date;
  lastSeenAt: Date;
  completedTasks: number;
  attempts: number;
  failedAttempts: number;
  tasks: TaskProgress[];
  /** Latest attempt per task; the most recent one overall is last. */
  lastAttempts: CheckAttempt[];
};

/** Every learner with their progress, most recently active first. */
export async function listProgressForInstructor(db: WorkshopDb): Promise<InstructorLearnerRow[]> {
  const learners = await db
    .selectFrom('learners')
    .select(['id', 'display_name', 'created_at', 'last_seen_at'])
    .orderBy('last_seen_at', 'desc')
    .execute();
  const ids = learners.map((l) => l.id);
  if (ids.length === 0) return [];

  const [taskRows, counts, lastAttempts] = await Promise.all([
    db.selectFrom('task_progress').selectAll().where('learner_id', 'in', ids).execute(),
    db
      .selectFrom('check_attempts')
      .select((eb) => [
        'learner_id',
        eb.fn.countAll<string | number>().as('attempts'),
        eb.fn
          .sum<string | number>(eb.case().when('passed', '=', 0).then(1).else(0).end())
          .as('failed'),
      ])
      .where('learner_id', 'in', ids)
      .groupBy('learner_id')
      .execute(),
    listLatestAttempts(db, ids),
  ]);

  return learners.map((l) => {
    const tasks = taskRows.filter((t) => t.learner_id === l.id).map(toTaskProgress);
    const count = counts.find((c) => c.learner_id === l.id);
    return {
      learnerId: l.id,
      displayName: l.display_name,
      joinedAt: toDate(l.created_at),
      lastSeenAt: toDate(l.last_seen_at),
      completedTasks: tasks.filter((t) => t.status === 'completed').length,
      attempts: Number(count?.attempts ?? 0),
      failedAttempts: Number(count?.failed ?? 0),
      tasks,
      lastAttempts: lastAttempts.filter((a) => a.learnerId === l.id),
    };
  });
}
