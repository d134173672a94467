/**
 * The learner's workstation in the sandbox: a simulated bash (just-bash) with line editing,
 * completion and the workshop's files, whose `kubectl` reaches the learner's own cluster.
 * Register it with `createContainerRuntime({ images: { 'workshop/workstation': program } })`.
 */
export { createWorkstationProgram, classifyInvocation } from './workstation-program';
export type { WorkstationProgramOptions, ShellInvocation } from './workstation-program';
export { createWorkstationSessions, workstationSessionKey } from './workstation-sessions';
export type { WorkstationSessions } from './workstation-sessions';
export { createShellSession, ShellSession } from './shell-session';
export type { ShellSnapshot, ShellState } from './shell-state';
export { assertShellSnapshot } from './shell-state';
export { DEFAULT_LIMITS } from './limits';
export type { ShellLimits } from './limits';
export type { RunKubectl, KubectlEnvironment } from './kubectl/environment';

import type { ShellSession } from './shell-session';
import { createShellSession } from './shell-session';
import type { ShellSnapshot } from './shell-state';
import { assertShellSnapshot } from './shell-state';
import type { RunKubectl } from './kubectl/environment';
import { DEFAULT_LIMITS, type ShellLimits } from './limits';
import { runKubectl as realRunKubectl } from './kubectl';

/** The serializable state of one workstation shell (files, variables, cwd, functions, history). */
export function snapshot(session: ShellSession): Promise<ShellSnapshot> {
  return session.snapshot();
}

/** A workstation shell rebuilt from `snapshot()`; throws with what is wrong on a malformed one. */
export function restore(
  data: unknown,
  options: { runKubectl?: RunKubectl; limits?: Partial<ShellLimits> } = {},
): Promise<ShellSession> {
  assertShellSnapshot(data);
  return createShellSession({
    runKubectl: options.runKubectl ?? realRunKubectl,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    snapshot: data,
  });
}
