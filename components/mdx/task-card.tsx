/** `<Task id />`: the card that opens a hands-on task, with its title and goal from lesson data. */
import type { LessonMeta } from '@/content/schema';
import { LearnerTaskGoal } from '@/components/lesson/learner-task-goal';
import { TargetIcon } from '@/components/site/icons';
import { TaskCheckSlot } from './task-check-slot';
import { TaskSolution } from './task-solution';

export type LessonContext = { chapterSlug: string; lesson: LessonMeta };

export function TaskCard({ id, context }: { id: string; context: LessonContext }) {
  const { lesson, chapterSlug } = context;
  const index = lesson.tasks.findIndex((t) => t.id === id);
  const task = lesson.tasks[index];
  if (!task) {
    const known = lesson.tasks.map((t) => t.id).join(', ') || 'none';
    throw new Error(
      `<Task id="${id}" /> in lesson "${lesson.slug}" matches no task in its lesson.ts (tasks: ${known})`,
    );
  }
  return (
    <section
      aria-labelledby={`task-${task.id}`}
      className="not-prose my-8 rounded-xl border border-teal-200 bg-teal-50/60 p-5 dark:border-teal-900 dark:bg-teal-950/30"
    >
      <p className="flex items-center gap-2 text-xs font-semibold tracking-wider text-teal-800 uppercase dark:text-teal-300">
        <TargetIcon className="size-4" />
        Task {index + 1} of {lesson.tasks.length}
      </p>
      <h3
        id={`task-${task.id}`}
        className="mt-1 text-lg font-semibold text-stone-900 dark:text-stone-50"
      >
        {task.title}
      </h3>
      <p className="mt-1 text-stone-700 dark:text-stone-300">
        <LearnerTaskGoal goal={task.goal} clusterGoal={task.clusterGoal} />
      </p>
      <TaskCheckSlot chapterSlug={chapterSlug} lessonSlug={lesson.slug} task={task} />
      <TaskSolution taskId={task.id} solution={task.solution} />
    </section>
  );
}

/** Used when a lesson body is rendered without its lesson: a clear error instead of an empty card. */
export function TaskOutsideLesson({ id }: { id: string }): never {
  throw new Error(
    `<Task id="${id}" /> needs its lesson: render the body with createLessonComponents(chapter, lesson)`,
  );
}
