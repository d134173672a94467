/**
 * The learner's space as the server describes it in `GET /api/me`, and what lesson commands
 * become there. Commands are shown as written until it answers, and stay so in the sandbox, for
 * readers who have not joined, and offline; only on a real cluster does the page download the
 * code that renders them for the learner's namespace.
 */
import type { AdaptedCommand } from '@/server/workspace/cluster-commands';
import {
  readWorkspaceSummary,
  type WorkspaceSummary,
} from '@/server/workspace/cluster-commands-summary';
import { loadMeAnswer } from './me-answer';

export function loadWorkspaceSummary(): Promise<WorkspaceSummary> {
  return loadMeAnswer().then((answer) =>
    readWorkspaceSummary((answer as { workspace?: unknown } | null)?.workspace),
  );
}

/** A command as the learner should run it, and the namespace it was rendered for. */
export type CommandForLearner = AdaptedCommand & { namespace: string };
export type CommandAdapter = (command: string) => CommandForLearner;

let pending: Promise<CommandAdapter | null> | null = null;

/** Null when commands are to be shown as written (the sandbox, or no answer). */
export function loadCommandAdapter(): Promise<CommandAdapter | null> {
  pending ??= loadWorkspaceSummary().then(async (workspace) => {
    if (workspace.mode !== 'cluster') return null;
    const { adaptCommandForLearner } = await import('@/server/workspace/cluster-commands');
    const { namespace } = workspace;
    return (command: string) => ({ ...adaptCommandForLearner(command, namespace), namespace });
  });
  return pending;
}
