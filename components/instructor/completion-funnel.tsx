/**
 * The completion funnel: one horizontal bar per task, in course order, as long as the share of
 * learners who passed it; a paler bar behind shows who started it. An SVG image with a title and
 * description for screen readers, and the same numbers as a table under it.
 */
import type { FunnelStep } from '@/server/instructor/chart-data';
import { panel, panelHeading } from './styles';

// Each task takes two lines, its title and then its bar, so long titles never need clipping.
const ROW = 46;
const BAR_WIDTH = 440;
const VALUE_WIDTH = 80;

export function CompletionFunnel({ steps }: { steps: FunnelStep[] }) {
  const height = steps.length * ROW + 8;
  const width = BAR_WIDTH + VALUE_WIDTH;
  const summary = steps.map((s) => `${s.title}: ${s.passed} of ${s.learners}`).join('; ');
  return (
    <section aria-labelledby="funnel-heading" className={panel}>
      <h2 id="funnel-heading" className={panelHeading}>
        Completion funnel
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Learners who passed each task (dark), and who started it (pale).
      </p>
      <svg
        role="img"
        aria-labelledby="funnel-title funnel-desc"
        viewBox={`0 0 ${width} ${height}`}
        className="mt-4 w-full text-stone-800 dark:text-stone-200"
      >
        <title id="funnel-title">Completion funnel</title>
        <desc id="funnel-desc">Learners who passed each task. {summary}.</desc>
        {steps.map((step, i) => {
          const y = i * ROW + 4;
          const share = (n: number) => (step.learners === 0 ? 0 : (n / step.learners) * BAR_WIDTH);
          return (
            <g key={step.taskKey}>
              <text x={0} y={y + 12} fontSize="13" fill="currentColor">
                {step.title.length > 64 ? `${step.title.slice(0, 63)}…` : step.title}
              </text>
              <rect
                x={0}
                y={y + 18}
                width={BAR_WIDTH}
                height={18}
                rx="3"
                className="fill-stone-100 dark:fill-stone-800"
              />
              <rect
                x={0}
                y={y + 18}
                width={share(step.started)}
                height={18}
                rx="3"
                className="fill-teal-200 dark:fill-teal-900"
              />
              <rect
                x={0}
                y={y + 18}
                width={share(step.passed)}
                height={18}
                rx="3"
                className="fill-teal-700 dark:fill-teal-400"
              />
              <text
                x={BAR_WIDTH + 8}
                y={y + 32}
                fontSize="13"
                fill="currentColor"
                className="tabular-nums"
              >
                {step.passed} / {step.learners}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">Funnel as a table</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col" className="text-right">
                Started
              </th>
              <th scope="col" className="text-right">
                Passed
              </th>
              <th scope="col" className="text-right">
                Learners
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.taskKey}>
                <th scope="row" className="font-normal">
                  {s.title}
                </th>
                <td className="text-right tabular-nums">{s.started}</td>
                <td className="text-right tabular-nums">{s.passed}</td>
                <td className="text-right tabular-nums">{s.learners}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
