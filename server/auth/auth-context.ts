/**
 * Everything auth needs in one object: settings, database, signing secret, rate limiters and a
 * clock. Built once per process on first use and kept on globalThis, so route handlers (bundled by
 * Next) and the custom server (WebSocket upgrades) share sessions and limits. Tests build their own.
 */
import type { WorkshopDb } from '../progress/db';
import { getWorkshopDb } from '../progress/shared-db';
import { readAuthConfig, type AuthConfig } from './auth-config';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { loadSessionSecret } from './session-secret';
import { startSessionSweeper } from './session-sweeper';

export type RateLimiters = {
  /** Joins per client address. Generous: a whole class may sit behind one NAT address. */
  join: RateLimiter;
  /** Resume attempts per client address; bounds guessing of resume codes. */
  resume: RateLimiter;
  /** Check runs per learner. */
  check: RateLimiter;
  /** Other writes (quiz answers, progress reports) per learner. */
  learnerWrites: RateLimiter;
};

export type AuthContext = {
  config: AuthConfig;
  db: WorkshopDb;
  secret: Buffer;
  limiters: RateLimiters;
  now: () => Date;
};

export function createRateLimiters(): RateLimiters {
  return {
    join: createRateLimiter({ limit: 30, windowMs: 60_000 }),
    resume: createRateLimiter({ limit: 20, windowMs: 60_000 }),
    check: createRateLimiter({ limit: 20, windowMs: 60_000 }),
    learnerWrites: createRateLimiter({ limit: 120, windowMs: 60_000 }),
  };
}

export function createAuthContext(parts: {
  config: AuthConfig;
  db: WorkshopDb;
  secret?: Buffer;
  now?: () => Date;
}): AuthContext {
  return {
    config: parts.config,
    db: parts.db,
    secret:
      parts.secret ??
      loadSessionSecret({ secret: parts.config.sessionSecret, dataDir: parts.config.dataDir }),
    limiters: createRateLimiters(),
    now: parts.now ?? (() => new Date()),
  };
}

const KEY = Symbol.for('workshop.auth-context');
type Holder = { [KEY]?: Promise<AuthContext> };

export function getAuthContext(): Promise<AuthContext> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const building = (async () => {
      const config = readAuthConfig();
      const context = createAuthContext({ config, db: await getWorkshopDb() });
      startSessionSweeper(context);
      return context;
    })();
    building.catch(() => {
      if (holder[KEY] === building) delete holder[KEY];
    });
    holder[KEY] = building;
  }
  return holder[KEY];
}

/** Replaces the process-wide context (tests, or a server that builds its own). */
export function installAuthContext(context: AuthContext | undefined): void {
  const holder = globalThis as Holder;
  if (context) holder[KEY] = Promise.resolve(context);
  else delete holder[KEY];
}
