/**
 * `npm run bench:instructor`: the instructor dashboard with a class of 500 learners. Seeds a fresh
 * SQLite database, then runs the real site over it and measures the dashboard's first render (HTML
 * and headless Chromium), update latency (check → live feed → cell in the page) and sustained
 * check ingestion (recordCheckAttempt in a loop, and POST /api/checks). Writes the "Instructor
 * dashboard" section of docs/performance.md. A benchmark, not a test.
 *
 * Environment: BENCH_LEARNERS (default 500), BENCH_INGEST (default 3000 direct attempts),
 * BENCH_WRITE=0 to print without writing the document, NEXT_DIST_DIR (the build to serve),
 * BENCH_SCREENSHOT=FILE to save a picture of the dashboard with the seeded class.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@/server/progress/db';
import { replaceSection } from '../terminal/report';
import { summarize } from '../terminal/stats';
import {
  launchChromium,
  measureFirstRender,
  openDashboard,
  watchCellChange,
} from './browser-dashboard';
import { joinLearner } from './learner-client';
import { renderInstructorSection } from './report';
import { ingestAttempts, LAB, seedClass } from './seed-class';
import { startSite } from './site-process';
import { watchDashboardFeed } from './sse-watch';

const DOC = path.resolve(import.meta.dirname, '..', '..', 'docs', 'performance.md');
const TOKEN = 'bench-instructor-token';
const PREPARE = `${LAB}#prepare`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const learners = Number(process.env.BENCH_LEARNERS ?? 500);
  const ingestCount = Number(process.env.BENCH_INGEST ?? 3000);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'instructor-bench-'));
  console.log(`seeding ${learners} learners into ${dataDir} …`);

  const db = await openDatabase({ dataDir });
  const seeded = await seedClass(db, learners);
  const ingest = await ingestAttempts(db, ingestCount);
  await db.destroy();
  console.log(`seeded ${seeded.attempts} attempts; direct ingestion ${ingestCount} attempts`);

  const site = await startSite({ DATA_DIR: dataDir, INSTRUCTOR_TOKEN: TOKEN });
  const browser = await launchChromium();
  try {
    // First render, HTML only.
    const htmlTtfb: number[] = [];
    const htmlTotal: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const res = await fetch(`${site.url}/instructor`, {
        headers: { cookie: `ws_instructor=${TOKEN}` },
      });
      const t1 = performance.now();
      const body = await res.text();
      if (!body.includes(`Learner ${String(learners).padStart(3, '0')}`))
        throw new Error('grid missing from HTML');
      bytes = Buffer.byteLength(body);
      if (i >= 2) {
        htmlTtfb.push(t1 - t0);
        htmlTotal.push(performance.now() - t0);
      }
    }

    // First render in Chromium, cold context each time.
    console.log('first render: HTML done');
    const b = { ttfb: [] as number[], gridPainted: [] as number[], live: [] as number[] };
    for (let i = 0; i < 7; i++) {
      const page = await openDashboard(browser, site.url, TOKEN);
      const m = await measureFirstRender(page, site.url, learners);
      if (i >= 1) {
        b.ttfb.push(m.ttfb);
        b.gridPainted.push(m.gridPainted);
        b.live.push(m.live);
      }
      await page.context().close();
    }

    console.log('first render: Chromium done');
    // Update latency on an otherwise idle site: one learner, checks spaced out.
    const feed = await watchDashboardFeed(site.url, TOKEN);
    const dashboard = await openDashboard(browser, site.url, TOKEN);
    const probe = await joinLearner(site.url, 'Latency Probe');
    await dashboard.goto(`${site.url}/instructor`);
    await dashboard.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    await probe.check(); // provisions the learner's sandbox; not timed
    const sse: number[] = [];
    const cell: number[] = [];
    const checkMs: number[] = [];
    for (let n = 2; n <= 19; n++) {
      const cellChanged = await watchCellChange(dashboard, probe.displayName);
      const arrived = feed.waitFor(probe.learnerId, PREPARE, n);
      const sentEpoch = performance.timeOrigin + performance.now();
      const { sentAt, ms, status } = await probe.check();
      if (status !== 200) throw new Error(`check answered ${status}`);
      sse.push((await arrived) - sentAt);
      cell.push((await cellChanged()) - sentEpoch);
      checkMs.push(ms);
      await sleep(150);
    }

    if (process.env.BENCH_SCREENSHOT) {
      await dashboard.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
    }

    console.log('update latency done');
    // Ingestion through HTTP, many learners at once, dashboard and feed open.
    const httpLearners = Number(process.env.BENCH_HTTP_LEARNERS ?? 24);
    const clients = [];
    for (let i = 0; i < httpLearners; i++)
      clients.push(await joinLearner(site.url, `Load ${i + 1}`));
    await Promise.all(clients.map((c) => c.check())); // provision sandboxes, not timed
    const httpMs: number[] = [];
    const underLoad: number[] = [];
    const started = performance.now();
    await Promise.all(
      clients.map(async (c) => {
        for (let n = 2; n <= 19; n++) {
          const arrived = feed.waitFor(c.learnerId, PREPARE, n, 30_000);
          const { sentAt, ms, status } = await c.check();
          if (status !== 200) throw new Error(`check answered ${status}`);
          httpMs.push(ms);
          underLoad.push((await arrived) - sentAt);
        }
      }),
    );
    const httpWall = performance.now() - started;
    feed.close();

    const cpus = os.cpus();
    const figures = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, headless Chromium`,
      load,
      learners,
      seededAttempts: seeded.attempts,
      seed: {
        summary: summarize(seeded.callMs),
        perSecond: seeded.callMs.length / (seeded.callMs.reduce((a, b) => a + b, 0) / 1000),
      },
      ingest: {
        summary: summarize(ingest.callMs),
        perSecond: ingestCount / (ingest.wallMs / 1000),
        count: ingestCount,
      },
      http: {
        summary: summarize(httpMs),
        perSecond: httpMs.length / (httpWall / 1000),
        count: httpMs.length,
        learners: httpLearners,
      },
      html: { ttfb: summarize(htmlTtfb), total: summarize(htmlTotal), bytes },
      browser: {
        ttfb: summarize(b.ttfb),
        gridPainted: summarize(b.gridPainted),
        live: summarize(b.live),
      },
      update: { sse: summarize(sse), cell: summarize(cell), checkMs: summarize(checkMs) },
      updateUnderLoad: summarize(underLoad),
    };
    const section = renderInstructorSection(figures);
    console.log(section);
    if (process.env.BENCH_WRITE !== '0') {
      const doc = await readFile(DOC, 'utf8');
      await writeFile(DOC, replaceSection(doc, 'Instructor dashboard', section));
      console.log(`wrote the "Instructor dashboard" section of ${DOC}`);
    }
  } finally {
    await browser.close();
    await site.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
