/**
 * Spread of time spent per task by the learners who passed it: a box (middle half), a line at the
 * median, whiskers to the fastest and slowest, and every learner as a dot. The scale is shared by
 * all tasks so they compare at a glance. An SVG image with a title and description, and the
 * numbers as a table.
 */
import type { TimeSpread } from '@/server/instructor/chart-data';
import { panel, panelHeading } from './styles';

// Each task takes two lines, its title and then its box plot, so long titles never need clipping.
const ROW = 52;
const LEFT = 8;
const PLOT_WIDTH = 480;
const AXIS = 36;

function niceMax(value: number): number {
  for (const step of [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240]) if (value <= step) return step;
  return Math.ceil(value / 60) * 60;
}

const fmt = (m: number) => (m < 10 ? m.toFixed(1) : Math.round(m).toString());

export function TimeSpreadChart({ spreads }: { spreads: TimeSpread[] }) {
  const largest = Math.max(0, ...spreads.flatMap((s) => s.minutes));
  const max = niceMax(largest);
  const x = (m: number) => LEFT + (Math.min(m, max) / max) * PLOT_WIDTH;
  const height = spreads.length * ROW + AXIS;
  const width = LEFT + PLOT_WIDTH + 24;
  // Fifths of a "nice" maximum are whole minutes (5 → 1, 30 → 6, 90 → 18).
  const ticks = [0, 1, 2, 3, 4, 5].map((i) => (i * max) / 5);
  const summary = spreads
    .map((s) =>
      s.quartiles
        ? `${s.title}: median ${fmt(s.quartiles.median)} min, from ${fmt(s.quartiles.min)} to ${fmt(s.quartiles.max)} (${s.minutes.length} learners)`
        : `${s.title}: nobody passed yet`,
    )
    .join('; ');

  return (
    <section aria-labelledby="spread-heading" className={panel}>
      <h2 id="spread-heading" className={panelHeading}>
        Time spent per task
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Minutes each learner who passed a task spent on it: box = middle half, line = median.
      </p>
      <svg
        role="img"
        aria-labelledby="spread-title spread-desc"
        viewBox={`0 0 ${width} ${height}`}
        className="mt-4 w-full text-stone-800 dark:text-stone-200"
      >
        <title id="spread-title">Time spent per task, in minutes</title>
        <desc id="spread-desc">{summary}.</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={x(t)}
              x2={x(t)}
              y1={0}
              y2={height - AXIS + 4}
              className="stroke-stone-200 dark:stroke-stone-700"
            />
            <text x={x(t)} y={height - 18} textAnchor="middle" fontSize="12" fill="currentColor">
              {Math.round(t)}
            </text>
          </g>
        ))}
        <text
          x={LEFT + PLOT_WIDTH / 2}
          y={height - 2}
          textAnchor="middle"
          fontSize="12"
          fill="currentColor"
        >
          minutes on task
        </text>
        {spreads.map((s, i) => {
          const mid = i * ROW + 34;
          const q = s.quartiles;
          return (
            <g key={s.taskKey}>
              <text x={LEFT} y={mid - 16} fontSize="13" fill="currentColor">
                {s.title.length > 64 ? `${s.title.slice(0, 63)}…` : s.title}
              </text>
              {q ? (
                <>
                  <line
                    x1={x(q.min)}
                    x2={x(q.max)}
                    y1={mid}
                    y2={mid}
                    strokeWidth="1.5"
                    className="stroke-stone-500"
                  />
                  <rect
                    x={x(q.q1)}
                    y={mid - 10}
                    width={Math.max(1, x(q.q3) - x(q.q1))}
                    height={20}
                    rx="2"
                    className="fill-teal-100 stroke-teal-700 dark:fill-teal-950 dark:stroke-teal-400"
                  />
                  <line
                    x1={x(q.median)}
                    x2={x(q.median)}
                    y1={mid - 10}
                    y2={mid + 10}
                    strokeWidth="3"
                    className="stroke-teal-800 dark:stroke-teal-300"
                  />
                  {s.minutes.map((m, j) => (
                    // A fixed jitter spreads equal values apart, the same on every render.
                    <circle
                      key={j}
                      cx={x(m)}
                      cy={mid + (((j * 7) % 11) - 5) * 1.2}
                      r="2.2"
                      className="fill-stone-700/60 dark:fill-stone-300/60"
                    />
                  ))}
                </>
              ) : (
                <text x={LEFT + 4} y={mid + 4} fontSize="12" className="fill-stone-500">
                  nobody passed yet
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">Time spent as a table</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col" className="text-right">
                Learners
              </th>
              <th scope="col" className="text-right">
                Fastest
              </th>
              <th scope="col" className="text-right">
                Median
              </th>
              <th scope="col" className="text-right">
                Slowest
              </th>
            </tr>
          </thead>
          <tbody>
            {spreads.map((s) => (
              <tr key={s.taskKey}>
                <th scope="row" className="font-normal">
                  {s.title}
                </th>
                <td className="text-right tabular-nums">{s.minutes.length}</td>
                <td className="text-right tabular-nums">
                  {s.quartiles ? `${fmt(s.quartiles.min)} min` : '—'}
                </td>
                <td className="text-right tabular-nums">
                  {s.quartiles ? `${fmt(s.quartiles.median)} min` : '—'}
                </td>
                <td className="text-right tabular-nums">
                  {s.quartiles ? `${fmt(s.quartiles.max)} min` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
