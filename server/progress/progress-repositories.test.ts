/** Progress repositories (checks, tasks, quizzes, instructor view, broadcasts) on both databases. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBroadcast, listBroadcastsForLearner } from './broadcasts';
import { listCheckAttempts, recordCheckAttempt } from './check-attempts';
import { listLearnerProgress, listProgressForInstructor } from './learner-progress';
import { createLearner, markLearnerSeen } from './learners';
import { subscribeProgressEvents, type ProgressEvent } from './progress-events';
import { findQuizAnswer, recordQuizAnswer } from './quiz-answers';
import {
  addTimeOnTask,
  listTaskProgress,
  MAX_TIME_SLICE_MS,
  recordTaskOpened,
} from './task-progress';
import { listTestDatabaseTargets, type OpenedTestDatabase } from './test-databases';

const lesson = 'kubernetes-security/cfos-lab';
const t0 = new Date('2026-01-10T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

for (const target of listTestDatabaseTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`progress repositories on ${target.name}`, () => {
    let opened: OpenedTestDatabase;
    beforeEach(async () => {
      opened = await target.open();
    });
    afterEach(async () => {
      await opened?.close();
    });

    const newLearner = (name = 'Ada', hash = `hash-${name}`) =>
      createLearner(opened.db, { displayName: name, eventCode: null, resumeCodeHash: hash }, t0);

    it('records check attempts and completes the task on the first pass', async () => {
      const ada = await newLearner();
      const events: ProgressEvent[] = [];
      const stop = subscribeProgressEvents((e) => events.push(e));
      try {
        const failed = await recordCheckAttempt(
          opened.db,
          {
            learnerId: ada.id,
            lesson,
            taskId: 'add-net-admin',
            passed: false,
            failingStep: 'capabilities include NET_ADMIN',
            steps: [
              {
                name: 'capabilities include NET_ADMIN',
                ok: false,
                expected: 'NET_ADMIN',
                actual: '',
              },
            ],
            durationMs: 41.6,
          },
          at(1),
        );
        expect(failed).toMatchObject({ passed: false, durationMs: 42, taskId: 'add-net-admin' });
        expect(failed.steps[0]?.expected).toBe('NET_ADMIN');
        expect(events).toHaveLength(1);
        expect((await listTaskProgress(opened.db, ada.id))[0]).toMatchObject({
          status: 'in_progress',
          attempts: 1,
          completedAt: null,
        });

        await recordCheckAttempt(
          opened.db,
          {
            learnerId: ada.id,
            lesson,
            taskId: 'add-net-admin',
            passed: true,
            failingStep: 'ignored',
            steps: [],
            durationMs: 10,
          },
          at(3),
        );
        // Breaking it again later keeps the completion and its time.
        await recordCheckAttempt(
          opened.db,
          {
            learnerId: ada.id,
            lesson,
            taskId: 'add-net-admin',
            passed: false,
            failingStep: 'x',
            steps: [],
            durationMs: 10,
          },
          at(4),
        );
        const [task] = await listTaskProgress(opened.db, ada.id);
        expect(task).toMatchObject({
          status: 'completed',
          attempts: 3,
          completedAt: at(3),
          firstOpenedAt: at(1),
        });

        const attempts = await listCheckAttempts(opened.db, ada.id, { taskId: 'add-net-admin' });
        expect(attempts.map((a) => a.passed)).toEqual([false, true, false]);
        expect(attempts[1]?.failingStep).toBeNull();
        expect(await listCheckAttempts(opened.db, ada.id, { taskId: 'other' })).toEqual([]);
      } finally {
        stop();
      }
    });

    it('names the first step that is not ok when the caller gives no failing step', async () => {
      const ada = await newLearner();
      const attempt = await recordCheckAttempt(
        opened.db,
        {
          learnerId: ada.id,
          lesson,
          taskId: 'fix',
          passed: false,
          steps: [
            { name: 'deployment exists', ok: true, expected: 'found', actual: 'found' },
            { name: 'runs as root', ok: false, expected: '0', actual: '1000' },
            { name: 'iptables works', ok: false, expected: 'chains', actual: 'denied' },
          ],
          durationMs: 12,
        },
        at(1),
      );
      expect(attempt.failingStep).toBe('runs as root');
      expect(attempt.steps).toHaveLength(3);
    });

    it('records when a task is first opened and adds bounded time slices', async () => {
      const ada = await newLearner();
      const ref = { learnerId: ada.id, lesson, taskId: 'read-logs' };
      expect(await recordTaskOpened(opened.db, ref, at(1))).toBe(true);
      expect(await recordTaskOpened(opened.db, ref, at(2))).toBe(false);
      await addTimeOnTask(opened.db, { ...ref, ms: 30_000 }, at(2));
      await addTimeOnTask(opened.db, { ...ref, ms: 60 * 60_000 }, at(3));
      await expect(addTimeOnTask(opened.db, { ...ref, ms: -5 }, at(3))).rejects.toThrow(
        /non-negative/,
      );
      const [task] = await listTaskProgress(opened.db, ada.id);
      expect(task).toMatchObject({
        firstOpenedAt: at(1),
        timeOnTaskMs: 30_000 + MAX_TIME_SLICE_MS,
      });
    });

    it('keeps the latest quiz answer and counts the tries', async () => {
      const ada = await newLearner();
      const quiz = { learnerId: ada.id, lesson, quizId: 'which-capability' };
      await recordQuizAnswer(opened.db, { ...quiz, answer: 'NET_RAW', correct: false }, at(1));
      const second = await recordQuizAnswer(
        opened.db,
        { ...quiz, answer: 'NET_ADMIN', correct: true },
        at(2),
      );
      expect(second).toMatchObject({
        answer: 'NET_ADMIN',
        correct: true,
        attempts: 2,
        answeredAt: at(2),
      });
      expect((await listLearnerProgress(opened.db, ada.id)).quizzes).toEqual([second]);
      expect(await findQuizAnswer(opened.db, ada.id, 'which-capability')).toBe('NET_ADMIN');
      expect(await findQuizAnswer(opened.db, ada.id, 'other-quiz')).toBeNull();
    });

    it('shows a learner only their own progress', async () => {
      const ada = await newLearner('Ada');
      const bob = await newLearner('Bob');
      const attempt = { lesson, taskId: 't1', failingStep: null, steps: [], durationMs: 5 };
      await recordCheckAttempt(opened.db, { ...attempt, learnerId: ada.id, passed: true }, at(1));
      await recordCheckAttempt(
        opened.db,
        { ...attempt, learnerId: bob.id, passed: false, failingStep: 's' },
        at(2),
      );
      const mine = await listLearnerProgress(opened.db, ada.id);
      expect(mine.tasks).toHaveLength(1);
      expect(mine.tasks[0]?.status).toBe('completed');
      expect(mine.lastAttempts.map((a) => a.learnerId)).toEqual([ada.id]);
    });

    it('summarises every learner for the instructor', async () => {
      const ada = await newLearner('Ada');
      const bob = await newLearner('Bob');
      await markLearnerSeen(opened.db, bob.id, at(30));
      const base = { lesson, steps: [], durationMs: 5 };
      await recordCheckAttempt(
        opened.db,
        { ...base, learnerId: ada.id, taskId: 't1', passed: false, failingStep: 'a' },
        at(1),
      );
      await recordCheckAttempt(
        opened.db,
        { ...base, learnerId: ada.id, taskId: 't1', passed: true, failingStep: null },
        at(2),
      );
      await recordCheckAttempt(
        opened.db,
        { ...base, learnerId: ada.id, taskId: 't2', passed: false, failingStep: 'b' },
        at(3),
      );
      const rows = await listProgressForInstructor(opened.db);
      expect(rows.map((r) => r.displayName)).toEqual(['Bob', 'Ada']);
      const adaRow = rows[1];
      expect(adaRow).toMatchObject({ completedTasks: 1, attempts: 3, failedAttempts: 2 });
      expect(adaRow?.lastAttempts.map((a) => [a.taskId, a.passed])).toEqual([
        ['t1', true],
        ['t2', false],
      ]);
      expect(rows[0]).toMatchObject({ completedTasks: 0, attempts: 0, failedAttempts: 0 });
    });

    it('delivers broadcasts to everyone or to one learner', async () => {
      const ada = await newLearner('Ada');
      const bob = await newLearner('Bob');
      const all = await createBroadcast(
        opened.db,
        { audience: 'all', text: ' Break until 11:00 ' },
        at(1),
      );
      await createBroadcast(opened.db, { audience: bob.id, text: 'Check your pod spec' }, at(2));
      expect(all.text).toBe('Break until 11:00');
      expect((await listBroadcastsForLearner(opened.db, ada.id)).map((b) => b.text)).toEqual([
        'Break until 11:00',
      ]);
      expect(await listBroadcastsForLearner(opened.db, bob.id, all.id)).toHaveLength(1);
      await expect(createBroadcast(opened.db, { audience: 'all', text: '  ' })).rejects.toThrow(
        /required/,
      );
    });
  });
}
