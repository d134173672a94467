/**
 * Where a task's **Check** button goes. It renders nothing until the check engine is wired to the
 * page; then it becomes a client leaf with a `button` named "Check …" that asks the server to run
 * `task.checkId` and announces the outcome in a `role="status"` element.
 */
import type { Task } from '@/content/schema';

export type TaskCheckSlotProps = { chapterSlug: string; lessonSlug: string; task: Task };

export function TaskCheckSlot(_props: TaskCheckSlotProps) {
  return null;
}
