/** Opening the database: the SQLite file and its WAL mode, and clear errors for bad settings. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_FILE_NAME } from './db';

describe('openDatabase', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workshop-open-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates the SQLite file under the data folder, in WAL mode with foreign keys on', async () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const db = await openDatabase({ dataDir });
    try {
      expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
      expect(applied.rows.map((r) => r.name)).toEqual(['001-initial-schema']);
    } finally {
      await db.destroy();
    }
  });

  it('says why when PostgreSQL cannot be reached', async () => {
    await expect(
      openDatabase({ dataDir: dir, databaseUrl: 'postgres://nobody:x@127.0.0.1:1/none' }),
    ).rejects.toThrow(/Could not bring the database schema up to date: .*ECONNREFUSED/);
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openDatabase({ dataDir: dir, databaseUrl: 'postgres://x@127.0.0.1:1/x', schema: 'a; drop' }),
    ).rejects.toThrow(/Invalid PostgreSQL schema name/);
  });
});
