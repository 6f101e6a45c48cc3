import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openPglite, openPostgres, type DatabaseHandle } from '#server/platform/db/database.js';

export type TestDatabase = DatabaseHandle & { url: string | null };

/** A fresh migrated database for one test file: PGlite by default, PostgreSQL when CI asks. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const config = inject('database');
  if (config.kind === 'pglite') {
    const snapshot = new Blob([readFileSync(config.snapshotPath)]);
    return { ...(await openPglite({ snapshot })), url: null };
  }
  const name = `tansiq_t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(config.url, 1);
  await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(config.template)}`.execute(admin.db);
  const url = new URL(config.url);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 4);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
      await admin.close();
    },
  };
}
