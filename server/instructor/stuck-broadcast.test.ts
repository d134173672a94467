import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBroadcastsForLearner } from '@/server/progress/broadcasts';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '@/server/progress/test-databases';
import { broadcastToStuckLearners } from './stuck-broadcast';
import { addAttempt, addLearner, LAB, minutesAfter, testTasks } from './test-fixtures';

const start = new Date('2026-03-01T10:00:00.000Z');
const sqlite = listTestDatabaseTargets().find((t) => t.name === 'sqlite')!;

describe('broadcastToStuckLearners', () => {
  let opened: OpenedTestDatabase;
  beforeEach(async () => {
    opened = await sqlite.open();
  });
  afterEach(async () => {
    await opened.close();
  });

  it('reaches only learners stuck on the task', async () => {
    const { db } = opened;
    const stuck = await addLearner(db, 'Stuck', start);
    const trying = await addLearner(db, 'Trying', start);
    const done = await addLearner(db, 'Done', start);
    for (let i = 0; i < 3; i++) {
      await addAttempt(db, stuck.id, 'prepare', { passed: false }, minutesAfter(start, i));
      await addAttempt(db, done.id, 'prepare', { passed: false }, minutesAfter(start, i));
    }
    await addAttempt(db, done.id, 'prepare', { passed: true }, minutesAfter(start, 4));
    await addAttempt(db, trying.id, 'prepare', { passed: false }, minutesAfter(start, 4));

    const { recipients } = await broadcastToStuckLearners(db, {
      tasks: testTasks,
      taskKey: `${LAB}#prepare`,
      text: 'Create the namespace first',
      now: minutesAfter(start, 5),
    });
    expect(recipients.map((r) => r.displayName)).toEqual(['Stuck']);
    expect((await listBroadcastsForLearner(db, stuck.id)).map((b) => b.text)).toEqual([
      'Create the namespace first',
    ]);
    expect(await listBroadcastsForLearner(db, trying.id)).toEqual([]);
    expect(await listBroadcastsForLearner(db, done.id)).toEqual([]);
  });

  it('refuses a task that does not exist', async () => {
    await expect(
      broadcastToStuckLearners(opened.db, { tasks: testTasks, taskKey: 'x#y', text: 'hi' }),
    ).rejects.toThrow('task "x#y" not found');
  });
});
