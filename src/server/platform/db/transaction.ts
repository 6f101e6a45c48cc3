import type { Db } from './schema.js';

/**
 * Runs `work` in a transaction, joining the caller's when `db` already is one, so use cases
 * compose. Inside `work` only `trx` may be used (on PGlite, `db` would wait for the one connection).
 */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
