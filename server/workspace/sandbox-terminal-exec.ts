/**
 * The terminal's exec when the cluster is the embedded sandbox: the shell is run in-process
 * (`sandbox.execInProcess`), with the learner's own credential from their kubeconfig, instead
 * of through client-node's Exec over TLS to the same process.
 *
 * It keeps the contract of `openExecSession` (server/cluster/exec.ts): output waits while the
 * terminal's stdout is full, the shell reads stdin only as fast as it works through it (so typed
 * input that the shell has not taken stays in the session's stdin stream, where the session can
 * see and bound it), resizes follow the stdout's `rows`/`columns`, and `onStatus` fires once with
 * the same words as a real exec's status.
 */
import type { Writable } from 'node:stream';
import type { V1Status } from '@kubernetes/client-node';
import { loadKubeConfig, readExecStatus, type OpenExec } from '../cluster/exec';
import type { Sandbox } from '../sandbox';
import { exitStatus } from '../sandbox/api/exec-stream';
import type { ProcessIO, TerminalSize } from '../sandbox/runtime/process';

type SizedStdout = Writable & { rows?: number; columns?: number };

export function createSandboxTerminalExec(sandbox: Pick<Sandbox, 'execInProcess'>): OpenExec {
  return async (target, streams) => {
    const token = loadKubeConfig(target.kubeconfig).getCurrentUser()?.token;
    if (!token) throw new Error('the workstation kubeconfig has no token');
    const stdout = streams.stdout as SizedStdout;
    const abort = new AbortController();
    let ended = false;
    const finish = (status: { exitCode: number | null; message: string }) => {
      if (ended) return;
      ended = true;
      streams.onStatus(status);
    };

    const io: ProcessIO = {
      stdin: streams.stdin as AsyncIterable<Uint8Array>,
      async write(_stream, data) {
        if (abort.signal.aborted || stdout.writableEnded) return;
        if (stdout.write(data)) return;
        // Full: the shell waits here until the browser has caught up (or the terminal closes).
        await untilDrainedOrAborted(stdout, abort.signal);
      },
      size: () => (target.tty ? readSize(stdout) : null),
      onResize(listener) {
        const onResize = () => listener(readSize(stdout));
        stdout.on('resize', onResize);
        return () => stdout.off('resize', onResize);
      },
      signal: abort.signal,
    };

    let started;
    try {
      started = await sandbox.execInProcess(
        token,
        {
          namespace: target.namespace,
          pod: target.pod,
          container: target.container,
          command: target.command,
          tty: target.tty,
        },
        io,
      );
    } catch (err) {
      throw new Error(
        `could not open a shell in pod "${target.pod}" (namespace "${target.namespace}", container "${target.container}"): ${(err as Error).message}`,
      );
    }
    started.done.then(
      (result) => finish(readExecStatus(exitStatus(result.exitCode, target.command) as V1Status)),
      (err: unknown) => finish({ exitCode: null, message: (err as Error).message }),
    );

    return {
      close() {
        // The shell sees its terminal hang up and exits; `running` then reports the status.
        abort.abort();
      },
      // Input the shell has not taken waits in the caller's stdin stream, which it measures.
      pendingInput: () => 0,
    };
  };
}

/** Waits for `drain` or `abort`, whichever comes first, and leaves no listener behind. */
function untilDrainedOrAborted(stdout: Writable, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stdout.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    stdout.on('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

function readSize(stdout: SizedStdout): TerminalSize {
  return { columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 };
}
