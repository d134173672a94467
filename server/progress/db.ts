/**
 * Opens the workshop's database: SQLite (a WAL-mode file under the data folder) by default, or
 * PostgreSQL when a connection URL is given. Migrations run at open, so callers always get the
 * current schema.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { WorkshopDatabase } from './schema';

export type DatabaseOptions = {
  /** A `postgres://` URL selects PostgreSQL; without one the site uses SQLite. */
  databaseUrl?: string;
  /** Folder for the SQLite file (`workshop.sqlite`). */
  dataDir: string;
  /**
   * PostgreSQL only: keep every table in this schema (created if missing). Tests use a fresh
   * schema per run so runs never see each other's rows.
   */
  schema?: string;
};

export type WorkshopDb = Kysely<WorkshopDatabase>;

export const SQLITE_FILE_NAME = 'workshop.sqlite';

export async function openDatabase(options: DatabaseOptions): Promise<WorkshopDb> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema)
    : openSqlite(options.dataDir);
  try {
    await migrateToLatest(db, options.databaseUrl ? options.schema : undefined);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

function openSqlite(dataDir: string): WorkshopDb {
  mkdirSync(dataDir, { recursive: true });
  const file = new Database(path.join(dataDir, SQLITE_FILE_NAME));
  // WAL lets readers (page renders) proceed while a check result is being written.
  file.pragma('journal_mode = WAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  return new Kysely<WorkshopDatabase>({ dialect: new SqliteDialect({ database: file }) });
}

function openPostgres(url: string, schema: string | undefined): WorkshopDb {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(
      `Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits, _`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new Kysely<WorkshopDatabase>({ dialect: new PostgresDialect({ pool }) });
}

async function migrateToLatest(db: WorkshopDb, schema: string | undefined) {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (migration ${failed.migrationName})` : '';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not bring the database schema up to date${name}: ${reason}`);
  }
}
