/**
 * Starts one server under test in its own Node process (with the probe, `--expose-gc`, and tsx
 * for TypeScript) and asks it questions over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { ProbeAnswer } from './servers/probe';

export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  /** What the server announced once it listened. */
  url: string;
  memory(): Promise<{ heapUsed: number; rss: number }>;
  /** The server process's own CPU time so far, ms. */
  cpuMs(): Promise<number>;
  /** Event-loop delay (p99, max; ms) since the previous call. */
  loopDelay(): Promise<{ p99: number; max: number }>;
  stop(): Promise<void>;
};

function waitForAnswer<T extends ProbeAnswer['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ProbeAnswer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no "${type}" from the server`)), timeoutMs);
    const onMessage = (raw: unknown) => {
      const answer = raw as ProbeAnswer;
      if (answer.type === 'failed') finish(new Error(`the server failed: ${answer.message}`));
      else if (answer.type === type) finish(null, answer as Extract<ProbeAnswer, { type: T }>);
    };
    const onExit = (code: number | null) => finish(new Error(`the server exited (${code})`));
    const finish = (err: Error | null, answer?: Extract<ProbeAnswer, { type: T }>) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(answer!);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startServerProcess(entry: string, args: string[]): Promise<ServerProcess> {
  // BENCH_SERVER_NODE_ARGS adds Node flags to the server, e.g. `--cpu-prof` to see where time goes.
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = fork(entry, args, {
    execArgv: ['--expose-gc', '--import', 'tsx', ...extra],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await waitForAnswer(child, 'ready', 180_000);
  const ask = async <T extends 'memory' | 'cpu' | 'loop'>(type: T) => {
    const answer = waitForAnswer(child, type, 30_000);
    child.send({ type });
    return answer;
  };
  return {
    child,
    pid: child.pid!,
    url,
    memory: async () => {
      const { heapUsed, rss } = await ask('memory');
      return { heapUsed, rss };
    },
    cpuMs: async () => (await ask('cpu')).micros / 1000,
    loopDelay: async () => {
      const { p99, max } = await ask('loop');
      return { p99, max };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.send({ type: 'close' });
      }),
  };
}
