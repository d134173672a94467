'use client';
/**
 * The instructor's live dashboard: holds the learners × tasks data, merges live updates into it,
 * and lays out the grid, the stuck radar, the two charts, the broadcast form and the timeline of
 * the learner the instructor picked. Each part is its own component; this one only wires them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DashboardLearner, DashboardSnapshot } from '@/server/instructor/dashboard-types';
import { computeFunnel, computeTimeSpread } from '@/server/instructor/chart-data';
import { findStuckGroups } from '@/server/instructor/stuck-radar';
import { BroadcastForm, type BroadcastTarget } from './broadcast-form';
import { CompletionFunnel } from './completion-funnel';
import { LearnerTimelinePanel } from './learner-timeline-panel';
import { ProgressGrid } from './progress-grid';
import { StuckRadar } from './stuck-radar-panel';
import { TimeSpreadChart } from './time-spread-chart';
import { useDashboardStream, type StreamState } from './use-dashboard-stream';

/** How often "minutes on task" moves on without any event (the 10-minute stuck rule needs it). */
const CLOCK_TICK_MS = 30_000;

export function InstructorDashboard({
  initial,
  joinUrl,
}: {
  initial: DashboardSnapshot;
  joinUrl: string;
}) {
  const [snapshot, setSnapshot] = useState(initial);
  const [now, setNow] = useState(() => new Date(initial.generatedAt));
  const [selected, setSelected] = useState<string | null>(null);
  const [target, setTarget] = useState<BroadcastTarget>({ kind: 'all' });
  const broadcastRef = useRef<HTMLTextAreaElement>(null);

  const mergeLearners = useCallback((changed: DashboardLearner[]) => {
    setSnapshot((current) => {
      const byId = new Map(changed.map((l) => [l.learnerId, l]));
      const learners = current.learners.map((l) => byId.get(l.learnerId) ?? l);
      const known = new Set(current.learners.map((l) => l.learnerId));
      for (const l of changed) if (!known.has(l.learnerId)) learners.push(l);
      return { ...current, learners };
    });
    setNow(new Date());
  }, []);
  const replaceSnapshot = useCallback((next: DashboardSnapshot) => {
    setSnapshot(next);
    setNow(new Date());
  }, []);
  const streamState = useDashboardStream({
    onLearners: mergeLearners,
    onSnapshot: replaceSnapshot,
  });

  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), CLOCK_TICK_MS);
    return () => clearInterval(tick);
  }, []);

  const stuck = useMemo(() => findStuckGroups(snapshot, now), [snapshot, now]);
  const funnel = useMemo(() => computeFunnel(snapshot), [snapshot]);
  const spread = useMemo(() => computeTimeSpread(snapshot, now), [snapshot, now]);
  const titles = useMemo(
    () => new Map(snapshot.tasks.map((t) => [t.key, t.title])),
    [snapshot.tasks],
  );
  const selectedLearner = snapshot.learners.find((l) => l.learnerId === selected);

  const hintStuckOn = (taskKey: string) => {
    setTarget({ kind: 'stuck', taskKey });
    broadcastRef.current?.focus();
  };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-stone-700 dark:text-stone-300">
          {snapshot.learners.length === 1 ? '1 learner' : `${snapshot.learners.length} learners`} ·{' '}
          {snapshot.tasks.length} tasks
        </p>
        <div className="flex items-center gap-3">
          <LiveBadge state={streamState} />
          <a
            href="/api/instructor/progress.csv"
            className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-semibold text-stone-800 hover:border-teal-600 hover:text-teal-800 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:border-teal-400 dark:hover:text-teal-300"
          >
            Download CSV
          </a>
        </div>
      </div>

      {snapshot.learners.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-700 dark:border-stone-700 dark:text-stone-300">
          No learners yet: share the join link{' '}
          <a
            className="font-mono font-semibold text-teal-800 underline dark:text-teal-300"
            href={joinUrl}
          >
            {joinUrl}
          </a>{' '}
          with your class. They appear here the moment they join.
        </p>
      ) : (
        <ProgressGrid
          snapshot={snapshot}
          now={now}
          selected={selected}
          onSelect={(id) => setSelected((s) => (s === id ? null : id))}
        />
      )}

      {selectedLearner && (
        <LearnerTimelinePanel
          key={selectedLearner.learnerId}
          learner={selectedLearner}
          titles={titles}
          onClose={() => setSelected(null)}
        />
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <StuckRadar
          groups={stuck}
          titles={titles}
          onSelectLearner={setSelected}
          onHint={hintStuckOn}
        />
        <BroadcastForm
          tasks={snapshot.tasks}
          target={target}
          onTargetChange={setTarget}
          textRef={broadcastRef}
        />
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <CompletionFunnel steps={funnel} />
        <TimeSpreadChart spreads={spread} />
      </div>
    </div>
  );
}

function LiveBadge({ state }: { state: StreamState }) {
  const text = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' }[state];
  return (
    <span
      role="status"
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ${
        state === 'live'
          ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200'
          : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200'
      }`}
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${state === 'live' ? 'bg-emerald-600' : 'bg-amber-600'}`}
      />
      {text}
    </span>
  );
}
