/** Learner and session repositories, run against SQLite and PostgreSQL alike. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCheckAttempt } from './check-attempts';
import { listLearnerProgress } from './learner-progress';
import {
  createLearner,
  deleteLearner,
  findLearnerById,
  findLearnerByResumeCodeHash,
  markLearnerSeen,
} from './learners';
import {
  deleteExpiredSessions,
  deleteSession,
  extendSession,
  findLiveSession,
  insertSession,
} from './session-store';
import { listLearnersWithLiveSessions } from './live-learners';
import { listTaskProgress, recordTaskOpened } from './task-progress';
import { listTestDatabaseTargets, type OpenedTestDatabase } from './test-databases';

const lesson = 'kubernetes-security/cfos-lab';
const t0 = new Date('2026-01-10T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

for (const target of listTestDatabaseTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`learner repositories on ${target.name}`, () => {
    let opened: OpenedTestDatabase;
    beforeEach(async () => {
      opened = await target.open();
    });
    afterEach(async () => {
      await opened?.close();
    });

    const newLearner = (name = 'Ada', hash = `hash-${name}`) =>
      createLearner(opened.db, { displayName: name, eventCode: null, resumeCodeHash: hash }, t0);

    it('creates a learner and finds them by id and by resume-code hash', async () => {
      const ada = await newLearner('Ada Lovelace');
      expect(ada).toMatchObject({ displayName: 'Ada Lovelace', eventCode: null });
      expect(ada.createdAt.toISOString()).toBe(t0.toISOString());
      expect(await findLearnerById(opened.db, ada.id)).toEqual(ada);
      expect((await findLearnerByResumeCodeHash(opened.db, 'hash-Ada Lovelace'))?.id).toBe(ada.id);
      expect(await findLearnerByResumeCodeHash(opened.db, 'no-such-hash')).toBeUndefined();
      await markLearnerSeen(opened.db, ada.id, at(5));
      expect((await findLearnerById(opened.db, ada.id))?.lastSeenAt).toEqual(at(5));
    });

    it('refuses two learners with the same resume-code hash', async () => {
      await newLearner('Ada', 'same');
      await expect(newLearner('Bob', 'same')).rejects.toThrow();
    });

    it('finds a session only while it is live, and extends it', async () => {
      const ada = await newLearner();
      await insertSession(opened.db, { id: 's1', learnerId: ada.id, expiresAt: at(120) }, t0);
      const live = await findLiveSession(opened.db, 's1', at(119));
      expect(live?.learner.displayName).toBe('Ada');
      expect(live?.session.expiresAt).toEqual(at(120));
      expect(await findLiveSession(opened.db, 's1', at(120))).toBeUndefined();

      await extendSession(opened.db, 's1', at(240), at(119));
      expect((await findLiveSession(opened.db, 's1', at(200)))?.session.lastSeenAt).toEqual(
        at(119),
      );

      await deleteSession(opened.db, 's1');
      expect(await findLiveSession(opened.db, 's1', at(1))).toBeUndefined();
    });

    it('sweeps expired sessions and names learners left with none', async () => {
      const ada = await newLearner('Ada');
      const bob = await newLearner('Bob');
      await insertSession(opened.db, { id: 'a-old', learnerId: ada.id, expiresAt: at(10) }, t0);
      await insertSession(opened.db, { id: 'b-old', learnerId: bob.id, expiresAt: at(10) }, t0);
      await insertSession(opened.db, { id: 'b-new', learnerId: bob.id, expiresAt: at(90) }, t0);
      expect(await deleteExpiredSessions(opened.db, at(30))).toEqual([ada.id]);
      expect(await findLiveSession(opened.db, 'b-new', at(30))).toBeDefined();
      expect(await deleteExpiredSessions(opened.db, at(30))).toEqual([]);
    });

    it('lists learners with a live session once each, leaving out expired ones', async () => {
      const ada = await newLearner('Ada');
      const bob = await newLearner('Bob');
      await insertSession(opened.db, { id: 'a1', learnerId: ada.id, expiresAt: at(60) }, t0);
      await insertSession(opened.db, { id: 'a2', learnerId: ada.id, expiresAt: at(90) }, t0);
      await insertSession(opened.db, { id: 'b1', learnerId: bob.id, expiresAt: at(10) }, t0);
      expect((await listLearnersWithLiveSessions(opened.db, at(5))).sort()).toEqual(
        [ada.id, bob.id].sort(),
      );
      expect(await listLearnersWithLiveSessions(opened.db, at(30))).toEqual([ada.id]);
      expect(await listLearnersWithLiveSessions(opened.db, at(90))).toEqual([]);
    });

    it('deletes a learner together with their sessions and progress', async () => {
      const ada = await newLearner();
      await insertSession(opened.db, { id: 's', learnerId: ada.id, expiresAt: at(60) }, t0);
      await recordTaskOpened(opened.db, { learnerId: ada.id, lesson, taskId: 't' }, t0);
      await deleteLearner(opened.db, ada.id);
      expect(await findLiveSession(opened.db, 's', t0)).toBeUndefined();
      expect(await listTaskProgress(opened.db, ada.id)).toEqual([]);
    });

    it('keeps progress across a restart and does not re-run migrations', async () => {
      const ada = await newLearner();
      await recordCheckAttempt(
        opened.db,
        {
          learnerId: ada.id,
          lesson,
          taskId: 't',
          passed: true,
          failingStep: null,
          steps: [],
          durationMs: 1,
        },
        at(1),
      );
      await opened.detach();
      opened = await target.reopen(opened.location);
      const progress = await listLearnerProgress(opened.db, ada.id);
      expect(progress.tasks[0]?.status).toBe('completed');
    });
  });
}
