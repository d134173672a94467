/** Instructor broadcasts: short messages to everyone ("all") or to one learner. */
import type { WorkshopDb } from './db';
import { toBroadcast } from './rows';
import type { Broadcast } from './types';

export const MAX_BROADCAST_LENGTH = 500;

export async function createBroadcast(
  db: WorkshopDb,
  input: { audience: string; text: string },
  now: Date = new Date(),
): Promise<Broadcast> {
  const text = input.text.trim();
  if (text.length === 0) throw new RangeError('broadcast text is required');
  if (text.length > MAX_BROADCAST_LENGTH) {
    throw new RangeError(
      `broadcast text is too long: ${text.length} characters, the limit is ${MAX_BROADCAST_LENGTH}`,
    );
  }
  const row = await db
    .insertInto('broadcasts')
    .values({ audience: input.audience, text, created_at: now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBroadcast(row);
}

/** Messages a learner should see: those to everyone and those to them, newer than `afterId`. */
export async function listBroadcastsForLearner(
  db: WorkshopDb,
  learnerId: string,
  afterId = 0,
): Promise<Broadcast[]> {
  const rows = await db
    .selectFrom('broadcasts')
    .selectAll()
    .where('audience', 'in', ['all', learnerId])
    .where('id', '>', afterId)
    .orderBy('id')
    .execute();
  return rows.map(toBroadcast);
}
