/**
 * Helpers for the runtime's tests: pods built from a few fields, and an in-memory ProcessIO that
 * records what a program writes and feeds it scripted stdin.
 */

import { createContainerRuntime } from './index';
import type { ExecRequest, KubeObject, ProcessIO, TerminalSize } from './process';

export type PodOptions = {
  image?: string;
  name?: string;
  container?: Record<string, unknown>;
  securityContext?: Record<string, unknown>;
  podSecurityContext?: Record<string, unknown>;
  podIP?: string;
};

export function makePod(options: PodOptions = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: options.name ?? 'cfos-7d9f8b6c5-x2k4p', namespace: 'cfostest' },
    spec: {
      ...(options.podSecurityContext ? { securityContext: options.podSecurityContext } : {}),
      containers: [
        {
          name: 'main',
          image: options.image ?? 'fortinetwandy.azurecr.io/cfos:255',
          ...(options.securityContext ? { securityContext: options.securityContext } : {}),
          ...options.container,
        },
      ],
    },
    status: { phase: 'Running', podIP: options.podIP ?? '10.244.1.23' },
  };
}

export type ExecOptions = {
  tty?: boolean;
  stdin?: string[];
  /** Keep stdin open after the scripted chunks until the signal aborts. */
  holdOpen?: boolean;
  signal?: AbortSignal;
  size?: TerminalSize;
};

export type Recorded = { stdout: string; stderr: string; exitCode: number };

/** A stdin that yields the given chunks, then ends, or with `holdOpen` stays open until abort. */
function scriptedStdin(
  chunks: string[] | undefined,
  holdOpen: AbortSignal | undefined,
): AsyncIterable<Uint8Array> | null {
  if (!chunks) return null;
  const encoder = new TextEncoder();
  return {
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield encoder.encode(chunk);
      }
      if (holdOpen && !holdOpen.aborted) {
        await new Promise((resolve) => holdOpen.addEventListener('abort', resolve));
      }
    },
  };
}

export async function runExec(
  pod: KubeObject,
  command: string[],
  options: ExecOptions = {},
): Promise<Recorded> {
  // Waits of any length take one timer tick, so interval-driven programs stay fast but async.
  const runtime = createContainerRuntime({
    sleep: () => new Promise((resolve) => setTimeout(resolve, 1)),
  });
  return runWith(runtime, pod, command, options);
}

export async function runWith(
  runtime: ReturnType<typeof createContainerRuntime>,
  pod: KubeObject,
  command: string[],
  options: ExecOptions = {},
): Promise<Recorded> {
  const decoder = new TextDecoder();
  const recorded = { stdout: '', stderr: '' };
  const io: ProcessIO = {
    stdin: scriptedStdin(options.stdin, options.holdOpen ? options.signal : undefined),
    async write(stream, data) {
      recorded[stream] += typeof data === 'string' ? data : decoder.decode(data);
    },
    size: () => (options.tty ? (options.size ?? { columns: 80, rows: 24 }) : null),
    onResize: () => () => {},
    signal: options.signal ?? new AbortController().signal,
  };
  const request: ExecRequest = {
    pod,
    container: 'main',
    command,
    tty: options.tty ?? false,
  };
  const { exitCode } = await runtime.exec(request, io);
  return { ...recorded, exitCode };
}
