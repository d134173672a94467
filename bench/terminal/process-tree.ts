/**
 * Memory and CPU of a server together with the processes it started (the shells behind a
 * node-pty terminal are separate processes; the site's simulated shell lives inside its server).
 * Read from Linux /proc: PSS counts shared pages once, split among the processes sharing them,
 * so summing it over many bash processes does not count the bash binary hundreds of times.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type TreeUsage = {
  /** Processes in the tree, the server included. */
  processes: number;
  /** Proportional set size of the whole tree, bytes. */
  pssBytes: number;
  /** User + system CPU time of the live processes in the tree, ms. */
  cpuMs: number;
};

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Parses /proc/<pid>/stat: the command name is in parentheses and may itself contain spaces. */
export function parseStat(stat: string): { ppid: number; cpuTicks: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state(0) ppid(1) … utime(11) stime(12).
  return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

/** Reads `Pss:` from smaps_rollup, in bytes. */
export function parsePss(rollup: string): number {
  const match = /^Pss:\s+(\d+) kB$/m.exec(rollup);
  if (!match) throw new Error('no Pss line in smaps_rollup');
  return Number(match[1]) * 1024;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended while being read
  }
}

export function readTreeUsage(rootPid: number): TreeUsage {
  const stats = new Map<number, { ppid: number; cpuTicks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    if (stat) stats.set(Number(entry), parseStat(stat));
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of stats) {
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let pssBytes = 0;
  let cpuTicks = 0;
  for (const pid of inTree) {
    const rollup = readOrNull(`/proc/${pid}/smaps_rollup`);
    if (rollup) pssBytes += parsePss(rollup);
    cpuTicks += stats.get(pid)?.cpuTicks ?? 0;
  }
  return { processes: inTree.size, pssBytes, cpuMs: cpuTicks * TICK_MS };
}
