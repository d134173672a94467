/** Starts `npm run sandbox` (the standalone CLI) for a test and stops it again. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `stop` resolves true when the sandbox went away on SIGTERM alone (no forced kill needed). */
export type Standalone = { kubeconfig: string; url: string; stop(): Promise<boolean> };

const ROOT = path.resolve(import.meta.dirname, '../../..');

export function startStandalone(): Promise<Standalone> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-cli-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  const child: ChildProcess = spawn(
    'npm',
    ['run', '--silent', 'sandbox', '--', '--port', '0', '--kubeconfig', kubeconfig],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready on (\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        kubeconfig,
        url: m[1]!,
        stop: async () => {
          // SIGTERM to npm alone must stop the sandbox (npm and tsx forward it). Then wait for
          // every process of the group to be gone; a forced kill means the stop failed.
          child.kill('SIGTERM');
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline) {
            try {
              process.kill(-child.pid!, 0);
            } catch {
              return true;
            }
            await new Promise((r) => setTimeout(r, 50));
          }
          process.kill(-child.pid!, 'SIGKILL');
          return false;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
  });
}
