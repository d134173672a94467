import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordTaskOpened } from '@/server/progress/task-progress';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import { loadLearnerTimeline } from './learner-timeline';
import { addAttempt, addLearner, LAB, minutesAfter } from './test-fixtures';

const start = new Date('2026-03-01T10:00:00.000Z');
const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;

describe('loadLearnerTimeline', () => {
  let opened: OpenedTestDatabase;
  beforeEach(async () => {
    opened = await sqlite.open();
  });
  afterEach(async () => {
    await opened.close();
  });

  it('lists joining, opening and checks oldest first, with the hint of a failed step', async () => {
    const { db } = opened;
    const ada = await addLearner(db, 'Ada', start);
    await addAttempt(
      db,
      ada.id,
      'prepare',
      { passed: false, failingStep: 'namespace', hint: 'kubectl create namespace cfostest' },
      minutesAfter(start, 3),
    );
    await addAttempt(db, ada.id, 'prepare', { passed: true }, minutesAfter(start, 5));
    await recordTaskOpened(
      db,
      { learnerId: ada.id, lesson: LAB, taskId: 'deploy-net-raw' },
      minutesAfter(start, 1),
    );

    const timeline = await loadLearnerTimeline(db, ada.id);
    expect(timeline?.displayName).toBe('Ada');
    expect(timeline?.truncated).toBe(false);
    expect(timeline?.entries.map((e) => e.kind)).toEqual([
      'joined',
      'opened',
      'opened',
      'check',
      'check',
    ]);
    const checks = timeline?.entries.filter((e) => e.kind === 'check');
    expect(checks?.[0]).toMatchObject({
      passed: false,
      failingStep: 'namespace',
      hint: 'kubectl create namespace cfostest',
    });
    expect(checks?.[1]).toMatchObject({ passed: true, hint: null });
  });

  it('answers undefined for a learner who does not exist', async () => {
    expect(await loadLearnerTimeline(opened.db, 'nobody')).toBeUndefined();
  });
});
