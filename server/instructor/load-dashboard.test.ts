import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordQuizAnswer } from '@/server/progress/quiz-answers';
import { recordTaskOpened } from '@/server/progress/task-progress';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import { loadDashboardSnapshot } from './load-dashboard';
import { addAttempt, addLearner, LAB, minutesAfter, testTasks } from './test-fixtures';

const start = new Date('2026-03-01T10:00:00.000Z');

for (const target of listTestDatabaseTargets()) {
  describe.skipIf(target.skipReason)(`loadDashboardSnapshot (${target.name})`, () => {
    let opened: OpenedTestDatabase;
    beforeEach(async () => {
      opened = await target.open();
    });
    afterEach(async () => {
      await opened.close();
    });

    it('builds one cell per touched task: passed, failing with its step, opened, quiz', async () => {
      const { db } = opened;
      const ada = await addLearner(db, 'Ada', start);
      const bo = await addLearner(db, 'Bo', minutesAfter(start, 1));
      await addAttempt(
        db,
        ada.id,
        'prepare',
        { passed: false, failingStep: 'namespace' },
        minutesAfter(start, 2),
      );
      await addAttempt(db, ada.id, 'prepare', { passed: true }, minutesAfter(start, 3));
      await addAttempt(
        db,
        ada.id,
        'deploy-net-raw',
        { passed: false, failingStep: 'capabilities' },
        minutesAfter(start, 4),
      );
      await addAttempt(
        db,
        ada.id,
        'deploy-net-raw',
        { passed: false, failingStep: 'iptables' },
        minutesAfter(start, 5),
      );
      await recordTaskOpened(
        db,
        { learnerId: bo.id, lesson: LAB, taskId: 'prepare' },
        minutesAfter(start, 2),
      );
      await recordQuizAnswer(
        db,
        { learnerId: bo.id, lesson: LAB, quizId: 'qa-privileged', answer: 'yes', correct: false },
        minutesAfter(start, 3),
      );
      await recordQuizAnswer(
        db,
        { learnerId: bo.id, lesson: LAB, quizId: 'qa-privileged', answer: 'no', correct: true },
        minutesAfter(start, 4),
      );

      const snapshot = await loadDashboardSnapshot(db, {
        tasks: testTasks,
        now: minutesAfter(start, 6),
      });
      expect(snapshot.tasks).toBe(testTasks);
      expect(snapshot.learners.map((l) => l.displayName)).toEqual(['Ada', 'Bo']);
      const [a, b] = snapshot.learners;
      expect(a?.cells[`${LAB}#prepare`]).toMatchObject({
        status: 'passed',
        attempts: 2,
        failedAttempts: 1,
        failingStep: null,
        completedAt: minutesAfter(start, 3).toISOString(),
      });
      expect(a?.cells[`${LAB}#deploy-net-raw`]).toMatchObject({
        status: 'failing',
        attempts: 2,
        failedAttempts: 2,
        failingStep: 'iptables',
        lastAttemptAt: minutesAfter(start, 5).toISOString(),
      });
      expect(a?.cells[`${LAB}#qa-privileged`]).toBeUndefined();
      expect(b?.cells[`${LAB}#prepare`]).toMatchObject({ status: 'opened', attempts: 0 });
      expect(b?.cells[`${LAB}#qa-privileged`]).toMatchObject({
        status: 'passed',
        attempts: 2,
        failedAttempts: 1,
      });
    });

    it('loads only the learners asked for, and nobody for an empty list', async () => {
      const { db } = opened;
      const ada = await addLearner(db, 'Ada', start);
      const bo = await addLearner(db, 'Bo', start);
      await addAttempt(db, bo.id, 'prepare', { passed: false }, start);
      const only = await loadDashboardSnapshot(db, { tasks: testTasks, learnerIds: [bo.id] });
      expect(only.learners.map((l) => l.learnerId)).toEqual([bo.id]);
      expect(only.learners[0]?.cells[`${LAB}#prepare`]?.status).toBe('failing');
      expect(
        (await loadDashboardSnapshot(db, { tasks: testTasks, learnerIds: [] })).learners,
      ).toEqual([]);
      expect((await loadDashboardSnapshot(db, { tasks: testTasks })).learners).toHaveLength(2);
      expect(ada.id).not.toBe(bo.id);
    });
  });
}
