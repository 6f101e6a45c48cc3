// Fails when a table or column of the migrated schema has no COMMENT ON starting with its
// classification tag ([PII], [sensitive] or [internal]), as STYLE.md §2 requires.
import { sql } from 'kysely';
import { openPglite } from '#server/platform/db/database.js';
import { migrate } from '#server/platform/db/migrate.js';

const TAG = /^\[(PII|sensitive|internal)\] \S/;

const database = await openPglite({ memory: true });
try {
  await migrate(database.db);
  const { rows } = await sql<{ object: string; comment: string | null }>`
    SELECT c.relname AS object, obj_description(c.oid, 'pg_class') AS comment
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r'
    UNION ALL
    SELECT c.relname || '.' || a.attname, col_description(c.oid, a.attnum)
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind = 'r'
     ORDER BY 1`.execute(database.db);
  const missing = rows.filter((row) => !row.comment || !TAG.test(row.comment));
  if (missing.length > 0) {
    for (const row of missing)
      process.stderr.write(`missing or untagged COMMENT ON: ${row.object}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`check-comments: ${String(rows.length)} tables and columns documented.\n`);
  }
} finally {
  await database.close();
}
