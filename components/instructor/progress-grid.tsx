'use client';
/**
 * Learners (rows) × tasks (columns). Each cell says its state in words as well as colour: passed,
 * how many failed checks and the step that fails, opened, or not started; stuck cells are marked.
 * Headers stay in view while scrolling; the instructor filters by name and sorts by progress.
 */
import { useMemo, useState } from 'react';
import type {
  DashboardLearner,
  DashboardSnapshot,
  DashboardTask,
} from '@/server/instructor/dashboard-types';
import { explainStuck } from '@/server/instructor/stuck-radar';
import { describeCell } from './format';

type SortOrder = 'most-done' | 'least-done' | 'name' | 'joined';

const sortLabels: Record<SortOrder, string> = {
  'most-done': 'Most tasks passed first',
  'least-done': 'Fewest tasks passed first',
  name: 'Name',
  joined: 'Joined first',
};

function countPassed(learner: DashboardLearner): number {
  return Object.values(learner.cells).filter((c) => c.status === 'passed').length;
}

export function sortLearners(learners: DashboardLearner[], order: SortOrder): DashboardLearner[] {
  const byName = (a: DashboardLearner, b: DashboardLearner) =>
    a.displayName.localeCompare(b.displayName);
  const copy = [...learners];
  switch (order) {
    case 'most-done':
      return copy.sort((a, b) => countPassed(b) - countPassed(a) || byName(a, b));
    case 'least-done':
      return copy.sort((a, b) => countPassed(a) - countPassed(b) || byName(a, b));
    case 'name':
      return copy.sort(byName);
    case 'joined':
      return copy.sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
  }
}

export function ProgressGrid(props: {
  snapshot: DashboardSnapshot;
  now: Date;
  selected: string | null;
  onSelect: (learnerId: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<SortOrder>('most-done');
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const shown = needle
      ? props.snapshot.learners.filter((l) => l.displayName.toLowerCase().includes(needle))
      : props.snapshot.learners;
    return sortLearners(shown, order);
  }, [props.snapshot.learners, filter, order]);
  const tasks = props.snapshot.tasks;

  return (
    <section aria-labelledby="grid-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h2 id="grid-heading" className="text-xl font-bold text-stone-900 dark:text-stone-50">
          Progress
        </h2>
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <label className="flex flex-col gap-1 font-medium">
            Filter by name
            <input
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className="w-48 rounded-lg border border-stone-300 bg-white px-2 py-1.5 font-normal dark:border-stone-700 dark:bg-stone-900"
            />
          </label>
          <label className="flex flex-col gap-1 font-medium">
            Sort by
            <select
              value={order}
              onChange={(e) => setOrder(e.target.value as SortOrder)}
              className="rounded-lg border border-stone-300 bg-white px-2 py-1.5 font-normal dark:border-stone-700 dark:bg-stone-900"
            >
              {Object.entries(sortLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <div className="max-h-[70vh] overflow-auto rounded-lg border border-stone-200 dark:border-stone-800">
        <table className="w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">
            Learners and tasks: each cell says whether the learner passed the task, how many checks
            failed and at which step. Select a name to see that learner’s timeline.
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky top-0 left-0 z-20 border-b border-stone-200 bg-stone-100 px-3 py-2 text-left font-semibold dark:border-stone-800 dark:bg-stone-900"
              >
                Learner
              </th>
              <th
                scope="col"
                className="sticky top-0 z-10 border-b border-stone-200 bg-stone-100 px-3 py-2 text-left font-semibold dark:border-stone-800 dark:bg-stone-900"
              >
                Passed
              </th>
              {tasks.map((task) => (
                <TaskHeader key={task.key} task={task} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((learner) => (
              <LearnerRow
                key={learner.learnerId}
                learner={learner}
                tasks={tasks}
                now={props.now}
                selected={props.selected === learner.learnerId}
                onSelect={props.onSelect}
              />
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="p-4 text-stone-600 dark:text-stone-400">
            No learner’s name contains “{filter}”.
          </p>
        )}
      </div>
    </section>
  );
}

function TaskHeader({ task }: { task: DashboardTask }) {
  return (
    <th
      scope="col"
      title={`${task.lessonTitle}: ${task.title}`}
      className="sticky top-0 z-10 min-w-36 border-b border-stone-200 bg-stone-100 px-3 py-2 text-left align-bottom font-semibold dark:border-stone-800 dark:bg-stone-900"
    >
      <span className="line-clamp-2">{task.title}</span>
    </th>
  );
}

const cellColours = {
  passed: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200',
  failing: 'bg-red-50 text-red-900 dark:bg-red-950/60 dark:text-red-200',
  opened: 'bg-sky-50 text-sky-900 dark:bg-sky-950/60 dark:text-sky-200',
  'not-started': 'text-stone-500 dark:text-stone-400',
};

function LearnerRow(props: {
  learner: DashboardLearner;
  tasks: DashboardTask[];
  now: Date;
  selected: boolean;
  onSelect: (learnerId: string) => void;
}) {
  const { learner } = props;
  return (
    <tr className={props.selected ? 'outline-2 -outline-offset-2 outline-teal-600' : undefined}>
      <th
        scope="row"
        className="sticky left-0 z-10 border-b border-stone-200 bg-stone-50 px-3 py-1.5 text-left font-medium dark:border-stone-800 dark:bg-stone-950"
      >
        <button
          type="button"
          aria-expanded={props.selected}
          aria-controls="learner-timeline"
          onClick={() => props.onSelect(learner.learnerId)}
          className="max-w-48 truncate rounded text-left text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
        >
          {learner.displayName}
        </button>
      </th>
      <td className="border-b border-stone-200 px-3 py-1.5 tabular-nums dark:border-stone-800">
        {countPassed(learner)}/{props.tasks.length}
      </td>
      {props.tasks.map((task) => {
        const cell = learner.cells[task.key];
        const { label, detail } = describeCell(cell);
        const stuck = cell ? explainStuck(cell, props.now) : null;
        return (
          <td
            key={task.key}
            data-task={task.taskId}
            className={`border-b border-stone-200 px-3 py-1.5 align-top dark:border-stone-800 ${
              cellColours[cell?.status ?? 'not-started']
            }`}
          >
            <span className="font-semibold whitespace-nowrap">{label}</span>
            {stuck && (
              <span
                title={stuck}
                className="ml-1.5 rounded bg-amber-200 px-1 text-xs font-bold text-amber-950 dark:bg-amber-400"
              >
                ⚠ stuck
              </span>
            )}
            {detail && (
              <span className="block max-w-44 truncate text-xs" title={detail}>
                {detail === 'not started' ? <span className="sr-only">{detail}</span> : detail}
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
