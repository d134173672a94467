'use client';
/**
 * The stuck radar: who is stuck (three failed checks on a task, or more than ten minutes on it),
 * grouped by task and the step that fails, biggest group first, with a shortcut to send that
 * group's task a hint.
 */
import type { StuckGroup, StuckLearner } from '@/server/instructor/stuck-radar';
import { NO_CHECK_YET } from '@/server/instructor/stuck-radar';
import { plural } from './format';
import { panel, panelHeading, secondaryButton } from './styles';

/** Names listed per group before the rest fold away: a class of hundreds stays readable. */
const NAMES_SHOWN = 12;

export function StuckRadar(props: {
  groups: StuckGroup[];
  titles: Map<string, string>;
  onSelectLearner: (learnerId: string) => void;
  onHint: (taskKey: string) => void;
}) {
  const total = props.groups.reduce((n, g) => n + g.learners.length, 0);
  return (
    <section aria-labelledby="stuck-heading" className={panel}>
      <h2 id="stuck-heading" className={panelHeading}>
        Stuck radar
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Three or more failed checks on a task, or more than ten minutes on it without passing.
      </p>
      {total === 0 ? (
        <p className="mt-4 text-stone-700 dark:text-stone-300">Nobody is stuck right now.</p>
      ) : (
        <ul className="mt-4 space-y-4" aria-label="Stuck learners by failing step">
          {props.groups.map((group) => {
            const title = props.titles.get(group.taskKey) ?? group.taskKey;
            return (
              <li
                key={`${group.taskKey}|${group.failingStep}`}
                className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-3 dark:bg-amber-950/40"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold text-stone-900 dark:text-stone-100">
                    {title}
                    <span className="font-normal text-stone-700 dark:text-stone-300">
                      {' — '}
                      {group.failingStep === NO_CHECK_YET
                        ? NO_CHECK_YET
                        : `fails at “${group.failingStep}”`}
                    </span>
                  </h3>
                  <span className="rounded-full bg-amber-200 px-2 text-sm font-bold text-amber-950 tabular-nums">
                    {plural(group.learners.length, 'learner')}
                  </span>
                </div>
                <LearnerButtons
                  learners={group.learners.slice(0, NAMES_SHOWN)}
                  onSelect={props.onSelectLearner}
                />
                {group.learners.length > NAMES_SHOWN && (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer font-medium">
                      Show {group.learners.length - NAMES_SHOWN} more
                    </summary>
                    <LearnerButtons
                      learners={group.learners.slice(NAMES_SHOWN)}
                      onSelect={props.onSelectLearner}
                    />
                  </details>
                )}
                <button
                  type="button"
                  className={`${secondaryButton} mt-3`}
                  onClick={() => props.onHint(group.taskKey)}
                >
                  Send a hint to those stuck on “{title}”
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function LearnerButtons(props: {
  learners: StuckLearner[];
  onSelect: (learnerId: string) => void;
}) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2 text-sm">
      {props.learners.map((l) => (
        <li key={l.learnerId}>
          <button
            type="button"
            onClick={() => props.onSelect(l.learnerId)}
            className="rounded border border-amber-300 bg-white px-2 py-0.5 hover:border-teal-600 dark:border-amber-800 dark:bg-stone-900"
          >
            {l.displayName}
            <span className="text-stone-600 dark:text-stone-400"> ({l.reason})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
