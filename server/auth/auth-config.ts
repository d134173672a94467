/**
 * Settings for learner sessions and request guards, read from the environment once. Kept beside
 * the auth code (not in server/config.ts) because Next route handlers load this module on their own.
 */
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const AuthEnvSchema = z.object({
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.string().min(1).optional(),
  /** At least 32 characters; without it a secret is generated once and kept in the data folder. */
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)')
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(120),
  /** When set, joining requires this code (compared case-insensitively). */
  EVENT_CODE: z.string().trim().min(1).optional(),
  /** Honour X-Forwarded-Proto/-Host/-For from a reverse proxy in front of the site. */
  TRUST_PROXY: flag,
  /** Extra origins allowed to send state-changing requests, comma-separated. */
  ALLOWED_ORIGINS: z.string().optional(),
  INSTRUCTOR_TOKEN: z.string().min(1).optional(),
});

export type AuthConfig = {
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string | undefined;
  idleMs: number;
  eventCode: string | undefined;
  trustProxy: boolean;
  allowedOrigins: string[];
  instructorToken: string | undefined;
};

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = AuthEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET,
    idleMs: e.SESSION_IDLE_MINUTES * 60_000,
    eventCode: e.EVENT_CODE,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    instructorToken: e.INSTRUCTOR_TOKEN,
  };
}
