/**
 * Turns the measurements into the "Terminal" section of docs/performance.md and puts it in place
 * of the previous one, leaving every other section as it was.
 */
import type { Measurement } from './measure-system';

export type RunFacts = {
  date: string;
  cores: number;
  cpuModel: string;
  node: string;
  revision: string;
  loadAtStart: string;
  warmUpSeconds: number;
  rounds: number;
  timedSeconds: Record<number, number>;
  descriptions: Record<string, string>;
};

const MiB = 1024 * 1024;
const KiB = 1024;
const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** How many times the floor's figure this one is ("1.0×" is as fast as the bare relay). */
export function formatRatio(value: number, floor: number | undefined): string {
  if (floor === undefined || floor <= 0) return '–';
  return `${(value / floor).toFixed(1)}×`;
}

/** Bytes per terminal from a before/after pair; never below zero (GC can shrink the heap). */
export function perTerminal(before: number, after: number, terminals: number): number {
  return Math.max(0, after - before) / terminals;
}

function renderLatencyRow(m: Measurement, floor: Measurement | undefined): string {
  return [
    m.terminals,
    m.system,
    m.echo.count,
    m.lost,
    fixed(m.echo.p50, 2),
    fixed(m.echo.p99, 2),
    fixed(m.echo.max, 1),
    formatRatio(m.echo.p50, floor?.echo.p50),
    formatRatio(m.echo.p99, floor?.echo.p99),
    `${fixed(m.serverLoopDelay.p99, 0)} / ${fixed(m.serverLoopDelay.max, 0)}`,
    fixed(m.loadAverage, 2),
  ].join(' | ');
}

function renderResourceRow(m: Measurement): string {
  const { memory, cpu } = m;
  return [
    m.terminals,
    m.system,
    fixed(cpu.serverMsPerKey, 3),
    `${fixed(cpu.treeCoreShare * 100, 0)} %`,
    `${fixed(cpu.clientCoreShare * 100, 0)} %`,
    `${fixed(memory.rssBefore / MiB, 0)} → ${fixed(memory.rssAfter / MiB, 0)}`,
    fixed(perTerminal(memory.heapBefore, memory.heapAfter, m.terminals) / KiB, 0),
    fixed(perTerminal(memory.rssBefore, memory.rssAfter, m.terminals) / KiB, 0),
    fixed(perTerminal(memory.treeBefore, memory.treeAfter, m.terminals) / KiB, 0),
    memory.processes,
  ].join(' | ');
}

/** The verdict on the issue's target: our p99 no worse than wetty's at the largest N. */
export function judgeTarget(rows: Measurement[]): string {
  const largest = Math.max(...rows.map((r) => r.terminals));
  const ours = rows.find((r) => r.system === 'site' && r.terminals === largest);
  const theirs = rows.find((r) => r.system === 'wetty' && r.terminals === largest);
  if (!ours || !theirs) return `Target not judged: site or wetty missing at ${largest} terminals.`;
  const met = ours.echo.p99 <= theirs.echo.p99;
  return (
    `Target (site p99 ≤ wetty p99 at ${largest} terminals): **${met ? 'met' : 'missed'}** — ` +
    `site ${fixed(ours.echo.p99, 2)} ms, wetty ${fixed(theirs.echo.p99, 2)} ms.`
  );
}

/**
 * `notes` is prose kept beside the bench (notes.md): what the figures mean and, when the target
 * is missed, why and what would meet it. It is written by people, so it is included as is.
 */
export function renderTerminalSection(rows: Measurement[], facts: RunFacts, notes = ''): string {
  const floorOf = (m: Measurement) =>
    rows.find((r) => r.system === 'relay' && r.terminals === m.terminals);
  const timed = Object.entries(facts.timedSeconds)
    .map(([n, s]) => `${s} s at ${n}`)
    .join(', ');
  return [
    '## Terminal',
    '',
    `Measured by \`npm run bench:terminal\` on ${facts.date} (${facts.revision}): ${facts.cores} cores (${facts.cpuModel}),`,
    `shared with other work, Node ${facts.node}; 1-minute load average ${facts.loadAtStart} when the run`,
    'started (each row gives it again as its timed window began). All systems were measured in the same',
    'run, on the same machine, with the same typing; each server runs in its own process, and the load',
    'generator (all the clients) in one more process on the same two cores.',
    '',
    ...Object.entries(facts.descriptions).map(([name, text]) => `- **${name}**: ${text}.`),
    '',
    'Typing: every terminal types a digit every 100–200 ms (uniformly random, starts staggered),',
    'without waiting for echoes, clearing the line with Ctrl-U every 30 keys. A key’s round trip is',
    'from sending it to receiving its echo. Keys sent during the warm-up',
    `(${facts.warmUpSeconds} s) are not timed; timed window: ${timed} terminals. Each size and system was`,
    `measured in ${facts.rounds} round(s), the order of systems rotating each round; a row pools the keys of`,
    'all its rounds (percentiles are nearest-rank over the pool) and averages memory and CPU.',
    'Lost keys got no echo within 10 s.',
    '',
    'Memory: the server process asked for its heap (after a full GC) and RSS once listening',
    '(the site with its N learner clusters already provisioned) and again with N terminals open at',
    'their prompt; per terminal = difference ÷ N. "tree PSS" adds the processes the server started',
    '(one bash per terminal for wetty and the relay; the site simulates its shell in-process).',
    'CPU: "server CPU" is the server process’s CPU time over the timed window divided by the keys',
    'sent in it; "tree CPU" is server plus shells, and "client CPU" the load generator, as shares of one',
    'core. "Server loop delay" is how late the server’s event loop ran timers during the timed window',
    '(`monitorEventLoopDelay`, 10 ms resolution): high values mean ready work waited in the server.',
    '',
    '| terminals | system | keys timed | lost | p50 (ms) | p99 (ms) | max (ms) | p50 vs relay | p99 vs relay | server loop delay p99 / max (ms) | load avg |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((m) => `| ${renderLatencyRow(m, floorOf(m))} |`),
    '',
    '| terminals | system | server CPU (ms/key) | tree CPU | client CPU | server RSS before → after (MiB) | heap / terminal (KiB) | RSS / terminal (KiB) | tree PSS / terminal (KiB) | processes |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((m) => `| ${renderResourceRow(m)} |`),
    '',
    judgeTarget(rows),
    '',
    ...(notes.trim() ? [notes.trim(), ''] : []),
  ].join('\n');
}

/** Replaces the `## <heading>` section of a Markdown document (or appends it). */
export function replaceSection(doc: string, heading: string, section: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return `${doc.trimEnd()}\n\n${section.trimEnd()}\n`;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n');
  return `${before}${before ? '\n' : ''}${section.trimEnd()}\n${after ? `\n${after}` : ''}`
    .trimEnd()
    .concat('\n');
}
