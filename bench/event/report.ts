/**
 * Turns an event run into the "Event load" section of docs/performance.md: latency percentiles
 * overall and in the fault windows, errors, server CPU and memory, and the integrity verdicts.
 * Replaces only that section, leaving the others' sections as they are.
 */
import type { AbuseOutcome } from './abusers';
import type { Sample } from './learner';
import { summarize } from '@/bench/terminal/stats';

export type Window = { from: number; to: number };

export type EventRun = {
  date: string;
  revision: string;
  learners: number;
  waveSize: number;
  waveGapMs: number;
  keyGapMs: number;
  faults: boolean;
  wallSeconds: number;
  echo: Sample[];
  command: Sample[];
  check: Sample[];
  errors: string[];
  cpu: { meanPercent: number; maxPercent: number };
  rss: { maxBytes: number; endBytes: number };
  abuseWindow: Window | null;
  restart: { window: Window; downMs: number; healthyAfterMs: number } | null;
  abuses: AbuseOutcome[];
  integrity: {
    finished: number;
    complete: number;
    ownMarkers: number;
    crossed: number;
    lostProgress: number;
    reconnected: number;
    droppedSockets: number;
    resumedAfterDrop: number;
    phaseRetries: number;
  };
};

export const SECTION_HEADING = '## Event load';

function inWindow(samples: Sample[], w: Window | null, inside: boolean): number[] {
  return samples.filter((s) => !w || (s.at >= w.from && s.at <= w.to) === inside).map((s) => s.ms);
}

function row(label: string, values: number[], target?: number): string {
  if (values.length === 0) return `| ${label} | 0 | – | – | – | |`;
  const s = summarize(values);
  const verdict =
    target === undefined ? '' : s.p99 <= target ? `met (≤ ${target})` : `missed (> ${target})`;
  return `| ${label} | ${s.count} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.max.toFixed(0)} | ${verdict} |`;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

export function renderSection(run: EventRun, notes: string): string {
  const steady = (samples: Sample[]) => inWindow(samples, run.restart?.window ?? null, false);
  const lines = [
    SECTION_HEADING,
    '',
    `Measured by \`npm run bench:event -- --learners ${run.learners}\` on ${run.date} (revision ${run.revision}),`,
    `against the production server in sandbox mode on this 2-core machine, with the bench's own`,
    `clients on the same two cores. Learners joined in waves of ${run.waveSize} every ${run.waveGapMs / 1000} s and typed`,
    `every key of the lab (about ${run.keyGapMs} ms between keys; the heredoc pasted), pressed all five Checks`,
    `and answered the Q&A. Faults: ${run.faults ? 'on (see below)' : 'off'}. Whole run: ${run.wallSeconds.toFixed(0)} s.`,
    '',
    '| Latency (ms) | samples | p50 | p99 | max | target |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    row(
      'Keystroke echo, all',
      run.echo.map((s) => s.ms),
    ),
    row('Keystroke echo, outside the restart window', steady(run.echo), 50),
    row('Command to prompt (incl. `rollout status`)', steady(run.command)),
    row(
      'Check, all',
      run.check.map((s) => s.ms),
    ),
    row('Check, outside the restart window', steady(run.check), 200),
  ];
  if (run.abuseWindow) {
    lines.push(
      row(
        'Keystroke echo of others while abusers ran',
        inWindow(run.echo, run.abuseWindow, true),
        50,
      ),
      row('Check of others while abusers ran', inWindow(run.check, run.abuseWindow, true), 200),
    );
  }
  const i = run.integrity;
  lines.push(
    '',
    `Server: CPU mean ${run.cpu.meanPercent.toFixed(0)} %, max ${run.cpu.maxPercent.toFixed(0)} % (of one core; 200 % = both);`,
    `resident memory max ${mb(run.rss.maxBytes)}, at the end ${mb(run.rss.endBytes)}.`,
    `Errors seen by clients: ${run.errors.length}${
      run.errors.length
        ? ` (first: ${run.errors
            .slice(0, 3)
            .map((e) => `“${e.replace(/\|/g, '/').slice(0, 120)}”`)
            .join('; ')})`
        : ''
    }.`,
    '',
    `Integrity: ${i.finished}/${run.learners} learners finished the lab, ${i.complete}/${run.learners} show all five tasks`,
    `completed in their own progress, ${i.ownMarkers}/${run.learners} still find their own marker object in their`,
    `sandbox at the end, ${i.crossed} saw another learner's object or progress (crossed data), ${i.lostProgress} lost`,
    `a completed task across the restart. ${i.reconnected} terminals reconnected at least once;`,
    `${i.resumedAfterDrop}/${i.droppedSockets} dropped sockets resumed the same shell; ${i.phaseRetries} lab phases were typed again.`,
  );
  if (run.restart) {
    lines.push(
      '',
      `Restart: the server was killed with SIGKILL mid-event and started again; it answered /healthz`,
      `${(run.restart.healthyAfterMs / 1000).toFixed(1)} s later (learners saw ${(run.restart.downMs / 1000).toFixed(1)} s without a site).`,
    );
  }
  if (run.abuses.length) {
    lines.push('', '| Abuser | outcome | detail | seconds |', '| --- | --- | --- | ---: |');
    for (const a of run.abuses) {
      lines.push(
        `| ${a.name} | ${a.ok ? 'prompt back' : 'failed'} | ${a.detail.replace(/\|/g, '/').replace(/\n/g, ' ')} | ${(a.ms / 1000).toFixed(1)} |`,
      );
    }
  }
  if (notes.trim()) lines.push('', notes.trim());
  return `${lines.join('\n')}\n`;
}

/** Puts `section` in place of the existing "Event load" section, or appends it. */
export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(`\n${SECTION_HEADING}\n`);
  if (start < 0) return `${document.replace(/\n*$/, '\n\n')}${section}`;
  const next = document.indexOf('\n## ', start + SECTION_HEADING.length + 1);
  const before = document.slice(0, start + 1);
  const after = next < 0 ? '' : document.slice(next + 1);
  return `${before}${section}${after ? `\n${after}` : ''}`;
}
