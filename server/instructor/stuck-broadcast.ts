/**
 * A hint to the learners stuck on one task: the server decides who is stuck from the stored
 * progress at the moment of sending (never from a list the browser sends), and leaves one message
 * per learner, since a broadcast's audience is everyone or one learner.
 */
import { createBroadcast } from '@/server/progress/broadcasts';
import type { WorkshopDb } from '@/server/progress/db';
import type { DashboardTask } from './dashboard-types';
import { loadDashboardSnapshot } from './load-dashboard';
import { listLearnersStuckOn, type StuckLearner } from './stuck-radar';

export async function broadcastToStuckLearners(
  db: WorkshopDb,
  input: { tasks: DashboardTask[]; taskKey: string; text: string; now?: Date },
): Promise<{ recipients: StuckLearner[] }> {
  const now = input.now ?? new Date();
  if (!input.tasks.some((t) => t.key === input.taskKey)) {
    throw new RangeError(`task "${input.taskKey}" not found`);
  }
  const snapshot = await loadDashboardSnapshot(db, { tasks: input.tasks, now });
  const recipients = listLearnersStuckOn(snapshot, input.taskKey, now);
  for (const learner of recipients) {
    await createBroadcast(db, { audience: learner.learnerId, text: input.text }, now);
  }
  return { recipients };
}
