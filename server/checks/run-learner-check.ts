/**
 * Pressing Check, on the server: find the task's check in the lesson data, run it against the
 * learner's own space (never anything the browser sent), and store the attempt for progress.
 */
import { getLesson } from '@/content';
import type { WorkshopDb } from '../progress/db';
import { recordCheckAttempt } from '../progress/check-attempts';
import { findQuizAnswer } from '../progress/quiz-answers';
import { listTaskProgress } from '../progress/task-progress';
import type { Workspaces } from '../workspace/workspaces';
import { createCheckEngine, type CheckEngine } from './engine';
import type { CheckResult } from './types';

export class UnknownTaskError extends Error {}

const KEY = Symbol.for('workshop.check-engine');
type Holder = { [KEY]?: CheckEngine };

/** One engine per process, so "one check at a time per learner and task" holds across routes. */
export function sharedCheckEngine(): CheckEngine {
  const holder = globalThis as Holder;
  holder[KEY] ??= createCheckEngine();
  return holder[KEY];
}

export async function runLearnerCheck(input: {
  db: WorkshopDb;
  workspaces: Workspaces;
  engine?: CheckEngine;
  learnerId: string;
  /** `<chapter>/<lesson>` */
  lesson: string;
  taskId: string;
}): Promise<CheckResult> {
  const [chapterSlug = '', lessonSlug = ''] = input.lesson.split('/');
  const task = getLesson(chapterSlug, lessonSlug)?.lesson.tasks.find((t) => t.id === input.taskId);
  if (!task?.checkId) {
    throw new UnknownTaskError(`lesson "${input.lesson}" has no checked task "${input.taskId}"`);
  }
  const engine = input.engine ?? sharedCheckEngine();
  const cluster = await input.workspaces.clusterView(input.learnerId);
  const result = await engine.run(input.learnerId, task.checkId, {
    cluster,
    mode: input.workspaces.mode,
    learner: {
      quizAnswer: (quizId) => findQuizAnswer(input.db, input.learnerId, quizId),
      hasCompleted: async (taskId) =>
        (await listTaskProgress(input.db, input.learnerId)).some(
          (t) => t.lesson === input.lesson && t.taskId === taskId && t.status === 'completed',
        ),
    },
  });
  await recordCheckAttempt(input.db, {
    learnerId: input.learnerId,
    lesson: input.lesson,
    taskId: input.taskId,
    passed: result.passed,
    steps: result.steps,
    durationMs: result.durationMs,
  });
  return result;
}
