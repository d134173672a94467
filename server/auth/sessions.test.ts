/** Sessions end to end over a real database: signing, forgery, expiry, sliding renewal, logout. */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLearner } from '../progress/learners';
import { listTestDatabaseTargets, type OpenedTestDatabase } from '../progress/test-databases';
import type { AuthContext } from './auth-context';
import { sweepExpiredSessions } from './session-sweeper';
import { authenticateCookieValue, endSession, RENEW_INTERVAL_MS, startSession } from './sessions';
import { signSessionToken } from './signed-token';
import { createTestAuthContext, createTestClock, type TestClock } from './test-context';
import { setWorkspaceReleaser } from './workspace-hooks';

for (const target of listTestDatabaseTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`sessions on ${target.name}`, () => {
    let opened: OpenedTestDatabase;
    let clock: TestClock;
    let context: AuthContext;
    let learnerId: string;

    beforeEach(async () => {
      opened = await target.open();
      clock = createTestClock();
      context = createTestAuthContext(opened, clock, { idleMs: 30 * 60_000 });
      const learner = await createLearner(
        opened.db,
        { displayName: 'Grace', eventCode: null, resumeCodeHash: 'h' },
        clock.now,
      );
      learnerId = learner.id;
    });
    afterEach(async () => {
      setWorkspaceReleaser(undefined);
      await opened?.close();
    });

    it('recognises the learner from a freshly started session', async () => {
      const started = await startSession(context, learnerId);
      expect(started.expiresAt.getTime() - clock.now.getTime()).toBe(30 * 60_000);
      const me = await authenticateCookieValue(context, started.cookieValue);
      expect(me).toMatchObject({ learnerId, displayName: 'Grace', sessionId: started.sessionId });
    });

    it('rejects missing, tampered and forged cookies', async () => {
      const started = await startSession(context, learnerId);
      const [token, sig] = started.cookieValue.split('.') as [string, string];
      expect(await authenticateCookieValue(context, undefined)).toBeNull();
      expect(
        await authenticateCookieValue(
          context,
          `${token}.${sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`,
        ),
      ).toBeNull();
      expect(
        await authenticateCookieValue(
          context,
          `${token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}.${sig}`,
        ),
      ).toBeNull();
      // A correctly shaped cookie signed with a guessed key is a forgery.
      expect(
        await authenticateCookieValue(context, signSessionToken(token, randomBytes(32))),
      ).toBeNull();
      // A validly signed token that the server never issued finds no session.
      expect(
        await authenticateCookieValue(context, signSessionToken('A'.repeat(43), context.secret)),
      ).toBeNull();
    });

    it('expires after the idle time without activity', async () => {
      const started = await startSession(context, learnerId);
      clock.advanceMinutes(29);
      expect(
        await authenticateCookieValue(context, started.cookieValue, { renew: false }),
      ).not.toBeNull();
      clock.advanceMinutes(1);
      expect(await authenticateCookieValue(context, started.cookieValue)).toBeNull();
    });

    it('slides the expiry forward with activity, at most every renewal interval', async () => {
      const started = await startSession(context, learnerId);
      clock.advanceSeconds(RENEW_INTERVAL_MS / 1000 - 1);
      const early = await authenticateCookieValue(context, started.cookieValue);
      expect(early?.expiresAt).toEqual(started.expiresAt);

      clock.advanceMinutes(20);
      const renewed = await authenticateCookieValue(context, started.cookieValue);
      expect(renewed?.expiresAt.getTime()).toBe(clock.now.getTime() + 30 * 60_000);

      // 45 minutes after joining, beyond the original expiry, the learner is still signed in.
      clock.advanceMinutes(25);
      expect(
        await authenticateCookieValue(context, started.cookieValue, { renew: false }),
      ).not.toBeNull();
    });

    it('does not count polling as activity, but does count "Stay signed in"', async () => {
      const started = await startSession(context, learnerId);
      clock.advanceMinutes(10);
      const polled = await authenticateCookieValue(context, started.cookieValue, { renew: false });
      expect(polled?.expiresAt).toEqual(started.expiresAt);
      const stayed = await authenticateCookieValue(context, started.cookieValue, { force: true });
      expect(stayed?.expiresAt.getTime()).toBe(clock.now.getTime() + 30 * 60_000);
    });

    it('ends a session on logout, leaving other devices signed in', async () => {
      const laptop = await startSession(context, learnerId);
      const phone = await startSession(context, learnerId);
      await endSession(context, laptop.cookieValue);
      expect(await authenticateCookieValue(context, laptop.cookieValue)).toBeNull();
      expect(await authenticateCookieValue(context, phone.cookieValue)).not.toBeNull();
    });

    it('sweeps expired sessions and releases the workspace of learners with none left', async () => {
      const released: string[] = [];
      setWorkspaceReleaser((id) => {
        released.push(id);
      });
      await startSession(context, learnerId);
      clock.advanceMinutes(31);
      expect(await sweepExpiredSessions(context)).toEqual([learnerId]);
      expect(released).toEqual([learnerId]);
    });
  });
}
