/** Short human wording for the dashboard: durations, clock times, cell summaries. */
import type { DashboardCell } from '@/server/instructor/dashboard-types';

export function formatMinutes(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = ms / 60_000;
  if (minutes < 1) return `${Math.round(ms / 1000)} s`;
  if (minutes < 60) return `${minutes.toFixed(minutes < 10 ? 1 : 0)} min`;
  return `${Math.floor(minutes / 60)} h ${Math.round(minutes % 60)} min`;
}

export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The words a cell shows (and a screen reader reads), whatever its colour. */
export function describeCell(cell: DashboardCell | undefined): { label: string; detail: string } {
  if (!cell || cell.status === 'not-started') return { label: '—', detail: 'not started' };
  switch (cell.status) {
    case 'passed':
      return {
        label: '✓ Passed',
        detail: cell.attempts > 1 ? `after ${plural(cell.attempts, 'check')}` : '',
      };
    case 'failing':
      return {
        label: `✗ ${plural(cell.failedAttempts, 'fail')}`,
        detail: cell.failingStep ?? '',
      };
    default:
      return { label: 'Opened', detail: 'no check yet' };
  }
}
