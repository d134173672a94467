/** Learners with at least one unexpired session: whose cluster spaces must be kept. */
import type { WorkshopDb } from './db';

export async function listLearnersWithLiveSessions(
  db: WorkshopDb,
  now: Date = new Date(),
): Promise<string[]> {
  const rows = await db
    .selectFrom('sessions')
    .select('learner_id')
    .distinct()
    .where('expires_at', '>', now.toISOString())
    .execute();
  return rows.map((r) => r.learner_id);
}
