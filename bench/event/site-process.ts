/**
 * The site under test as a child process (`scripts/start.ts`, what `npm start` runs) on a fixed
 * port and data folder, so the bench can kill it with SIGKILL mid-event and start it again on the
 * same address. It samples the server's CPU and resident memory from /proc once a second.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseStat } from '@/bench/terminal/process-tree';

export type UsageSample = { at: number; cpuPercent: number; rssBytes: number };

export type SiteOptions = {
  port: number;
  dataDir: string;
  distDir: string;
  log: (line: string) => void;
};

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux.

function readRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export class SiteProcess {
  child: ChildProcess | null = null;
  samples: UsageSample[] = [];
  private sampler: NodeJS.Timeout | null = null;

  constructor(private readonly options: SiteOptions) {}

  get url(): string {
    return `http://localhost:${this.options.port}`;
  }

  /** Starts the site and resolves with how long it took to answer /healthz. */
  async start(): Promise<number> {
    const started = performance.now();
    // BENCH_SERVER_NODE_ARGS adds Node flags for the site, e.g. `--cpu-prof --cpu-prof-dir=prof`.
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'scripts/start.ts'], {
      env: {
        ...process.env,
        PORT: String(this.options.port),
        DATA_DIR: this.options.dataDir,
        NEXT_DIST_DIR: this.options.distDir,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const forward = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((line) => this.options.log(line));
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the site exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error('the site did not answer /healthz in 180 s');
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) break;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    this.startSampling(child.pid!);
    return performance.now() - started;
  }

  /** SIGKILL: no chance to write final snapshots, like a crash or an OOM kill. */
  async kill(): Promise<void> {
    const child = this.child;
    this.stopSampling();
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.stopSampling();
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  private startSampling(pid: number): void {
    let last = {
      at: performance.now(),
      ticks: parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).cpuTicks,
    };
    this.sampler = setInterval(() => {
      try {
        const now = performance.now();
        const ticks = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).cpuTicks;
        const cpuPercent = (((ticks - last.ticks) * TICK_MS) / (now - last.at)) * 100;
        last = { at: now, ticks };
        this.samples.push({ at: now, cpuPercent, rssBytes: readRss(pid) });
      } catch {
        // The process is gone; the next start samples again.
      }
    }, 1000);
  }

  private stopSampling(): void {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = null;
  }
}
