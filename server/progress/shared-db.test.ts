/** The process-wide database: opened once from the environment, shared, and closable. */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from './db';
import { closeWorkshopDb, getWorkshopDb } from './shared-db';

describe('getWorkshopDb', () => {
  let dir: string;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workshop-shared-'));
    process.env.DATA_DIR = dir;
    delete process.env.DATABASE_URL;
  });
  afterEach(async () => {
    await closeWorkshopDb();
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  it('opens one database for the whole process, under DATA_DIR', async () => {
    const [a, b] = await Promise.all([getWorkshopDb(), getWorkshopDb()]);
    expect(a).toBe(b);
    expect(existsSync(path.join(dir, SQLITE_FILE_NAME))).toBe(true);
  });

  it('does not cache a failed open, so a later call can succeed', async () => {
    process.env.DATABASE_URL = 'postgres://nobody:x@127.0.0.1:1/none';
    await expect(getWorkshopDb()).rejects.toThrow(/ECONNREFUSED/);
    delete process.env.DATABASE_URL;
    await expect(getWorkshopDb()).resolves.toBeDefined();
  });
});
