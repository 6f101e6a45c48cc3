import { sql } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';

/** Row count of every table in the public schema plus the audit chain head: what a write moves. */
export async function fingerprint(db: Db) {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { table_name: name } of tables.rows) {
    const result = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(
      db,
    );
    counts[name] = Number(result.rows[0]?.n);
  }
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { counts, head: { lastSeq: head.last_seq, lastHash: head.last_hash } };
}
