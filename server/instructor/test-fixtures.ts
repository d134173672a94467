/** Test helper: learners and attempts written through the real repositories, at chosen times. */
import { randomUUID } from 'node:crypto';
import { recordCheckAttempt } from '@/server/progress/check-attempts';
import type { WorkshopDb } from '@/server/progress/db';
import { createLearner } from '@/server/progress/learners';
import { taskKeyOf, type DashboardTask } from './dashboard-types';

export const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';

export const testTasks: DashboardTask[] = ['prepare', 'deploy-net-raw', 'qa-privileged'].map(
  (taskId) => ({
    key: taskKeyOf(LAB, taskId),
    lesson: LAB,
    taskId,
    title: `Task ${taskId}`,
    lessonTitle: 'Lab',
  }),
);

export function addLearner(db: WorkshopDb, displayName: string, at: Date) {
  return createLearner(db, { displayName, eventCode: null, resumeCodeHash: randomUUID() }, at);
}

export function addAttempt(
  db: WorkshopDb,
  learnerId: string,
  taskId: string,
  outcome: { passed: boolean; failingStep?: string; hint?: string },
  at: Date,
) {
  const step = outcome.failingStep ?? 'namespace';
  return recordCheckAttempt(
    db,
    {
      learnerId,
      lesson: LAB,
      taskId,
      passed: outcome.passed,
      steps: [{ name: step, ok: outcome.passed, hint: outcome.hint }],
      durationMs: 12,
    },
    at,
  );
}

export function minutesAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}
