import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from './schema.js';

export const MIGRATIONS_DIR = join(import.meta.dirname, '../../../../db/migrations');

export class MigrationChangedError extends Error {
  override name = 'MigrationChangedError';
}

const BOOKKEEPING_SQL = `
CREATE TABLE IF NOT EXISTS schema_migration (
  name text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
COMMENT ON TABLE schema_migration IS '[internal] Applied SQL migrations with their SHA-256.';
COMMENT ON COLUMN schema_migration.name IS '[internal] Migration file name.';
COMMENT ON COLUMN schema_migration.sha256 IS '[internal] SHA-256 of the file when it was applied.';
COMMENT ON COLUMN schema_migration.applied_at IS '[internal] When it was applied.';`;

type MigrationFile = { name: string; sql: string; sha256: string };

function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((file) => /^\d{14}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, sql: text, sha256: createHash('sha256').update(text).digest('hex') };
    });
}

/**
 * Applies pending SQL migrations in filename order, one transaction each. Refuses to run when an
 * applied file changed: a fix is a new forward migration, never an edit.
 */
export async function migrate(db: Db, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  await sql.raw(BOOKKEEPING_SQL).execute(db);
  const applied: string[] = [];
  for (const file of readMigrations(dir)) {
    const didApply = await db.transaction().execute(async (trx) => {
      // Serialises concurrent migrators (several app instances starting at once).
      await sql`SELECT pg_advisory_xact_lock(72210001)`.execute(trx);
      const existing = await trx
        .selectFrom('schema_migration')
        .select('sha256')
        .where('name', '=', file.name)
        .executeTakeFirst();
      if (existing) {
        if (existing.sha256 !== file.sha256) {
          throw new MigrationChangedError(`Applied migration ${file.name} was modified.`);
        }
        return false;
      }
      await sql.raw(file.sql).execute(trx);
      await trx
        .insertInto('schema_migration')
        .values({ name: file.name, sha256: file.sha256 })
        .execute();
      return true;
    });
    if (didApply) applied.push(file.name);
  }
  return applied;
}
