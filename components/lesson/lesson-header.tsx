/** The top of a lesson: where it sits in the chapter, its title, reading time and summary. */
import type { LessonMeta } from '@/content/schema';
import { ClockIcon, TargetIcon } from '@/components/site/icons';

type LessonHeaderProps = {
  lesson: LessonMeta;
  position: number;
  total: number;
  className?: string;
};

export function LessonHeader({ lesson, position, total, className = '' }: LessonHeaderProps) {
  const tasks = lesson.tasks.length;
  return (
    <header className={className}>
      <p className="text-sm font-semibold text-teal-800 dark:text-teal-300">
        Lesson {position} of {total}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-stone-900 sm:text-4xl dark:text-stone-50">
        {lesson.title}
      </h1>
      <p className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span className="flex items-center gap-1.5">
          <ClockIcon className="size-4" />
          {lesson.minutes} min read
        </span>
        {tasks > 0 ? (
          <span className="flex items-center gap-1.5">
            <TargetIcon className="size-4" />
            {tasks} hands-on {tasks === 1 ? 'task' : 'tasks'}
          </span>
        ) : null}
      </p>
      <p className="mt-4 text-lg leading-relaxed text-pretty text-stone-700 dark:text-stone-300">
        {lesson.summary}
      </p>
    </header>
  );
}
