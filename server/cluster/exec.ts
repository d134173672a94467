/**
 * Opens an interactive exec (tty, resize) into a pod through client-node's `Exec`: the one place
 * the terminal bridge touches the Kubernetes exec protocol. The same code serves the embedded
 * sandbox and a real cluster; only the kubeconfig differs.
 *
 * Output honours backpressure: client-node writes each frame to stdout and ignores the answer, so
 * this adapter watches it and pauses reading from the exec socket while stdout is full. The pod
 * then sees TCP backpressure, and a flood of output (`yes`) slows down instead of piling up here.
 */
import { Writable, type Readable } from 'node:stream';
import { Exec, KubeConfig, type V1Status } from '@kubernetes/client-node';

/** Where to open the shell; the bridge gets it from the learner's session, never the browser. */
export type ExecTarget = {
  /** A kubeconfig (YAML) whose current context reaches the learner's cluster space. */
  kubeconfig: string;
  namespace: string;
  pod: string;
  container: string;
  /** argv of the program to run, e.g. `['bash']`. */
  command: string[];
  tty: boolean;
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
  let socket: ExecSocket | null = null;
  let paused = false;
  let ended = false;

  const finish = (status: ExecStatus) => {
    if (ended) return;
    ended = true;
    streams.onStatus(status);
  };

  // Stands between client-node and the caller's stdout to notice when stdout is full.
  const tap = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!streams.stdout.write(chunk) && !paused) {
        paused = true;
        socket?.pause();
        streams.stdout.once('drain', () => {
          paused = false;
          socket?.resume();
        });
      }
      callback();
    },
  });
  // client-node ends stdout when the status frame arrives; the caller's stream stays ours to end.
  mirrorTerminalSize(streams.stdout, tap);

  try {
    const conn = (await new Exec(kc).exec(
      target.namespace,
      target.pod,
      target.container,
      target.command,
      tap,
      target.tty ? null : tap,
      streams.stdin,
      target.tty,
      (status) => finish(readExecStatus(status)),
    )) as unknown as ExecSocket;
    socket = conn;
    if (paused) conn.pause();
    conn.on('close', () =>
      finish({ exitCode: null, message: 'the connection to the workstation closed' }),
    );
    conn.on('error', (err) => finish({ exitCode: null, message: err.message }));
  } catch (err) {
    throw new Error(
      `could not open a shell in pod "${target.pod}" (namespace "${target.namespace}", container "${target.container}"): ${describeError(err)}`,
    );
  }

  return {
    close() {
      socket?.close();
    },
    pendingInput: () => socket?.bufferedAmount ?? 0,
  };
};

/** Loads a kubeconfig; plain-HTTP servers (the loopback sandbox) need no TLS checks at all. */
export function loadKubeConfig(yaml: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromString(yaml);
  const clusters = kc.getClusters();
  if (clusters.some((c) => c.server.startsWith('http://') && !c.skipTLSVerify)) {
    // client-node refuses http:// unless TLS verification is off; there is no TLS to verify.
    kc.loadFromOptions({
      clusters: clusters.map((c) =>
        c.server.startsWith('http://') ? { ...c, skipTLSVerify: true } : c,
      ),
      users: kc.getUsers(),
      contexts: kc.getContexts(),
      currentContext: kc.getCurrentContext(),
    });
  }
  if (!kc.getCurrentCluster()) {
    throw new Error('the kubeconfig has no current context with a cluster');
  }
  return kc;
}

/** Reads an exit code from the exec's closing status (Kubernetes puts it in details.causes). */
export function readExecStatus(status: V1Status): ExecStatus {
  if (status.status === 'Success') return { exitCode: 0, message: 'the shell exited' };
  const cause = status.details?.causes?.find((c) => c.reason === 'ExitCode');
  const code = cause?.message !== undefined ? Number.parseInt(cause.message, 10) : Number.NaN;
  if (Number.isInteger(code)) {
    return { exitCode: code, message: `the shell exited with code ${code}` };
  }
  return { exitCode: null, message: status.message ?? 'the shell ended' };
}

/** Gives `tap` the terminal size of `stdout` (if it has one) and re-emits its resizes. */
function mirrorTerminalSize(stdout: Writable, tap: Writable) {
  const sized = stdout as Writable & { rows?: number; columns?: number };
  if (!('rows' in sized) || !('columns' in sized)) return;
  Object.defineProperty(tap, 'rows', { get: () => sized.rows, enumerable: true });
  Object.defineProperty(tap, 'columns', { get: () => sized.columns, enumerable: true });
  stdout.on('resize', () => tap.emit('resize'));
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  // ws reports connection failures as ErrorEvent-like objects with a `message`.
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}
