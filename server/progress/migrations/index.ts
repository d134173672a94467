/**
 * The ordered list of migrations. Imported statically (not read from disk) so the list survives
 * bundling; a new migration is a new `NNN-name.ts` file plus one line here.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as initialSchema from './001-initial-schema';

const migrations: Record<string, Migration> = {
  '001-initial-schema': initialSchema,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
