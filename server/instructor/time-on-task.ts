/**
 * How long a learner has spent on a task. The page reports time while the task is on screen; when
 * it has not (no JavaScript, an older tab), the wall clock since the task was first opened stands
 * in, up to completion for a passed task and up to now for one still open.
 */
import type { DashboardCell } from './dashboard-types';

export function measureTimeOnTask(cell: DashboardCell, now: Date): number | null {
  if (cell.timeOnTaskMs > 0) return cell.timeOnTaskMs;
  if (!cell.firstOpenedAt) return null;
  const start = Date.parse(cell.firstOpenedAt);
  const end = cell.completedAt ? Date.parse(cell.completedAt) : now.getTime();
  return Math.max(0, end - start);
}
