import { describe, expect, it } from 'vitest';
import { computeFunnel, computeQuartiles, computeTimeSpread } from './chart-data';
import { EMPTY_CELL, type DashboardSnapshot } from './dashboard-types';

const now = new Date('2026-03-01T11:00:00.000Z');

const snapshot: DashboardSnapshot = {
  generatedAt: now.toISOString(),
  tasks: [
    { key: 'l#a', lesson: 'l', taskId: 'a', title: 'A', lessonTitle: 'L' },
    { key: 'l#b', lesson: 'l', taskId: 'b', title: 'B', lessonTitle: 'L' },
  ],
  learners: [
    {
      learnerId: '1',
      displayName: 'Ada',
      joinedAt: '',
      lastSeenAt: '',
      cells: {
        'l#a': { ...EMPTY_CELL, status: 'passed', timeOnTaskMs: 4 * 60_000 },
        'l#b': { ...EMPTY_CELL, status: 'failing', failedAttempts: 1 },
      },
    },
    {
      learnerId: '2',
      displayName: 'Bo',
      joinedAt: '',
      lastSeenAt: '',
      cells: {
        'l#a': {
          ...EMPTY_CELL,
          status: 'passed',
          firstOpenedAt: '2026-03-01T10:00:00.000Z',
          completedAt: '2026-03-01T10:02:00.000Z',
        },
      },
    },
    { learnerId: '3', displayName: 'Cy', joinedAt: '', lastSeenAt: '', cells: {} },
  ],
};

describe('computeFunnel', () => {
  it('counts passed and started learners per task, in task order', () => {
    expect(computeFunnel(snapshot)).toEqual([
      { taskKey: 'l#a', title: 'A', passed: 2, started: 2, learners: 3 },
      { taskKey: 'l#b', title: 'B', passed: 0, started: 1, learners: 3 },
    ]);
  });
});

describe('computeQuartiles', () => {
  it('interpolates between ranks', () => {
    expect(computeQuartiles([1, 2, 3, 4])).toEqual({
      min: 1,
      q1: 1.75,
      median: 2.5,
      q3: 3.25,
      max: 4,
    });
    expect(computeQuartiles([7])).toEqual({ min: 7, q1: 7, median: 7, q3: 7, max: 7 });
    expect(computeQuartiles([])).toBeNull();
  });
});

describe('computeTimeSpread', () => {
  it('uses reported time, else open-to-pass wall time, for passed tasks only', () => {
    const [a, b] = computeTimeSpread(snapshot, now);
    expect(a?.minutes).toEqual([2, 4]);
    expect(a?.quartiles?.median).toBe(3);
    expect(b?.minutes).toEqual([]);
    expect(b?.quartiles).toBeNull();
  });
});
