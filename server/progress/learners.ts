/** Learner records: create on join, find by id or by the hash of a resume code, mark as seen. */
import { randomUUID } from 'node:crypto';
import type { WorkshopDb } from './db';
import { toLearner } from './rows';
import type { Learner } from './types';

export type NewLearner = {
  displayName: string;
  eventCode: string | null;
  resumeCodeHash: string;
};

export async function createLearner(
  db: WorkshopDb,
  input: NewLearner,
  now: Date = new Date(),
): Promise<Learner> {
  const at = now.toISOString();
  const row = await db
    .insertInto('learners')
    .values({
      id: randomUUID(),
      display_name: input.displayName,
      event_code: input.eventCode,
      resume_code_hash: input.resumeCodeHash,
      created_at: at,
      last_seen_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLearner(row);
}

export async function findLearnerById(db: WorkshopDb, id: string): Promise<Learner | undefined> {
  const row = await db.selectFrom('learners').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toLearner(row) : undefined;
}

/** The caller hashes the typed code (see server/auth/resume-code.ts); codes are never stored. */
export async function findLearnerByResumeCodeHash(
  db: WorkshopDb,
  resumeCodeHash: string,
): Promise<Learner | undefined> {
  const row = await db
    .selectFrom('learners')
    .selectAll()
    .where('resume_code_hash', '=', resumeCodeHash)
    .executeTakeFirst();
  return row ? toLearner(row) : undefined;
}

export async function markLearnerSeen(db: WorkshopDb, id: string, now: Date = new Date()) {
  await db
    .updateTable('learners')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Removes a learner and, by cascade, their sessions and progress. */
export async function deleteLearner(db: WorkshopDb, id: string) {
  await db.deleteFrom('learners').where('id', '=', id).execute();
}
