/**
 * Exec into a pod through client-node's `Exec`: the one place the app touches the Kubernetes exec
 * protocol. `startExec` opens the connection; `openExecSession` (the terminal: a tty, resizes, a
 * long-lived session) and exec-stream.ts (run a command, collect its output and exit code) are
 * both built on it. The same code serves the embedded sandbox and a real cluster; only the
 * kubeconfig differs.
 *
 * Output honours backpressure: client-node writes each frame to stdout or stderr and ignores the
 * answer, so `startExec` watches both and pauses reading from the exec socket while either is
 * full. The pod then sees TCP backpressure, and a flood of output (`yes`) slows down instead of
 * piling up here.
 */
import { Writable, type Readable } from 'node:stream';
import { Exec, type KubeConfig, type V1Status } from '@kubernetes/client-node';
import { createKubeConfig } from './connection';

/** What to run, and in which container. */
export type ExecCommand = {
  namespace: string;
  pod: string;
  container: string;
  /** argv of the program to run, e.g. `['bash']`. */
  command: string[];
  tty: boolean;
};

/** Where to open the shell; the bridge gets it from the learner's session, never the browser. */
export type ExecTarget = ExecCommand & {
  /** A kubeconfig (YAML) whose current context reaches the learner's cluster space. */
  kubeconfig: string;
};

/** How an exec ended: its exit code when the pod reported one, and words for people. */
export type ExecStatus = { exitCode: number | null; message: string };

export type ExecStreams = {
  /**
   * Receives the program's output (stderr shares it when tty). If it has `rows` and `columns` and
   * emits `'resize'`, the size is forwarded to the tty at start and on every `'resize'`.
   */
  stdout: Writable;
  /** What to type into the program; ending it closes the program's stdin. */
  stdin: Readable;
  /** Called once when the exec ends, however it ends. */
  onStatus(status: ExecStatus): void;
};

/** A running exec. */
export type ExecSession = {
  /** Stops the program's connection (the pod sees its terminal hang up). */
  close(): void;
  /** Bytes of input sent but not yet taken by the network (the pod is not reading). */
  pendingInput(): number;
};

export type OpenExec = (target: ExecTarget, streams: ExecStreams) => Promise<ExecSession>;

/** The program's standard streams as the exec protocol carries them. */
export type ExecPipes = {
  /**
   * Receives stdout, never ended by the exec. If it has `rows` and `columns` and emits
   * `'resize'`, the size is forwarded to the tty at start and on every `'resize'`.
   */
  stdout: Writable;
  /** Receives stderr (pass `stdout` again to merge them); null asks for none, as with a tty. */
  stderr: Writable | null;
  /** The program's stdin; null asks for none. */
  stdin: Readable | null;
  /** The closing status frame, when the pod sends one (before `onEnd`). */
  onStatus(status: V1Status): void;
  /** Called once when the connection ends, with the error that ended it if any. */
  onEnd(error?: Error): void;
};

/** The part of the exec WebSocket this adapter uses (client-node returns a `ws` WebSocket). */
type ExecSocket = {
  readonly bufferedAmount: number;
  pause(): void;
  resume(): void;
  close(): void;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
};

/** Opens `target.command` in the pod and wires it to `streams`; rejects with a readable error. */
export const openExecSession: OpenExec = async (target, streams) => {
  const kc = loadKubeConfig(target.kubeconfig);
  let ended = false;
  const finish = (status: ExecStatus) => {
    if (ended) return;
    ended = true;
    streams.onStatus(status);
  };
  try {
    return await startExec(kc, target, {
      stdout: streams.stdout,
      stderr: target.tty ? null : streams.stdout,
      stdin: streams.stdin,
      onStatus: (status) => finish(readExecStatus(status)),
      onEnd: (error) =>
        finish({
          exitCode: null,
          message: error?.message ?? 'the connection to the workstation closed',
        }),
    });
  } catch (err) {
    throw new Error(
      `could not open a shell in pod "${target.pod}" (namespace "${target.namespace}", container "${target.container}"): ${describeError(err)}`,
    );
  }
};

