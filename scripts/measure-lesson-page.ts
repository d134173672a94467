/**
 * `npm run bench:page`: measures what a lesson page costs a reader, against a running production
 * server. For every lesson: the gzip size of the JavaScript files its initial HTML loads, and its
 * Largest Contentful Paint in headless Chromium over several cold runs (median and p99). Writes the
 * figures to the "Lesson pages" section of docs/performance.md.
 *
 *   npm run bench:page -- --url http://localhost:3000 --runs 9 [--no-write]
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import * as prettier from 'prettier';
import { extractScriptSources, median, percentile, replaceSection } from './measure-helpers';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BASE_URL ?? 'http://localhost:3000' },
    runs: { type: 'string', default: '9' },
    'no-write': { type: 'boolean', default: false },
    report: { type: 'string', default: 'docs/performance.md' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

const base = args.url.replace(/\/$/, '');
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got "${args.runs}"`);

/** Target from the issue: a lesson page's first-load JavaScript stays within 150 kB gzip. */
const budgetKb = 150;

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status} ${res.statusText}`);
  return res.text();
}

async function listLessonPaths(): Promise<string[]> {
  const home = await fetchText(`${base}/`);
  const paths = [...home.matchAll(/href="(\/learn\/[^/"]+\/[^"#?]+)"/g)].map((m) => m[1]!);
  const unique = [...new Set(paths)];
  if (unique.length === 0)
    throw new Error(`no lesson links found on ${base}/ — is the site running?`);
  return unique;
}

type ScriptCost = { files: number; rawBytes: number; gzipBytes: number };

async function measureScripts(path: string): Promise<ScriptCost> {
  const pageUrl = `${base}${path}`;
  const sources = extractScriptSources(await fetchText(pageUrl), pageUrl);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of sources) {
    const res = await fetch(src);
    if (!res.ok) throw new Error(`GET ${src} answered ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { files: sources.length, rawBytes, gzipBytes };
}

type PageLoad = { lcp: number; scriptUrls: string[]; scriptBytes: number };

/**
 * One cold page load (fresh browser context, empty cache): its LCP in milliseconds, and the
 * JavaScript the browser itself fetched by then (a cross-check of the HTML-based figure).
 */
async function loadPage(browser: Browser, path: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          let last = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) last = entry.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          // LCP candidates stop once the page has settled; give late paints a moment.
          setTimeout(() => (last > 0 ? resolve(last) : reject(new Error('no LCP entry'))), 1000);
        }),
    );
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ url: e.name, bytes: (e as PerformanceResourceTiming).decodedBodySize })),
    );
    return {
      lcp,
      scriptUrls: scripts.map((s) => s.url),
      scriptBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    };
  } finally {
    await context.close();
  }
}

/** Strings that only the editor (Monaco) or the terminal (xterm.js) bundles contain. */
const heavyMarkers = ['xterm-helper-textarea', 'monaco-editor'];

/** Which of the heavy markers appear in any of these scripts. */
async function findHeavyCode(urls: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const url of urls) {
    const text = await fetchText(url);
    for (const marker of heavyMarkers) if (text.includes(marker)) found.add(marker);
  }
  return [...found];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => Math.round(value).toString();

async function main() {
  const paths = await listLessonPaths();
  const browser = await chromium.launch({
    executablePath: args.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const rows: string[] = [];
  let worstGzip = 0;
  const heavyFound: string[] = [];
  try {
    // One untimed load so server-side caches are warm and the first lesson is not penalised.
    await loadPage(browser, paths[0]!);
    for (const path of paths) {
      const scripts = await measureScripts(path);
      const loads: PageLoad[] = [];
      for (let i = 0; i < runs; i++) loads.push(await loadPage(browser, path));
      const lcps = loads.map((l) => l.lcp);
      const fetched = loads[loads.length - 1]!;
      const heavy = await findHeavyCode(fetched.scriptUrls);
      if (heavy.length > 0) heavyFound.push(`${path}: ${heavy.join(', ')}`);
      worstGzip = Math.max(worstGzip, scripts.gzipBytes);
      const row = `| \`${path}\` | ${scripts.files} | ${kb(scripts.rawBytes)} | ${kb(scripts.gzipBytes)} | ${fetched.scriptUrls.length} / ${kb(fetched.scriptBytes)} | ${ms(median(lcps))} | ${ms(percentile(lcps, 99))} |`;
      rows.push(row);
      console.log(row);
    }
  } finally {
    await browser.close();
  }

  console.log(
    heavyFound.length
      ? `Editor or terminal code in a first load: ${heavyFound.join('; ')}`
      : "No editor or terminal code in any lesson page's first load.",
  );
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const body = [
    `Measured ${date} UTC with \`npm run bench:page\` against a production build (\`npm start\`) on a`,
    `shared machine: ${os.cpus().length} cores (${cpu}), Node ${process.version}, headless Chromium, with`,
    'other work running at the same time. Read the timings as an upper bound, not a lab figure.',
    '',
    '- **First-load JavaScript**: every `<script src>` in the lesson’s initial HTML, fetched and',
    '  gzipped (level 9), summed. `nomodule` polyfills are left out: browsers that support modules',
    `  never download them. Target: ≤ ${budgetKb} kB gzip. Largest: **${kb(worstGzip)} kB**`,
    `  (${worstGzip / 1024 <= budgetKb ? 'within' : 'OVER'} the target).`,
    `- **LCP**: Largest Contentful Paint from \`PerformanceObserver\`, ${runs} cold loads per lesson`,
    '  (a fresh browser context each time), 1280×800 viewport, no throttling; median and p99',
    `  (nearest rank${runs < 100 ? `: with ${runs} runs, p99 is the slowest run` : ''}).`,
    '- **Fetched by Chromium**: the `.js` files the browser really downloaded within 1 s of `load`',
    '  (Resource Timing, decoded size), including chunks Next prefetches for linked pages.',
    `- **No editor or terminal code**: those files were searched for ${heavyMarkers.map((m) => `\`${m}\``).join(' and ')}`,
    `  (strings only Monaco and xterm.js contain): ${heavyFound.length ? `FOUND in ${heavyFound.join('; ')}` : 'not found on any lesson page'}.`,
    '',
    '| lesson page | script files | JS raw (kB) | JS gzip (kB) | fetched by Chromium (files / raw kB) | LCP median (ms) | LCP p99 (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');

  if (args['no-write']) return;
  const current = await readFile(args.report, 'utf8').catch(() => '# Performance\n');
  // Format this section like the rest of the repository (so `npm run format:check` stays green),
  // and leave the other sections, which other benchmarks write, exactly as they are.
  const options = (await prettier.resolveConfig(args.report)) ?? {};
  const formatted = await prettier.format(body, { ...options, parser: 'markdown' });
  const text = replaceSection(current, 'Lesson pages', formatted);
  await writeFile(args.report, text);
  console.log(`Updated the "Lesson pages" section of ${args.report}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
