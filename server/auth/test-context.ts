/** Test helper: an auth context over a fresh test database, with a clock the test moves. */
import { randomBytes } from 'node:crypto';
import type { AuthConfig } from './auth-config';
import { createAuthContext, type AuthContext } from './auth-context';
import type { OpenedTestDatabase } from '../progress/test-databases';

export type TestClock = {
  now: Date;
  advanceMinutes: (m: number) => void;
  advanceSeconds: (s: number) => void;
};

export function createTestClock(start = new Date('2026-03-01T10:00:00.000Z')): TestClock {
  const clock: TestClock = {
    now: start,
    advanceMinutes: (m) => {
      clock.now = new Date(clock.now.getTime() + m * 60_000);
    },
    advanceSeconds: (s) => {
      clock.now = new Date(clock.now.getTime() + s * 1000);
    },
  };
  return clock;
}

export function createTestAuthConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    dataDir: 'unused',
    databaseUrl: undefined,
    sessionSecret: undefined,
    idleMs: 120 * 60_000,
    eventCode: undefined,
    trustProxy: false,
    allowedOrigins: [],
    instructorToken: undefined,
    ...overrides,
  };
}

export function createTestAuthContext(
  opened: OpenedTestDatabase,
  clock: TestClock,
  overrides: Partial<AuthConfig> = {},
): AuthContext {
  return createAuthContext({
    config: createTestAuthConfig(overrides),
    db: opened.db,
    secret: randomBytes(32),
    now: () => clock.now,
  });
}
