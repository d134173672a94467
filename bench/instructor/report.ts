/** The "Instructor dashboard" section of docs/performance.md, from the benchmark's figures. */
import type { Summary } from '../terminal/stats';

export type InstructorFigures = {
  date: string;
  machine: string;
  load: string;
  learners: number;
  seededAttempts: number;
  seed: { summary: Summary; perSecond: number };
  ingest: { summary: Summary; perSecond: number; count: number };
  http: { summary: Summary; perSecond: number; count: number; learners: number };
  html: { ttfb: Summary; total: Summary; bytes: number };
  browser: { ttfb: Summary; gridPainted: Summary; live: Summary };
  update: { sse: Summary; cell: Summary; checkMs: Summary };
  updateUnderLoad: Summary;
};

const ms = (n: number) =>
  n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n).toString();
const row = (label: string, s: Summary, extra = '') =>
  `| ${label} | ${s.count} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} |${extra}`;

export function renderInstructorSection(f: InstructorFigures): string {
  return `## Instructor dashboard

Measured by \`npm run bench:instructor\` on ${f.date}: ${f.machine}. Load average when the run
started: ${f.load} (other work shares the machine, so read p99 as an upper bound). The benchmark
seeds **${f.learners} learners** at different points of the lab (${f.seededAttempts} check attempts,
through \`recordCheckAttempt\`) into a fresh SQLite database, then runs the real site
(\`npm start\`, production build) over it.

**First render** of \`/instructor\` with ${f.learners} learners × the course's tasks
(${Math.round(f.html.bytes / 1024)} KiB of HTML: the server-rendered grid plus the same data again
for hydration; every row is rendered, none virtualised):

| measure (ms) | runs | p50 | p99 | max |
|---|---:|---:|---:|---:|
${row('HTML: time to first byte (server render)', f.html.ttfb)}
${row('HTML: whole page received', f.html.total)}
${row('Chromium: time to first byte', f.browser.ttfb)}
${row(`Chromium: grid of ${f.learners} rows painted`, f.browser.gridPainted)}
${row('Chromium: live feed connected (hydrated)', f.browser.live)}

**Update latency**: from sending \`POST /api/checks\` (a real check against the learner's sandbox,
stored by \`recordCheckAttempt\`, published as a progress event) to the dashboard showing it. The
check's own round trip is listed beside it; the dashboard's share is the difference.

| measure (ms) | samples | p50 | p99 | max |
|---|---:|---:|---:|---:|
${row('check request answered (for comparison)', f.update.checkMs)}
${row('row received on the live feed (SSE)', f.update.sse)}
${row('cell changed in the open dashboard (Chromium)', f.update.cell)}
${row(`row received on the feed, during the HTTP ingestion run below`, f.updateUnderLoad)}

**Sustained check ingestion**:

| path | attempts | per second | p50 (ms) | p99 (ms) | max (ms) |
|---|---:|---:|---:|---:|---:|
| \`recordCheckAttempt\` in a loop (seeding, ${f.learners} learners) | ${f.seed.summary.count} | ${Math.round(f.seed.perSecond)} | ${ms(f.seed.summary.p50)} | ${ms(f.seed.summary.p99)} | ${ms(f.seed.summary.max)} |
| \`recordCheckAttempt\` in a loop (on the seeded database) | ${f.ingest.count} | ${Math.round(f.ingest.perSecond)} | ${ms(f.ingest.summary.p50)} | ${ms(f.ingest.summary.p99)} | ${ms(f.ingest.summary.max)} |
| \`POST /api/checks\`, ${f.http.learners} learners at once, with the dashboard open | ${f.http.count} | ${f.http.perSecond.toFixed(1)} | ${ms(f.http.summary.p50)} | ${ms(f.http.summary.p99)} | ${ms(f.http.summary.max)} |

The seeding row's rate is 1000 ÷ the mean call time (seeding also creates learners between
calls); the other two are attempts ÷ wall-clock time. The HTTP path runs each check against the learner's own sandbox cluster, so it measures the
check engine and the sandbox as much as storage; each learner is limited to 20 checks a minute,
which bounds a real class far below these rates. The live feed coalesces events that arrive within
20 ms into one reload of the learners concerned, so a burst of checks costs one query per burst.
`;
}
