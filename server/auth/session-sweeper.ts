/**
 * Ends expired sessions in the background and releases the cluster space of learners who have no
 * live session left. Runs once a minute; the timer does not keep the process alive.
 */
import { deleteExpiredSessions } from '../progress/session-store';
import type { AuthContext } from './auth-context';
import { releaseWorkspace } from './workspace-hooks';

const KEY = Symbol.for('workshop.session-sweeper');
type Holder = { [KEY]?: NodeJS.Timeout };

export async function sweepExpiredSessions(context: AuthContext): Promise<string[]> {
  const released = await deleteExpiredSessions(context.db, context.now());
  for (const learnerId of released) {
    try {
      await releaseWorkspace(learnerId);
    } catch (err) {
      console.error(`could not release the workspace of learner ${learnerId}:`, err);
    }
  }
  return released;
}

export function startSessionSweeper(context: AuthContext, intervalMs = 60_000): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) clearInterval(holder[KEY]);
  holder[KEY] = setInterval(() => {
    sweepExpiredSessions(context).catch((err: unknown) =>
      console.error('session sweep failed:', err),
    );
  }, intervalMs);
  holder[KEY].unref();
}

export function stopSessionSweeper(): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) clearInterval(holder[KEY]);
  delete holder[KEY];
}
