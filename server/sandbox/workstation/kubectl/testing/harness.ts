/**
 * Test harness: a sandbox on a free port with two learner clusters, one driven by this kubectl
 * and one by a real kubectl binary, so the same command lines can be compared output for output.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import type { ProcessIO } from '../../../runtime/process';
import type { KubectlEnvironment } from '../environment';
import { runKubectl } from '../index';

export type RunResult = { stdout: string; stderr: string; code: number };

/** Splits a command line like a shell would (quotes, no expansion). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | null = null;
  let started = false;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = null;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

/** Finds the real kubectl 1.33 binary beside the `kubectl` on PATH, if any. */
export function findRealKubectl(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = path.join(dir, 'kubectl');
    if (!existsSync(candidate)) continue;
    const real = path.join(path.dirname(realpathSync(candidate)), 'kubectl.1.33');
    if (existsSync(real)) return real;
  }
  return null;
}

export type MineOptions = {
  terminal?: ProcessIO;
  signal?: AbortSignal;
  /** Receives stdout as it is written (for streaming commands). */
  onStdout?: (text: string) => void;
};

export type Harness = {
  sandbox: Sandbox;
  files: Map<string, string>;
  /** Runs this kubectl against learner cluster A. */
  mine(line: string, stdin?: string, options?: MineOptions): Promise<RunResult>;
  /** Runs real kubectl against learner cluster B, in a folder holding the same files. */
  real(line: string, stdin?: string): Promise<RunResult>;
  /** Writes a file for both sides (relative to the home folder). */
  writeFile(name: string, content: string): Promise<void>;
  close(): Promise<void>;
};

export async function startHarness(): Promise<Harness> {
  const sandbox = await createSandbox({ port: 0 });
  const a = await sandbox.provisionLearnerCluster(`mine-${process.pid}`);
  const b = await sandbox.provisionLearnerCluster(`real-${process.pid}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'kubectl-compare-'));
  const kubeconfig = path.join(dir, 'kubeconfig');
  await writeFile(kubeconfig, b.kubeconfig);
  const files = new Map<string, string>();
  const home = '/home/learner';
  const binary = findRealKubectl();
  return {
    sandbox,
    files,
    async mine(line, stdin, options = {}) {
      let stdout = '';
      let stderr = '';
      const env: KubectlEnvironment = {
        access: { server: sandbox.url, token: a.token, namespace: 'default' },
        cwd: home,
        home,
        readFile: async (p) => {
          const content = files.get(p);
          if (content === undefined) throw new Error(`cat: ${p}: No such file or directory`);
          return content;
        },
        writeFile: async (p, content) => {
          files.set(p, content);
        },
        stdin: stdin ?? null,
        stdout: (t) => {
          stdout += t;
          options.onStdout?.(t);
        },
        stderr: (t) => (stderr += t),
        terminal: options.terminal ?? null,
        signal: options.signal ?? new AbortController().signal,
      };
      const code = await runKubectl(splitCommandLine(line), env);
      return { stdout, stderr, code };
    },
    real(line, stdin) {
      if (!binary) throw new Error('no real kubectl binary found');
      return new Promise((resolve) => {
        const child = execFile(
          binary,
          splitCommandLine(line),
          {
            cwd: dir,
            env: {
              ...process.env,
              HOME: dir,
              KUBECONFIG: kubeconfig,
              KUBECACHEDIR: path.join(dir, 'cache'),
            },
            timeout: 60_000,
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ stdout, stderr, code });
          },
        );
        if (stdin !== undefined) child.stdin?.end(stdin);
        else child.stdin?.end();
      });
    },
    async writeFile(name, content) {
      files.set(`${home}/${name}`, content);
      await writeFile(path.join(dir, name), content);
    },
    close: () => sandbox.close(),
  };
}
