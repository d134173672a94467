/**
 * The one database connection of this process, opened on first use from DATA_DIR / DATABASE_URL.
 * Held on globalThis because Next bundles route handlers apart from the custom server, and both
 * must share one pool (and one SQLite writer).
 */
import { readConfig } from '../config';
import { openDatabase, type WorkshopDb } from './db';

const KEY = Symbol.for('workshop.database');
type Holder = { [KEY]?: Promise<WorkshopDb> };

export function getWorkshopDb(): Promise<WorkshopDb> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const config = readConfig();
    const opening = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    // A failed open is not cached: the next request tries again (e.g. PostgreSQL came up late).
    opening.catch(() => {
      if (holder[KEY] === opening) delete holder[KEY];
    });
    holder[KEY] = opening;
  }
  return holder[KEY];
}

/** Closes the shared connection (server shutdown, tests). */
export async function closeWorkshopDb(): Promise<void> {
  const holder = globalThis as Holder;
  const opening = holder[KEY];
  delete holder[KEY];
  if (opening) await (await opening).destroy();
}
