/**
 * A learner's cluster space, whatever backs it: a private sandbox cluster, or a namespace of a
 * real cluster. The rest of the site (terminal, checks, editor) asks this interface where the
 * learner's space is; only the server decides, from the session, never from the browser.
 *
 * Held on globalThis because Next bundles route handlers apart from the custom server.
 */
import type { ClusterView } from '../checks/types';
import type { KubeconfigConnection } from '../cluster/connection';
import type { OpenExec } from '../cluster/exec';

/** Where the learner's terminal attaches. */
export type WorkstationTarget = {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
};

export type LearnerWorkspace = {
  /** How the site reaches the learner's space (its own identity on a real cluster). */
  connection: KubeconfigConnection;
  workstation: WorkstationTarget;
  /** The namespace the lesson calls `cfostest`, as it exists for this learner. */
  labNamespace: string;
};

export type Workspaces = {
  mode: 'sandbox' | 'cluster';
  /** Provisions the learner's space when needed (idempotent) and says where it is. */
  open(learnerId: string): Promise<LearnerWorkspace>;
  /** A read-only view for checks, confined to the learner's space. */
  clusterView(learnerId: string): Promise<ClusterView>;
  /** Deletes the learner's space. */
  release(learnerId: string): Promise<void>;
  /** Starts the learner's space over, empty. */
  reset(learnerId: string): Promise<void>;
  /**
   * How the terminal opens the workstation's shell when it can do better than client-node's Exec
   * over the network (the embedded sandbox runs it in-process); absent means the network exec.
   */
  openTerminalExec?: OpenExec;
  close(): Promise<void>;
};

const KEY = Symbol.for('workshop.workspaces');
type Holder = { [KEY]?: Workspaces };

export function installWorkspaces(workspaces: Workspaces): void {
  (globalThis as Holder)[KEY] = workspaces;
}

/** The site's workspaces; throws a clear error when the server has not started them. */
export function getWorkspaces(): Workspaces {
  const found = (globalThis as Holder)[KEY];
  if (!found)
    throw new Error('learner workspaces are not available: the site server did not start them');
  return found;
}
