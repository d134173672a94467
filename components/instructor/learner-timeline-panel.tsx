'use client';
/**
 * One learner's timeline, oldest first: joined, opened a task, each check (with the step that
 * failed and the hint they saw) and quiz answers. Reloads when their row changes live. Holds the
 * "Reset sandbox" action for that learner.
 */
import { useEffect, useRef, useState } from 'react';
import type { DashboardLearner } from '@/server/instructor/dashboard-types';
import type { LearnerTimeline, TimelineEntry } from '@/server/instructor/learner-timeline';
import { formatClock } from './format';
import { ResetSandboxButton } from './reset-sandbox-button';
import { panel, panelHeading, secondaryButton } from './styles';

export function LearnerTimelinePanel(props: {
  learner: DashboardLearner;
  titles: Map<string, string>;
  onClose: () => void;
}) {
  const [timeline, setTimeline] = useState<LearnerTimeline | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { learnerId } = props.learner;
  // A change in the learner's row (a live update) is the signal to reload their timeline.
  const version = JSON.stringify(props.learner.cells);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/instructor/learners/${encodeURIComponent(learnerId)}/timeline`, {
      credentials: 'same-origin',
    })
      .then(async (res) => {
        const body = (await res.json()) as LearnerTimeline & { error?: string };
        if (cancelled) return;
        if (res.ok) setTimeline(body);
        else setProblem(body.error ?? `The server answered ${res.status}.`);
      })
      .catch(() => !cancelled && setProblem('Could not reach the workshop server.'));
    return () => {
      cancelled = true;
    };
  }, [learnerId, version]);

  const taskTitle = (lesson: string, taskId: string) =>
    props.titles.get(`${lesson}#${taskId}`) ?? taskId;

  return (
    <section id="learner-timeline" aria-labelledby="timeline-heading" className={panel}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2
          id="timeline-heading"
          ref={headingRef}
          tabIndex={-1}
          className={`${panelHeading} outline-none`}
        >
          Timeline: {props.learner.displayName}
        </h2>
        <div className="flex gap-2">
          <ResetSandboxButton learnerId={learnerId} displayName={props.learner.displayName} />
          <button type="button" className={secondaryButton} onClick={props.onClose}>
            Close timeline
          </button>
        </div>
      </div>
      {problem && (
        <p role="alert" className="mt-3 text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      {!timeline && !problem && <p className="mt-3 text-stone-600">Loading…</p>}
      {timeline && (
        <ol className="mt-4 space-y-2 border-l-2 border-stone-200 pl-4 dark:border-stone-700">
          {timeline.entries.map((entry, i) => (
            <li key={i} className="text-sm">
              <time
                dateTime={entry.at}
                className="mr-2 font-mono text-stone-600 dark:text-stone-400"
              >
                {formatClock(entry.at)}
              </time>
              <EntryText entry={entry} taskTitle={taskTitle} />
            </li>
          ))}
        </ol>
      )}
      {timeline?.truncated && (
        <p className="mt-2 text-xs text-stone-600">Only the latest 200 checks are shown.</p>
      )}
    </section>
  );
}

function EntryText({
  entry,
  taskTitle,
}: {
  entry: TimelineEntry;
  taskTitle: (lesson: string, taskId: string) => string;
}) {
  switch (entry.kind) {
    case 'joined':
      return <span>Joined the workshop</span>;
    case 'opened':
      return <span>Opened “{taskTitle(entry.lesson, entry.taskId)}”</span>;
    case 'quiz':
      return (
        <span>
          Answered “{entry.quizId}”: {entry.correct ? '✓ correct' : '✗ wrong'} ({entry.answer})
        </span>
      );
    case 'check':
      return entry.passed ? (
        <span className="text-emerald-800 dark:text-emerald-300">
          ✓ Check passed: “{taskTitle(entry.lesson, entry.taskId)}”
        </span>
      ) : (
        <span className="text-red-800 dark:text-red-300">
          ✗ Check failed: “{taskTitle(entry.lesson, entry.taskId)}”
          {entry.failingStep && <> at “{entry.failingStep}”</>}
          {entry.hint && (
            <span className="block text-stone-700 dark:text-stone-300">
              Hint shown: {entry.hint}
            </span>
          )}
        </span>
      );
  }
}
