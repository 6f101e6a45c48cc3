import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/schema.js';
import type { SealedTable } from './sealed-columns.js';

/** Byte 1 of a sealed value is the id of the key that sealed it (see sealer.ts). */
const keyIdOf = (column: string) => sql<number>`get_byte(${sql.ref(column)}, 1)`;

function notUnderKey(entry: SealedTable, keyId: number): RawBuilder<boolean> {
  const tests = entry.sealedColumns.map(
    (column) => sql`(${sql.ref(column)} IS NOT NULL AND ${keyIdOf(column)} <> ${keyId})`,
  );
  return sql<boolean>`(${sql.join(tests, sql` OR `)})`;
}

export type SealedRow = { id: string; values: Record<string, Buffer | null> };

/**
 * Locks and returns up to `limit` rows of one table that still hold a value sealed with another
 * key than `keyId`. Re-sealed rows drop out of the filter, so calling again walks the table.
 */
export async function lockRowsNotUnderKey(
  trx: Db,
  entry: SealedTable,
  keyId: number,
  limit: number,
): Promise<SealedRow[]> {
  const columns = entry.sealedColumns.map((column) => sql.ref(column));
  const result = await sql<Record<string, unknown>>`
    SELECT ${sql.ref(entry.idColumn)}::text AS row_id, ${sql.join(columns)}
    FROM ${sql.table(entry.table)}
    WHERE ${notUnderKey(entry, keyId)}
    ORDER BY ${sql.ref(entry.idColumn)}
    LIMIT ${limit}
    FOR UPDATE`.execute(trx);
  return result.rows.map((row) => ({
    id: String(row.row_id),
    values: Object.fromEntries(
      entry.sealedColumns.map((column) => [column, (row[column] as Buffer | null) ?? null]),
    ),
  }));
}

export async function updateSealedValues(
  trx: Db,
  entry: SealedTable,
  id: string,
  values: Record<string, Buffer>,
): Promise<void> {
  const assignments = Object.entries(values).map(
    ([column, value]) => sql`${sql.ref(column)} = ${value}`,
  );
  if (assignments.length === 0) return;
  await sql`
    UPDATE ${sql.table(entry.table)} SET ${sql.join(assignments)}
    WHERE ${sql.ref(entry.idColumn)} = ${id}::uuid`.execute(trx);
}

/**
 * Lets the append-only triggers accept an update that only re-seals (see migration
 * 20261124090000): for the current transaction only.
 */
export async function allowResealingInTransaction(trx: Db): Promise<void> {
  await sql`SELECT set_config('tansiq.resealing', 'on', true)`.execute(trx);
}

/** How many non-null values each key id seals, over the listed columns. */
export async function countSealedValuesByKey(
  db: Db,
  registry: readonly SealedTable[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const entry of registry) {
    for (const column of entry.sealedColumns) {
      const result = await sql<{ key_id: number; values_count: string }>`
        SELECT ${keyIdOf(column)} AS key_id, count(*)::text AS values_count
        FROM ${sql.table(entry.table)}
        WHERE ${sql.ref(column)} IS NOT NULL
        GROUP BY 1`.execute(db);
      for (const row of result.rows) {
        const keyId = row.key_id;
        counts.set(keyId, (counts.get(keyId) ?? 0) + Number(row.values_count));
      }
    }
  }
  return counts;
}

/** Every `*_sealed` bytea column of the schema, as `table.column`, sorted. */
export async function listSealedColumnsInSchema(db: Db): Promise<string[]> {
  const result = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND data_type = 'bytea'
      AND column_name LIKE '%\\_sealed'
    ORDER BY table_name, column_name`.execute(db);
  return result.rows.map((row) => `${row.table_name}.${row.column_name}`);
}
