/**
 * The signed-in learner for server components (pages and layouts), which have no Request object:
 * reads the session cookie through Next's `cookies()`. Rendering a page does not count as activity
 * here; the page's own API calls do. Only for code that runs inside Next.
 */
import { cookies } from 'next/headers';
import { listLearnerProgress } from '../progress/learner-progress';
import type { LearnerProgress } from '../progress/types';
import { getAuthContext } from './auth-context';
import { SESSION_COOKIE } from './cookies';
import { authenticateCookieValue, type LearnerIdentity } from './sessions';

export async function readCurrentLearner(): Promise<LearnerIdentity | null> {
  // Reading cookies first marks the page dynamic before anything touches the database.
  const cookieValue = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!cookieValue) return null;
  return authenticateCookieValue(await getAuthContext(), cookieValue, { renew: false });
}

/** The signed-in learner with their own progress (sidebar ticks, chapter overview), or null. */
export async function readCurrentLearnerProgress(): Promise<{
  learner: LearnerIdentity;
  progress: LearnerProgress;
} | null> {
  const learner = await readCurrentLearner();
  if (!learner) return null;
  const context = await getAuthContext();
  return { learner, progress: await listLearnerProgress(context.db, learner.learnerId) };
}
