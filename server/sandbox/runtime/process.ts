/**
 * The contract between the sandbox's exec endpoint and the simulated container runtime.
 *
 * A pod in the sandbox runs no container. When a client execs into it, the API server hands the
 * request and the client's streams to a `ContainerRuntime`, which decides what the command does
 * from the pod spec (image, capabilities, user). Interactive programs (the workstation's shell)
 * use the same contract as one-shot commands: they read stdin until it ends and write output.
 *
 * Portable on purpose: no Node-only types here, so the runtime could run in a browser worker.
 */

/** A Kubernetes object as plain JSON (the store keeps objects in this form). */
export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

export type TerminalSize = { columns: number; rows: number };

/** How a simulated process reaches the cluster it runs in (like a mounted service-account token). */
export type InClusterAccess = {
  /** Base URL of the sandbox API server, e.g. `http://127.0.0.1:41234`. */
  server: string;
  /** Bearer token that the API server maps to this learner's cluster (and only that one). */
  token: string;
  /** Namespace of the pod (what `kubectl` uses when no `-n` is given inside the pod). */
  namespace: string;
};

export type ExecRequest = {
  /** The pod being exec'd into, as stored (spec and status). */
  pod: KubeObject;
  /** The container name (already resolved: the exec endpoint picks the default one). */
  container: string;
  /** argv exactly as the client sent it (`command=` query parameters). */
  command: string[];
  tty: boolean;
  /** Present when the pod runs in a learner's cluster, so programs like kubectl can reach it. */
  cluster?: InClusterAccess;
};

export type ProcessIO = {
  /**
   * What the client sends on stdin; null when the client did not ask for stdin. Ends at EOF.
   * Programs pull it: the next chunk is asked for only while the input they hold unused is below
   * a bound (a read-ahead), so chunks the exec layer has queued and nobody has pulled are the
   * sign to stop reading the network.
   */
  stdin: AsyncIterable<Uint8Array> | null;
  /**
   * Write output. Resolves when the consumer has room for more, so a program that floods output
   * (`yes`) is slowed down instead of growing memory. With tty=true the exec layer sends stderr
   * on the stdout channel, as a real API server does.
   */
  write(stream: 'stdout' | 'stderr', data: string | Uint8Array): Promise<void>;
  /** Current terminal size (tty only; null otherwise). */
  size(): TerminalSize | null;
  /** Called on every resize message from the client. Returns a function that unsubscribes. */
  onResize(listener: (size: TerminalSize) => void): () => void;
  /** Aborted when the client disconnects; long-running programs must stop then. */
  signal: AbortSignal;
};

/** Exit status of a finished process; 0 is success. */
export type ExecResult = { exitCode: number };

export interface ContainerRuntime {
  exec(request: ExecRequest, io: ProcessIO): Promise<ExecResult>;
}

/** One image's behaviour. The runtime picks a program by image name (registry and tag ignored). */
export type ImageProgram = (request: ExecRequest, io: ProcessIO) => Promise<ExecResult>;
