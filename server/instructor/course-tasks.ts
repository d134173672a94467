/** The course's tasks as dashboard columns, computed once per process from the content registry. */
import { chapters } from '@/content';
import type { DashboardTask } from './dashboard-types';
import { listWorkshopTasks } from './workshop-tasks';

let cached: DashboardTask[] | undefined;

export function listCourseTasks(): DashboardTask[] {
  cached ??= listWorkshopTasks(chapters);
  return cached;
}
