/**
 * Test helper: the databases every repository test runs on. SQLite always; PostgreSQL when
 * TEST_DATABASE_URL is set. Under CI the PostgreSQL suite must run, so a missing URL fails it
 * instead of skipping it. Each opened database is fresh (a temp folder or a new schema).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type WorkshopDb } from './db';

export type OpenedTestDatabase = {
  db: WorkshopDb;
  /** The SQLite folder or the PostgreSQL schema that holds this database's rows. */
  location: string;
  /** Closes the connection but keeps the rows, as a stopping server would. */
  detach: () => Promise<void>;
  /** Closes the connection and removes the rows. */
  close: () => Promise<void>;
};

export type TestDatabaseTarget = {
  name: 'sqlite' | 'postgres';
  /** Present when this target cannot run here and should be skipped (never under CI). */
  skipReason?: string;
  open: () => Promise<OpenedTestDatabase>;
  /** Opens the storage of a detached database again, as a restarted server would. */
  reopen: (location: string) => Promise<OpenedTestDatabase>;
};

const sqliteTarget: TestDatabaseTarget = {
  name: 'sqlite',
  open: async () => openSqliteAt(await mkdtemp(path.join(tmpdir(), 'workshop-db-'))),
  reopen: openSqliteAt,
};

async function openSqliteAt(dataDir: string): Promise<OpenedTestDatabase> {
  const db = await openDatabase({ dataDir });
  return {
    db,
    location: dataDir,
    detach: () => db.destroy(),
    close: async () => {
      await db.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function postgresTarget(url: string | undefined, ci: boolean): TestDatabaseTarget {
  const openSchema = async (schema: string): Promise<OpenedTestDatabase> => {
    if (!url) {
      throw new Error(
        'TEST_DATABASE_URL is not set: the repository tests must also run on PostgreSQL ' +
          '(e.g. postgres://workshop:workshop@127.0.0.1:5432/workshop_test)',
      );
    }
    const db = await openDatabase({ databaseUrl: url, dataDir: tmpdir(), schema });
    return {
      db,
      location: schema,
      detach: () => db.destroy(),
      close: async () => {
        await db.destroy();
        await dropSchema(url, schema);
      },
    };
  };
  return {
    name: 'postgres',
    skipReason: !url && !ci ? 'TEST_DATABASE_URL is not set' : undefined,
    open: () => openSchema(`test_${randomBytes(6).toString('hex')}`),
    reopen: openSchema,
  };
}

async function dropSchema(url: string, schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

export function listTestDatabaseTargets(
  env: NodeJS.ProcessEnv = process.env,
): TestDatabaseTarget[] {
  return [sqliteTarget, postgresTarget(env.TEST_DATABASE_URL, env.CI === 'true')];
}
