import { describe, expect, it } from 'vitest';
import type { Measurement } from './measure-system';
import { mergeRounds } from './merge-rounds';
import { summarize } from './stats';

function round(
  system: string,
  roundTrips: number[],
  heapAfter: number,
  p99Delay: number,
): Measurement {
  return {
    system,
    terminals: 2,
    roundTrips,
    echo: summarize(roundTrips),
    lost: 1,
    loadAverage: 2,
    serverLoopDelay: { p99: p99Delay, max: p99Delay * 2 },
    memory: {
      heapBefore: 0,
      heapAfter,
      rssBefore: 0,
      rssAfter: 0,
      treeBefore: 0,
      treeAfter: 0,
      processes: 3,
    },
    cpu: { serverMsPerKey: 1, treeCoreShare: 0.5, clientCoreShare: 0.1 },
  };
}

describe('mergeRounds', () => {
  it('pools every key, sums lost keys, averages resources and keeps the worst loop delay', () => {
    const merged = mergeRounds([round('site', [1, 2, 3], 100, 5), round('site', [10, 20], 300, 9)]);
    expect(merged.roundTrips).toEqual([1, 2, 3, 10, 20]);
    expect(merged.echo).toEqual({ count: 5, p50: 3, p99: 20, max: 20 });
    expect(merged.lost).toBe(2);
    expect(merged.memory.heapAfter).toBe(200);
    expect(merged.memory.processes).toBe(3);
    expect(
      mergeRounds([
        round('site', [1], 1, 1),
        {
          ...round('site', [1], 1, 1),
          memory: { ...round('site', [1], 1, 1).memory, processes: 4 },
        },
      ]).memory.processes,
    ).toBe(4);
    expect(merged.serverLoopDelay).toEqual({ p99: 9, max: 18 });
  });

  it('refuses to merge different systems or nothing', () => {
    expect(() => mergeRounds([round('site', [1], 1, 1), round('wetty', [1], 1, 1)])).toThrow(
      /cannot merge wetty×2 into site×2/,
    );
    expect(() => mergeRounds([])).toThrow(/no rounds/);
  });
});
