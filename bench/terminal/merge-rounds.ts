/**
 * Pools the rounds of one system at one size into a row: latency from every key of every round
 * (so one lucky or unlucky window on a shared machine weighs less), lost keys summed, memory and
 * CPU averaged, event-loop delay and process count from the worst round.
 */
import type { Measurement } from './measure-system';
import { summarize } from './stats';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function mergeRounds(rounds: Measurement[]): Measurement {
  const first = rounds[0];
  if (!first) throw new Error('no rounds to merge');
  for (const r of rounds) {
    if (r.system !== first.system || r.terminals !== first.terminals) {
      throw new Error(
        `cannot merge ${r.system}×${r.terminals} into ${first.system}×${first.terminals}`,
      );
    }
  }
  const roundTrips = rounds.flatMap((r) => r.roundTrips);
  const average = <T extends object>(pick: (r: Measurement) => T): T => {
    const keys = Object.keys(pick(first)) as (keyof T)[];
    return Object.fromEntries(
      keys.map((k) => [k, mean(rounds.map((r) => pick(r)[k] as number))]),
    ) as T;
  };
  return {
    system: first.system,
    terminals: first.terminals,
    roundTrips,
    echo: summarize(roundTrips),
    lost: rounds.reduce((sum, r) => sum + r.lost, 0),
    loadAverage: mean(rounds.map((r) => r.loadAverage)),
    serverLoopDelay: {
      p99: Math.max(...rounds.map((r) => r.serverLoopDelay.p99)),
      max: Math.max(...rounds.map((r) => r.serverLoopDelay.max)),
    },
    memory: {
      ...average((r) => r.memory),
      processes: Math.max(...rounds.map((r) => r.memory.processes)),
    },
    cpu: average((r) => r.cpu),
  };
}
