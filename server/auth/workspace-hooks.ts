/**
 * Where auth meets the cluster: when a learner joins or resumes, their private cluster space is
 * provisioned; when their last session expires it may be released. The server wiring installs the
 * real functions (sandbox or namespace); the defaults only log, once, that nothing is wired. Kept
 * on globalThis because Next may load this module separately from the custom server.
 */

export type WorkspaceProvisioner = (learnerId: string) => Promise<void> | void;
export type WorkspaceReleaser = (learnerId: string) => Promise<void> | void;

const KEY = Symbol.for('workshop.workspace-hooks');
type Hooks = { provision?: WorkspaceProvisioner; release?: WorkspaceReleaser; warned?: boolean };
type Holder = { [KEY]?: Hooks };

function hooks(): Hooks {
  const holder = globalThis as Holder;
  holder[KEY] ??= {};
  return holder[KEY];
}

function warnOnce() {
  const h = hooks();
  if (h.warned) return;
  h.warned = true;
  console.warn('workspace hooks are not wired: learners get no cluster space of their own yet');
}

export function setWorkspaceProvisioner(fn: WorkspaceProvisioner | undefined): void {
  hooks().provision = fn;
}

export function setWorkspaceReleaser(fn: WorkspaceReleaser | undefined): void {
  hooks().release = fn;
}

/** Prepares the learner's cluster space; must be idempotent (resume calls it again). */
export async function provisionWorkspace(learnerId: string): Promise<void> {
  const fn = hooks().provision;
  if (!fn) return warnOnce();
  await fn(learnerId);
}

export async function releaseWorkspace(learnerId: string): Promise<void> {
  const fn = hooks().release;
  if (!fn) return warnOnce();
  await fn(learnerId);
}
