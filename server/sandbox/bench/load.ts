/** Load generation for the sandbox benchmark: timed HTTP requests and exec sessions. */
import { Agent, request } from 'node:http';
import { WebSocket } from 'ws';

export type Sample = { ms: number[]; seconds: number };

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

export function timedRequest(
  url: string,
  token: string,
  method: string,
  path: string,
  body?: string,
  type?: string,
): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': type ?? 'application/json' } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 300)
            reject(new Error(`${method} ${path}: HTTP ${res.statusCode}`));
          else resolve(Number(process.hrtime.bigint() - started) / 1e6);
        });
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** One exec round trip: upgrade, run the command, read the status frame, close. */
export function timedExec(url: string, token: string, path: string): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}${path}`, ['v5.channel.k8s.io'], {
      headers: { authorization: `Bearer ${token}` },
    });
    let status = '';
    ws.on('message', (data: Buffer) => {
      if (data[0] === 3) status = data.subarray(1).toString();
    });
    ws.on('close', () => {
      if (!status.includes('Success')) reject(new Error(`exec failed: ${status}`));
      else resolve(Number(process.hrtime.bigint() - started) / 1e6);
    });
    ws.on('error', reject);
  });
}

/** Runs `op` `total` times with `concurrency` in flight; returns latencies and wall time. */
export async function runLoad(
  total: number,
  concurrency: number,
  op: (i: number) => Promise<number>,
): Promise<Sample> {
  const ms: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        ms.push(await op(i));
      }
    }),
  );
  return { ms, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
