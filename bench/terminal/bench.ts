/**
 * `npm run bench:terminal`: keystroke-to-echo round trips (p50/p99) with 1, 50 and 200 open
 * terminals, memory per terminal and CPU, for the site's terminal and two baselines measured in
 * the same run (wetty, and a bare node-pty ↔ ws relay as the floor). Writes the "Terminal"
 * section of docs/performance.md. A benchmark, not a test: it is not part of `npm test`.
 *
 * Environment: BENCH_SIZES (default "1,50,200"), BENCH_SECONDS (timed seconds per row; default
 * 40 for one terminal, to gather enough keys for a p99, and 20 otherwise), BENCH_SYSTEMS
 * (default "relay,wetty,site,site-split"; site-split is an experiment with the sandbox in its own
 * process),
 * BENCH_ROUNDS (default 2: every size and system measured this many
 * times, the order of systems rotating each round, keys pooled), BENCH_WRITE=0 to print without
 * writing the document.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { relay } from './adapters/relay';
import { site, siteSplit } from './adapters/site';
import type { SystemUnderTest } from './adapters/types';
import { wetty } from './adapters/wetty';
import { measureSystem, type Measurement } from './measure-system';
import { mergeRounds } from './merge-rounds';
import { renderTerminalSection, replaceSection } from './report';

const DOC = path.resolve(import.meta.dirname, '..', '..', 'docs', 'performance.md');
const NOTES = path.join(import.meta.dirname, 'notes.md');
const SYSTEMS: Record<string, SystemUnderTest> = { relay, wetty, site, 'site-split': siteSplit };
const WARM_UP_SECONDS = 3;

function readList(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A seeded generator, so every system gets the same sequence of keys and pauses. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The commit measured, marked when the working tree had changes on top of it. */
function readRevision(): string {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return `${run('rev-parse', '--short', 'HEAD')}${run('status', '--porcelain') ? ' + local changes' : ''}`;
  } catch {
    return 'unknown revision';
  }
}

async function main() {
  const sizes = readList('BENCH_SIZES', '1,50,200').map(Number);
  const systems = readList('BENCH_SYSTEMS', 'relay,wetty,site,site-split').map((name) => {
    const system = SYSTEMS[name];
    if (!system) {
      throw new Error(
        `unknown system "${name}"; expected one of ${Object.keys(SYSTEMS).join(', ')}`,
      );
    }
    return system;
  });
  const timedSeconds = (n: number) => Number(process.env.BENCH_SECONDS ?? (n === 1 ? 40 : 20));
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const measured = new Map<string, Measurement[]>();
  for (let round = 0; round < rounds; round++) {
    for (const size of sizes) {
      // Rotating the order spreads any drift in the machine's load over all systems.
      const order = systems.map((_, i) => systems[(i + round) % systems.length]!);
      for (const system of order) {
        console.log(`round ${round + 1}/${rounds}, ${system.name}: ${size} terminal(s)…`);
        const measure = () =>
          measureSystem(system, size, {
            warmUpMs: WARM_UP_SECONDS * 1000,
            timedMs: timedSeconds(size) * 1000,
            random: createRandom(size * 1000 + round),
          });
        // One retry: a server that fails to start on a busy shared machine should not cost the run.
        const row = await measure().catch((err: unknown) => {
          console.error(
            `  failed (${err instanceof Error ? err.message : String(err)}); retrying once`,
          );
          return measure();
        });
        console.log(
          `  p50 ${row.echo.p50.toFixed(2)} ms, p99 ${row.echo.p99.toFixed(2)} ms over ${row.echo.count} keys (${row.lost} lost), ` +
            `load ${row.loadAverage.toFixed(1)}, server loop delay p99 ${row.serverLoopDelay.p99.toFixed(0)} ms`,
        );
        const key = `${size}/${system.name}`;
        measured.set(key, [...(measured.get(key) ?? []), row]);
      }
    }
  }
  const rows = sizes.flatMap((size) =>
    systems.map((system) => mergeRounds(measured.get(`${size}/${system.name}`)!)),
  );

  const section = renderTerminalSection(
    rows,
    {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      cores: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      node: process.version,
      revision: readRevision(),
      loadAtStart,
      warmUpSeconds: WARM_UP_SECONDS,
      rounds,
      timedSeconds: Object.fromEntries(sizes.map((n) => [n, timedSeconds(n)])),
      descriptions: Object.fromEntries(systems.map((s) => [s.name, s.description])),
    },
    await readFile(NOTES, 'utf8').catch(() => ''),
  );
  if (process.env.BENCH_WRITE === '0') {
    console.log(section);
    return;
  }
  let doc = '# Performance\n';
  try {
    doc = await readFile(DOC, 'utf8');
  } catch {
    // No document yet: start one.
  }
  await writeFile(DOC, replaceSection(doc, 'Terminal', section));
  console.log(`wrote the Terminal section of ${path.relative(process.cwd(), DOC)}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
