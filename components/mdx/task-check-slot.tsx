/**
 * The Check part of a task card: tasks with a `checkId` get a Check button that runs the server's
 * check against the learner's own cluster space. Tasks without one are read-only.
 */
import type { Task } from '@/content/schema';
import { TaskCheckButton } from './task-check-button';

export type TaskCheckSlotProps = { chapterSlug: string; lessonSlug: string; task: Task };

export function TaskCheckSlot({ chapterSlug, lessonSlug, task }: TaskCheckSlotProps) {
  if (!task.checkId) return null;
  return (
    <TaskCheckButton lesson={`${chapterSlug}/${lessonSlug}`} taskId={task.id} title={task.title} />
  );
}
