/**
 * The dashboard as CSV for a spreadsheet: one row per learner and task, with status, attempts,
 * failing step and minutes spent. Fields are quoted per RFC 4180, and a leading =, +, - or @ is
 * defused so a display name cannot become a spreadsheet formula.
 */
import type { DashboardSnapshot } from './dashboard-types';
import { measureTimeOnTask } from './time-on-task';

const HEADER = [
  'learner_id',
  'display_name',
  'joined_at',
  'lesson',
  'task_id',
  'task_title',
  'status',
  'attempts',
  'failed_attempts',
  'failing_step',
  'minutes_on_task',
  'completed_at',
];

export function formatProgressCsv(snapshot: DashboardSnapshot, now: Date): string {
  const lines = [HEADER.join(',')];
  for (const learner of snapshot.learners) {
    for (const task of snapshot.tasks) {
      const cell = learner.cells[task.key];
      const ms = cell ? measureTimeOnTask(cell, now) : null;
      lines.push(
        [
          learner.learnerId,
          learner.displayName,
          learner.joinedAt,
          task.lesson,
          task.taskId,
          task.title,
          cell?.status ?? 'not-started',
          String(cell?.attempts ?? 0),
          String(cell?.failedAttempts ?? 0),
          cell?.failingStep ?? '',
          ms === null ? '' : (ms / 60_000).toFixed(1),
          cell?.completedAt ?? '',
        ]
          .map(quoteCsvField)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}

export function quoteCsvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