/** Connects `pipes` to `target.command` in the pod; rejects when the exec cannot be opened. */
export async function startExec(
  kc: KubeConfig,
  target: ExecCommand,
  pipes: ExecPipes,
): Promise<ExecSession> {
  let socket: ExecSocket | null = null;
  const full = new Set<Writable>();
  let ended = false;

  // Stands between client-node and one of the caller's outputs to notice when it is full.
  const tapInto = (out: Writable) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (!out.writableEnded && !out.write(chunk) && !full.has(out)) {
          full.add(out);
          if (full.size === 1) socket?.pause();
          out.once('drain', () => {
            full.delete(out);
            if (full.size === 0) socket?.resume();
          });
        }
        callback();
      },
    });
  // client-node ends its stdout/stderr when the status frame arrives; the caller's stay theirs.
  const stdout = tapInto(pipes.stdout);
  const stderr =
    pipes.stderr === pipes.stdout ? stdout : pipes.stderr ? tapInto(pipes.stderr) : null;
  const stopMirroring = mirrorTerminalSize(pipes.stdout, stdout);
  const end = (error?: Error) => {
    if (ended) return;
    ended = true;
    stopMirroring();
    pipes.onEnd(error);
  };

  let conn: ExecSocket;
  try {
    conn = (await new Exec(kc).exec(
      target.namespace,
      target.pod,
      target.container,
      target.command,
      stdout,
      stderr,
      pipes.stdin,
      target.tty,
      (status) => pipes.onStatus(status),
    )) as unknown as ExecSocket;
  } catch (err) {
    stopMirroring();
    throw err;
  }
  socket = conn;
  if (full.size > 0) conn.pause();
  conn.on('close', () => end());
  conn.on('error', (err) => end(err));

  return {
    close: () => conn.close(),
    pendingInput: () => conn.bufferedAmount,
  };
}

/** Loads a kubeconfig; plain-HTTP servers (the loopback sandbox) need no TLS checks at all. */
export function loadKubeConfig(yaml: string): KubeConfig {
  const kc = createKubeConfig({ kubeconfig: yaml });
  if (!kc.getCurrentCluster()) {
    throw new Error('the kubeconfig has no current context with a cluster');
  }
  return kc;
}

/** Reads an exit code from the exec's closing status (Kubernetes puts it in details.causes). */
export function readExecStatus(status: V1Status): ExecStatus {
  if (status.status === 'Success') return { exitCode: 0, message: 'the shell exited' };
  const code = findExitCode(status);
  if (code !== null) return { exitCode: code, message: `the shell exited with code ${code}` };
  return { exitCode: null, message: status.message ?? 'the shell ended' };
}

/** The exit code a failed exec's status carries in its `ExitCode` cause, if any. */
export function findExitCode(status: Pick<V1Status, 'details'>): number | null {
  const cause = status.details?.causes?.find((c) => c.reason === 'ExitCode');
  const code = cause?.message !== undefined ? Number.parseInt(cause.message, 10) : Number.NaN;
  return Number.isInteger(code) ? code : null;
}

/** Gives `tap` the terminal size of `stdout` (if it has one) and re-emits its resizes. */
function mirrorTerminalSize(stdout: Writable, tap: Writable): () => void {
  const sized = stdout as Writable & { rows?: number; columns?: number };
  if (!('rows' in sized) || !('columns' in sized)) return () => {};
  Object.defineProperty(tap, 'rows', { get: () => sized.rows, enumerable: true });
  Object.defineProperty(tap, 'columns', { get: () => sized.columns, enumerable: true });
  const forward = () => tap.emit('resize');
  stdout.on('resize', forward);
  return () => stdout.off('resize', forward);
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  // ws reports connection failures as ErrorEvent-like objects with a `message`.
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}
