/**
 * Numbers behind the dashboard's two pictures: the completion funnel (how many learners passed
 * each task, in course order) and the spread of time spent on each task (quartiles of the
 * learners who passed it). Pure, so the page recomputes them on every live update.
 */
import type { DashboardSnapshot } from './dashboard-types';
import { measureTimeOnTask } from './time-on-task';

export type FunnelStep = {
  taskKey: string;
  title: string;
  passed: number;
  /** Learners who opened or checked the task, passed or not. */
  started: number;
  learners: number;
};

export function computeFunnel(snapshot: DashboardSnapshot): FunnelStep[] {
  return snapshot.tasks.map((task) => {
    let passed = 0;
    let started = 0;
    for (const learner of snapshot.learners) {
      const cell = learner.cells[task.key];
      if (!cell || cell.status === 'not-started') continue;
      started += 1;
      if (cell.status === 'passed') passed += 1;
    }
    return {
      taskKey: task.key,
      title: task.title,
      passed,
      started,
      learners: snapshot.learners.length,
    };
  });
}

export type Quartiles = { min: number; q1: number; median: number; q3: number; max: number };

export type TimeSpread = {
  taskKey: string;
  title: string;
  /** Minutes each learner who passed the task spent on it, ascending. */
  minutes: number[];
  quartiles: Quartiles | null;
};

/** Quartiles by linear interpolation between closest ranks (the usual spreadsheet method). */
export function computeQuartiles(sorted: number[]): Quartiles | null {
  if (sorted.length === 0) return null;
  const at = (p: number) => {
    const rank = p * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    const a = sorted[low] as number;
    const b = sorted[high] as number;
    return a + (b - a) * (rank - low);
  };
  return {
    min: sorted[0] as number,
    q1: at(0.25),
    median: at(0.5),
    q3: at(0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

export function computeTimeSpread(snapshot: DashboardSnapshot, now: Date): TimeSpread[] {
  return snapshot.tasks.map((task) => {
    const minutes: number[] = [];
    for (const learner of snapshot.learners) {
      const cell = learner.cells[task.key];
      if (cell?.status !== 'passed') continue;
      const ms = measureTimeOnTask(cell, now);
      if (ms !== null) minutes.push(ms / 60_000);
    }
    minutes.sort((a, b) => a - b);
    return { taskKey: task.key, title: task.title, minutes, quartiles: computeQuartiles(minutes) };
  });
}
