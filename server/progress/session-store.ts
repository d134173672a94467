/**
 * Stored sessions: one row per signed-in browser, keyed by the hash of its token. Expiry is
 * sliding: each renewal moves `expires_at` forward by the idle window.
 */
import type { WorkshopDb } from './db';
import { toLearner, toSession } from './rows';
import type { Learner, StoredSession } from './types';

export async function insertSession(
  db: WorkshopDb,
  input: { id: string; learnerId: string; expiresAt: Date },
  now: Date = new Date(),
): Promise<StoredSession> {
  const row = await db
    .insertInto('sessions')
    .values({
      id: input.id,
      learner_id: input.learnerId,
      created_at: now.toISOString(),
      expires_at: input.expiresAt.toISOString(),
      last_seen_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/** A session that has not yet expired at `now`, with its learner; undefined otherwise. */
export async function findLiveSession(
  db: WorkshopDb,
  id: string,
  now: Date = new Date(),
): Promise<{ session: StoredSession; learner: Learner } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('learners', 'learners.id', 'sessions.learner_id')
    .select([
      'sessions.id as s_id',
      'sessions.learner_id as s_learner_id',
      'sessions.created_at as s_created_at',
      'sessions.expires_at as s_expires_at',
      'sessions.last_seen_at as s_last_seen_at',
      'learners.id',
      'learners.display_name',
      'learners.event_code',
      'learners.resume_code_hash',
      'learners.created_at',
      'learners.last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: toSession({
      id: row.s_id,
      learner_id: row.s_learner_id,
      created_at: row.s_created_at,
      expires_at: row.s_expires_at,
      last_seen_at: row.s_last_seen_at,
    }),
    learner: toLearner(row),
  };
}

export async function extendSession(
  db: WorkshopDb,
  id: string,
  expiresAt: Date,
  now: Date = new Date(),
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt.toISOString(), last_seen_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: WorkshopDb, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/**
 * Deletes sessions that expired before `now` and returns the learners left with no live session,
 * whose cluster space the caller may now release.
 */
export async function deleteExpiredSessions(
  db: WorkshopDb,
  now: Date = new Date(),
): Promise<string[]> {
  const at = now.toISOString();
  const expired = await db
    .deleteFrom('sessions')
    .where('expires_at', '<=', at)
    .returning('learner_id')
    .execute();
  const candidates = [...new Set(expired.map((r) => r.learner_id))];
  if (candidates.length === 0) return [];
  const stillLive = await db
    .selectFrom('sessions')
    .select('learner_id')
    .where('learner_id', 'in', candidates)
    .where('expires_at', '>', at)
    .execute();
  const live = new Set(stillLive.map((r) => r.learner_id));
  return candidates.filter((id) => !live.has(id));
}
