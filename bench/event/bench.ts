/**
 * `npm run bench:event [-- --learners N --wave W --wave-gap-ms MS --key-gap-ms MS --no-faults --no-restart --no-write]`:
 * a workshop event against the real production server in sandbox mode. N learners join in waves
 * and each types the whole lab; with faults on, abusers paste 5 MB, run `yes`, a fork loop and stop
 * reading their socket, some sockets are dropped, and the server is SIGKILLed and restarted
 * mid-event. Then every learner's progress and sandbox are checked, and the figures are written
 * into the "Event load" section of docs/performance.md.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runAbusers, type AbuseOutcome } from './abusers';
import { readCompletedTasks, learnerAddress } from './http-client';
import { isComplete, runLearner, type LearnerOutcome, type Metrics } from './learner';
import { renderSection, replaceSection, type EventRun, type Window } from './report';
import { SiteProcess } from './site-process';

const { values: args } = parseArgs({
  options: {
    learners: { type: 'string', default: '200' },
    wave: { type: 'string', default: '20' },
    'wave-gap-ms': { type: 'string', default: '10000' },
    'key-gap-ms': { type: 'string', default: '120' },
    port: { type: 'string', default: '3330' },
    'dist-dir': { type: 'string', default: process.env.NEXT_DIST_DIR ?? '.next' },
    'no-faults': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    // Faults without the SIGKILL: for profiling the abusers (a killed process writes no profile).
    'no-restart': { type: 'boolean', default: false },
    notes: { type: 'string', default: '' },
  },
});

const count = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer ≥ ${min}, got "${value}"`);
  return n;
};

const learners = count('learners', args.learners, 1);
const waveSize = count('wave', args.wave, 1);
const waveGapMs = count('wave-gap-ms', args['wave-gap-ms'], 0);
const keyGapMs = count('key-gap-ms', args['key-gap-ms'], 0);
const port = count('port', args.port, 1);
const faults = !args['no-faults'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'event-bench-'));
  const site = new SiteProcess({
    port,
    dataDir,
    distDir: args['dist-dir']!,
    log: (line) => {
      if (/error|warn/i.test(line)) log(`site: ${line.slice(0, 200)}`);
    },
  });
  const began = performance.now();
  log(`starting the site on port ${port} (data in ${dataDir})`);
  await site.start();
  const metrics: Metrics = { echo: [], command: [], check: [], errors: [] };
  const giveUpAt = performance.now() + 30 * 60_000;
  const outcomes: Promise<LearnerOutcome | Error>[] = [];
  let done = 0;
  const cookies = new Map<number, string>();

  for (let index = 0; index < learners; index++) {
    if (index > 0 && index % waveSize === 0) {
      log(`wave of ${waveSize} started (${index}/${learners}); ${done} finished`);
      await sleep(waveGapMs);
    }
    const plan = {
      index,
      port,
      keyGapMs,
      dropSocket: faults && index % 10 === 5,
      giveUpAt,
      metrics,
      onJoined: (i: number, cookie: string) => cookies.set(i, cookie),
    };
    outcomes.push(
      runLearner(plan)
        .catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))))
        .finally(() => (done += 1)),
    );
  }
  log(`all ${learners} learners started`);

  let abuseWindow: Window | null = null;
  let abuses: AbuseOutcome[] = [];
  let restart: EventRun['restart'] = null;
  const before = new Map<number, string[]>();
  if (faults) {
    await sleep(5000);
    log('abusers start: 5 MB paste, yes, fork loop, slow consumer');
    const from = performance.now();
    abuses = await runAbusers(port, learners, giveUpAt);
    abuseWindow = { from, to: performance.now() };
    abuses.forEach((a) => log(`abuser "${a.name}": ${a.ok ? 'ok' : 'FAILED'} ${a.detail}`));

    log('snapshot of every learner’s progress, then SIGKILL and restart');
    for (const [index, cookie] of cookies) {
      try {
        before.set(
          index,
          (await readCompletedTasks({ port, localAddress: learnerAddress(index) }, cookie))
            .completed,
        );
      } catch {
        // A learner still joining has no progress to lose yet.
      }
    }
  }
  if (faults && !args['no-restart']) {
    const killedAt = performance.now();
    await site.kill();
    const healthyAfterMs = await site.start();
    const upAt = performance.now();
    restart = {
      window: { from: killedAt, to: upAt + 10_000 },
      downMs: upAt - killedAt,
      healthyAfterMs,
    };
    log(`site back after ${((upAt - killedAt) / 1000).toFixed(1)} s`);
  }

  const settled = await Promise.all(outcomes);
  const finishedOk = settled.filter((o): o is LearnerOutcome => !(o instanceof Error));
  settled
    .filter((o): o is Error => o instanceof Error)
    .forEach((e) => metrics.errors.push(`learner failed: ${e.message}`));
  const lostProgress = finishedOk.filter((o) =>
    (before.get(o.index) ?? []).some((t) => !o.completed.includes(t)),
  ).length;

  const rssSamples = site.samples.map((s) => s.rssBytes);
  const cpuSamples = site.samples.map((s) => s.cpuPercent);
  await site.stop();
  rmSync(dataDir, { recursive: true, force: true });

  const run: EventRun = {
    date: new Date().toISOString().slice(0, 10),
    revision: execSync('git rev-parse --short HEAD').toString().trim(),
    learners,
    waveSize,
    waveGapMs,
    keyGapMs,
    faults,
    wallSeconds: (performance.now() - began) / 1000,
    echo: metrics.echo,
    command: metrics.command,
    check: metrics.check,
    errors: metrics.errors,
    cpu: {
      meanPercent: cpuSamples.reduce((a, b) => a + b, 0) / Math.max(1, cpuSamples.length),
      maxPercent: Math.max(0, ...cpuSamples),
    },
    rss: { maxBytes: Math.max(0, ...rssSamples), endBytes: rssSamples.at(-1) ?? 0 },
    abuseWindow,
    restart,
    abuses,
    integrity: {
      finished: finishedOk.filter((o) => o.finished).length,
      complete: finishedOk.filter(isComplete).length,
      ownMarkers: finishedOk.filter((o) => o.ownMarkerFound).length,
      crossed: finishedOk.filter((o) => o.foreignMarkers.length > 0).length,
      lostProgress,
      reconnected: finishedOk.filter((o) => o.reconnects > 0).length,
      droppedSockets: finishedOk.filter((o) => o.index % 10 === 5 && faults).length,
      resumedAfterDrop: finishedOk.filter((o) => faults && o.index % 10 === 5 && o.resumedCount > 0)
        .length,
      phaseRetries: finishedOk.reduce((a, o) => a + o.phaseRetries, 0),
    },
  };
  const section = renderSection(run, args.notes!);
  console.log(`\n${section}`);
  if (metrics.errors.length) console.log(`All errors:\n${metrics.errors.slice(0, 50).join('\n')}`);
  if (!args['no-write']) {
    const path = 'docs/performance.md';
    writeFileSync(path, replaceSection(readFileSync(path, 'utf8'), section));
    log(`wrote the "Event load" section of ${path}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
