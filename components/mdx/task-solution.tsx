/**
 * A task's "Solution" disclosure: the commands (or answer) that complete it, closed until the
 * learner asks. Native <details>, so it opens from the keyboard, works without JavaScript and
 * stays in print. Commands are rendered for the learner's namespace on a real cluster.
 */
import { LearnerCommandText } from './learner-command';

export function TaskSolution({ taskId, solution }: { taskId: string; solution?: string }) {
  if (!solution) return null;
  return (
    <details className="group mt-4 rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900/60">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-stone-900 marker:hidden hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-stone-100 dark:hover:bg-stone-800/60 [&::-webkit-details-marker]:hidden">
        <svg
          viewBox="0 0 24 24"
          className="size-4 shrink-0 text-stone-500 transition-transform group-open:rotate-90 dark:text-stone-400"
          aria-hidden="true"
          focusable="false"
        >
          <path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        Solution
      </summary>
      <pre
        aria-label={`Solution for task ${taskId}`}
        className="overflow-x-auto border-t border-stone-200 px-3 py-2 font-mono text-sm whitespace-pre-wrap text-stone-800 dark:border-stone-800 dark:text-stone-200"
      >
        <LearnerCommandText text={solution} />
      </pre>
    </details>
  );
}
