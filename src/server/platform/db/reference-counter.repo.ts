import { sql } from 'kysely';
import type { Db } from './schema.js';

/**
 * Hands out the next number of a scope (e.g. TIP-LBY-2026) inside the caller's transaction, so a
 * rolled-back creation also gives its number back and references stay gapless.
 */
export async function nextReferenceNumber(trx: Db, scope: string): Promise<number> {
  const row = await trx
    .insertInto('reference_counter')
    .values({ scope, last_value: 1 })
    .onConflict((conflict) =>
      conflict.column('scope').doUpdateSet({ last_value: sql`reference_counter.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

export function formatReference(
  prefix: string,
  countryCode: string,
  year: number,
  n: number,
): string {
  return `${prefix}-${countryCode}-${year}-${String(n).padStart(6, '0')}`;
}
