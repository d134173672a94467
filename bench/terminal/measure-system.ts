/**
 * One row of the table: starts a system's server, opens N terminals and waits for each prompt
 * (memory before and after), then has every terminal type at once and times each echo (CPU over
 * the timed window). Stops the server before returning.
 */
import os from 'node:os';
import type { SystemUnderTest, TerminalConnection } from './adapters/types';
import { readTreeUsage, type TreeUsage } from './process-tree';
import { startServerProcess, type ServerProcess } from './server-process';
import { summarize, type Summary } from './stats';
import { typeLikeAPerson } from './typist';

export type Measurement = {
  system: string;
  terminals: number;
  /** Round trips of the keys sent in the timed window: every one, and their summary. */
  roundTrips: number[];
  echo: Summary;
  lost: number;
  /** 1-minute load average when the timed window began. */
  loadAverage: number;
  /** How late the server's event loop ran during the timed window (p99, max; ms). */
  serverLoopDelay: { p99: number; max: number };
  memory: {
    heapBefore: number;
    heapAfter: number;
    rssBefore: number;
    rssAfter: number;
    /** Server plus the shells it started (PSS), before and after. */
    treeBefore: number;
    treeAfter: number;
    /** Processes in the tree with all terminals open. */
    processes: number;
  };
  cpu: {
    /** Server process CPU per timed key, ms. */
    serverMsPerKey: number;
    /** Server and its shells, as a share of one core over the timed window. */
    treeCoreShare: number;
    /** The load generator's own share of one core (it shares the machine). */
    clientCoreShare: number;
  };
};

export type MeasureOptions = {
  warmUpMs: number;
  timedMs: number;
  random: () => number;
};

const PROMPT_END = /[$#] $/;
const ESCAPES = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitForPrompt(terminal: TerminalConnection, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let screen = '';
    let seen = false;
    const timer = setTimeout(
      () => reject(new Error(`${what}: no prompt after 120 s; got ${JSON.stringify(screen)}`)),
      120_000,
    );
    terminal.onOutput((text) => {
      if (seen) return; // listeners cannot be removed; this one stops working instead
      screen = (screen + text).slice(-4096);
      if (PROMPT_END.test(screen.replace(ESCAPES, ''))) {
        seen = true;
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

/** Opens terminals a few at a time, as people arriving at a workshop would. */
async function openTerminals(system: SystemUnderTest, url: string, count: number) {
  const terminals: TerminalConnection[] = [];
  const parallel = 8;
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, async (_, i) => {
      const index = start + i;
      const terminal = await system.connect(url, index);
      await waitForPrompt(terminal, `${system.name} terminal ${index}`);
      return terminal;
    });
    terminals.push(...(await Promise.all(batch)));
  }
  return terminals;
}

export async function measureSystem(
  system: SystemUnderTest,
  count: number,
  options: MeasureOptions,
): Promise<Measurement> {
  const server = await startServerProcess(system.serverEntry, system.serverArgs(count));
  try {
    const before = await server.memory();
    const treeBefore = readTreeUsage(server.pid);
    const terminals = await openTerminals(system, server.url, count);
    await sleep(1000); // let start-up work finish before reading memory
    const after = await server.memory();
    const treeAfter = readTreeUsage(server.pid);

    const measureFrom = performance.now() + options.warmUpMs;
    const stopAt = measureFrom + options.timedMs;
    const window = sampleWindow(server, measureFrom, stopAt);
    const results = await Promise.all(
      terminals.map((terminal) =>
        typeLikeAPerson(terminal, {
          measureFrom,
          stopAt,
          minGapMs: 100,
          maxGapMs: 200,
          burst: 30,
          echoTimeoutMs: 10_000,
          random: options.random,
        }),
      ),
    );
    const usage = await window;
    for (const terminal of terminals) terminal.close();

    const roundTrips = results.flatMap((r) => r.roundTrips);
    const lost = results.reduce((sum, r) => sum + r.lost, 0);
    const keys = roundTrips.length + lost;
    if (roundTrips.length === 0) throw new Error(`${system.name}: no key was echoed`);
    return {
      system: system.name,
      terminals: count,
      roundTrips,
      echo: summarize(roundTrips),
      lost,
      loadAverage: usage.loadAverage,
      serverLoopDelay: usage.loopDelay,
      memory: {
        heapBefore: before.heapUsed,
        heapAfter: after.heapUsed,
        rssBefore: before.rss,
        rssAfter: after.rss,
        treeBefore: treeBefore.pssBytes,
        treeAfter: treeAfter.pssBytes,
        processes: treeAfter.processes,
      },
      cpu: {
        serverMsPerKey: usage.serverCpuMs / keys,
        treeCoreShare: usage.treeCpuMs / usage.wallMs,
        clientCoreShare: usage.clientCpuMs / usage.wallMs,
      },
    };
  } finally {
    await server.stop();
  }
}

type WindowUsage = {
  serverCpuMs: number;
  treeCpuMs: number;
  clientCpuMs: number;
  wallMs: number;
  loadAverage: number;
  loopDelay: { p99: number; max: number };
};

/** CPU of the server, its tree and this client between two moments (the timed window). */
async function sampleWindow(
  server: Pick<ServerProcess, 'pid' | 'cpuMs' | 'loopDelay'>,
  from: number,
  to: number,
): Promise<WindowUsage> {
  const clientCpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const read = async (): Promise<[number, TreeUsage, number, number]> => [
    await server.cpuMs(),
    readTreeUsage(server.pid),
    clientCpu(),
    performance.now(),
  ];
  await sleep(from - performance.now());
  const loadAverage = os.loadavg()[0]!;
  const [server0, tree0, client0, wall0] = await read();
  await server.loopDelay(); // starts the server's count afresh
  await sleep(to - performance.now());
  const [server1, tree1, client1, wall1] = await read();
  const loopDelay = await server.loopDelay();
  return {
    serverCpuMs: server1 - server0,
    treeCpuMs: tree1.cpuMs - tree0.cpuMs,
    clientCpuMs: client1 - client0,
    wallMs: wall1 - wall0,
    loadAverage,
    loopDelay,
  };
}
