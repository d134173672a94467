/**
 * The server half of the sandbox benchmark, run in its own process (so the load generator does
 * not share its event loop): starts a sandbox, provisions N learner clusters, and answers
 * memory questions over IPC. Run with `node --expose-gc`.
 */
import { createSandbox } from '../index';

type Message =
  { type: 'provision'; count: number } | { type: 'memory' } | { type: 'cpu' } | { type: 'close' };

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage().heapUsed;
}

async function main() {
  const sandbox = await createSandbox({ clusterOptions: { timing: { startMs: 0, pullMs: 0 } } });
  const tokens: string[] = [];
  process.on('message', (raw) => {
    const msg = raw as Message;
    void (async () => {
      if (msg.type === 'provision') {
        const batch: Promise<{ token: string }>[] = [];
        for (let i = 0; i < msg.count; i++)
          batch.push(sandbox.provisionLearnerCluster(`bench-${tokens.length + i}`));
        for (const { token } of await Promise.all(batch)) tokens.push(token);
        // Let the controllers settle so the clusters are idle.
        await new Promise((r) => setTimeout(r, 200));
        process.send!({ type: 'provisioned', url: sandbox.url, tokens });
      } else if (msg.type === 'memory') {
        process.send!({ type: 'memory', heapUsed: heapAfterGc(), rss: process.memoryUsage().rss });
      } else if (msg.type === 'cpu') {
        const { user, system } = process.cpuUsage();
        process.send!({ type: 'cpu', micros: user + system });
      } else if (msg.type === 'close') {
        await sandbox.close();
        process.exit(0);
      }
    })();
  });
  process.send!({ type: 'ready', url: sandbox.url });
}

void main();
