import { describe, expect, it } from 'vitest';
import { EMPTY_CELL, type DashboardCell, type DashboardSnapshot } from './dashboard-types';
import { explainStuck, findStuckGroups, listLearnersStuckOn, NO_CHECK_YET } from './stuck-radar';

const now = new Date('2026-03-01T11:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const cell = (over: Partial<DashboardCell>): DashboardCell => ({ ...EMPTY_CELL, ...over });

function snapshotOf(rows: [string, Record<string, DashboardCell>][]): DashboardSnapshot {
  return {
    generatedAt: now.toISOString(),
    tasks: [
      { key: 'l#a', lesson: 'l', taskId: 'a', title: 'A', lessonTitle: 'L' },
      { key: 'l#b', lesson: 'l', taskId: 'b', title: 'B', lessonTitle: 'L' },
    ],
    learners: rows.map(([name, cells]) => ({
      learnerId: `id-${name}`,
      displayName: name,
      joinedAt: minutesAgo(60),
      lastSeenAt: minutesAgo(1),
      cells,
    })),
  };
}

describe('explainStuck', () => {
  it('counts three failed checks as stuck, two as not', () => {
    const opened = minutesAgo(2);
    expect(
      explainStuck(cell({ status: 'failing', failedAttempts: 2, firstOpenedAt: opened }), now),
    ).toBeNull();
    expect(
      explainStuck(cell({ status: 'failing', failedAttempts: 3, firstOpenedAt: opened }), now),
    ).toBe('3 failed checks');
  });

  it('counts more than ten minutes on an unfinished task as stuck', () => {
    expect(explainStuck(cell({ status: 'opened', firstOpenedAt: minutesAgo(10) }), now)).toBeNull();
    expect(explainStuck(cell({ status: 'opened', firstOpenedAt: minutesAgo(11) }), now)).toBe(
      '11 min on task',
    );
    // Time the page reported wins over the wall clock.
    expect(
      explainStuck(
        cell({ status: 'opened', firstOpenedAt: minutesAgo(30), timeOnTaskMs: 60_000 }),
        now,
      ),
    ).toBeNull();
  });

  it('never counts a passed task, however long it took', () => {
    expect(
      explainStuck(
        cell({
          status: 'passed',
          failedAttempts: 9,
          firstOpenedAt: minutesAgo(40),
          completedAt: minutesAgo(1),
        }),
        now,
      ),
    ).toBeNull();
  });
});

describe('findStuckGroups', () => {
  it('groups by task and failing step, biggest group first', () => {
    const failing = (step: string | null, n = 3) =>
      cell({
        status: n > 0 ? 'failing' : 'opened',
        failedAttempts: n,
        failingStep: step,
        firstOpenedAt: minutesAgo(n > 0 ? 1 : 20),
      });
    const snapshot = snapshotOf([
      ['Ada', { 'l#a': failing('secret'), 'l#b': failing(null, 0) }],
      ['Bo', { 'l#a': failing('namespace', 4) }],
      ['Cy', { 'l#a': failing('namespace', 5) }],
      ['Di', { 'l#a': failing('namespace', 2) }],
    ]);
    const groups = findStuckGroups(snapshot, now);
    expect(
      groups.map((g) => [g.taskKey, g.failingStep, g.learners.map((l) => l.displayName)]),
    ).toEqual([
      ['l#a', 'namespace', ['Cy', 'Bo']],
      ['l#a', 'secret', ['Ada']],
      ['l#b', NO_CHECK_YET, ['Ada']],
    ]);
    expect(listLearnersStuckOn(snapshot, 'l#a', now).map((l) => l.displayName)).toEqual([
      'Cy',
      'Bo',
      'Ada',
    ]);
  });

  it('is empty when nobody is stuck', () => {
    expect(findStuckGroups(snapshotOf([['Ada', {}]]), now)).toEqual([]);
  });
});
