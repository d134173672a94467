/**
 * The one database connection of this process, opened on first use from DATA_DIR / DATABASE_URL.
 * Held on globalThis because Next bundles route handlers apart from the custom server, and both
 * must share one pool (and one SQLite writer). On PostgreSQL it also starts the event relay, so
 * replicas see each other's progress events.
 */
import { readConfig } from '../config';
import { openDatabase, type WorkshopDb } from './db';
import { startPostgresEventRelay, type EventRelay } from './pg-event-relay';

const KEY = Symbol.for('workshop.database');
type Shared = { db: Promise<WorkshopDb>; relay?: Promise<EventRelay | undefined> };
type Holder = { [KEY]?: Shared };

export function getWorkshopDb(): Promise<WorkshopDb> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const config = readConfig();
    const opening = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
    const shared: Shared = { db: opening };
    // A failed open is not cached: the next request tries again (e.g. PostgreSQL came up late).
    opening.catch(() => {
      if (holder[KEY] === shared) delete holder[KEY];
    });
    if (config.databaseUrl) {
      const databaseUrl = config.databaseUrl;
      shared.relay = opening.then(
        () =>
          startPostgresEventRelay({ databaseUrl }).catch((err: unknown) => {
            // Live updates across replicas are a convenience; the site works without them.
            console.error('progress events stay on this replica:', err);
            return undefined;
          }),
        () => undefined,
      );
    }
    holder[KEY] = shared;
  }
  return holder[KEY].db;
}

/** Closes the shared connection and relay (server shutdown, tests). */
export async function closeWorkshopDb(): Promise<void> {
  const holder = globalThis as Holder;
  const shared = holder[KEY];
  delete holder[KEY];
  if (!shared) return;
  await (await shared.relay)?.stop();
  await (await shared.db.catch(() => undefined))?.destroy();
}
