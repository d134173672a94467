/**
 * The contract between the workstation's shell and its `kubectl`.
 *
 * The shell (just-bash) owns the filesystem, the working directory and the terminal; kubectl owns
 * talking to the learner's cluster. The shell builds one `KubectlEnvironment` per invocation.
 */
import type { InClusterAccess, ProcessIO } from '../../runtime/process';

export type KubectlEnvironment = {
  /** The learner's own cluster, as the workstation pod's service account sees it. */
  access: InClusterAccess;
  /** The shell's working directory (absolute). Relative `-f` paths resolve against it. */
  cwd: string;
  /** Reads a file from the shell's filesystem; rejects with an Error whose message is kubectl-like. */
  readFile(path: string): Promise<string>;
  /** Writes a file in the shell's filesystem (e.g. ~/.kube/config for `config set-context`). */
  writeFile(path: string, content: string): Promise<void>;
  /** The shell's HOME (for ~/.kube/config). */
  home: string;
  /** Piped standard input (`kubectl apply -f -`), or null when stdin is the terminal. */
  stdin: string | null;
  /** Output that the shell may pipe or redirect; buffered by the shell. */
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The live terminal, when kubectl runs in the foreground of an interactive shell. Commands that
   * stream (`exec -it`, `get -w`, `rollout status`, `logs -f`) write to it directly and read raw
   * keystrokes from it. Null when not interactive (then stream into stdout instead).
   */
  terminal: ProcessIO | null;
  /** Aborted on Ctrl-C or when the terminal goes away. */
  signal: AbortSignal;
};

/** Runs one kubectl invocation (argv without the leading "kubectl"); resolves to its exit code. */
export type RunKubectl = (argv: string[], env: KubectlEnvironment) => Promise<number>;
