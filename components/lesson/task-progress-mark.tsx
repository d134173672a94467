'use client';
/** "2/5" beside a lesson with tasks: how many of its tasks the learner has passed a check on. */
import { useEffect, useState } from 'react';
import { CHECK_PASSED_EVENT, loadCompletedTasks } from './learner-progress';

export function TaskProgressMark({
  lessonKey,
  taskCount,
}: {
  lessonKey: string;
  taskCount: number;
}) {
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = (fresh: boolean) =>
      void loadCompletedTasks(fresh).then((completed) => {
        if (live) setDone(completed.get(lessonKey)?.size ?? 0);
      });
    refresh(false);
    const onPassed = () => refresh(true);
    window.addEventListener(CHECK_PASSED_EVENT, onPassed);
    return () => {
      live = false;
      window.removeEventListener(CHECK_PASSED_EVENT, onPassed);
    };
  }, [lessonKey]);

  if (done === null || done === 0) return null;
  const all = done >= taskCount;
  return (
    <span
      className={`ml-auto shrink-0 rounded-full px-1.5 text-xs font-semibold tabular-nums ${
        all
          ? 'bg-teal-700 text-white dark:bg-teal-400 dark:text-stone-950'
          : 'bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-100'
      }`}
      data-task-progress={`${done}/${taskCount}`}
    >
      <span aria-hidden="true">
        {done}/{taskCount}
      </span>
      <span className="sr-only">
        ({done} of {taskCount} tasks done)
      </span>
    </span>
  );
}
