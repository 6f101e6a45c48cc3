import { sql } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';

/**
 * Reads and DBA-style interventions that tests use to check what the server stored. They live
 * under test/ because colocated *.test.ts files may not run SQL (STYLE.md §3, §5).
 */

export async function auditActionsFor(db: Db, subjectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

export async function auditRowCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function chainHeadOf(db: Db): Promise<{ lastSeq: number; lastHash: string }> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}

/** The stored api_token row, every column, serialised as text (hashes as hex). */
export async function apiTokenRowText(db: Db, tokenId: string): Promise<string> {
  const row = await db
    .selectFrom('api_token')
    .selectAll()
    .where('id', '=', tokenId)
    .executeTakeFirstOrThrow();
  return JSON.stringify(row);
}

export async function apiTokenCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('api_token')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function openSessionCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('user_session')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function userRow(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['display_name', 'is_active', 'version', 'locked_until', 'failed_login_count'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** What a DBA with table-owner rights could do: switch the append-only trigger off around `work`. */
export async function asDbaWithoutTrigger(db: Db, work: (db: Db) => Promise<void>): Promise<void> {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
  try {
    await work(db);
  } finally {
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db);
  }
}

export async function editAuditRow(
  db: Db,
  seq: number,
  changes: { action?: string; details?: Record<string, unknown> },
): Promise<void> {
  const details = changes.details === undefined ? null : JSON.stringify(changes.details);
  await sql`UPDATE audit_log
    SET action = COALESCE(${changes.action ?? null}, action),
        details = COALESCE(${details}::jsonb, details)
    WHERE seq = ${seq}`.execute(db);
}

export async function deleteAuditRow(db: Db, seq: number): Promise<void> {
  await sql`DELETE FROM audit_log WHERE seq = ${seq}`.execute(db);
}

/** Swaps the positions of two rows, keeping each row's content and hashes (a reorder). */
export async function swapAuditRows(db: Db, seqA: number, seqB: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`UPDATE audit_log SET seq = -1 WHERE seq = ${seqA}`.execute(trx);
    await sql`UPDATE audit_log SET seq = ${seqA} WHERE seq = ${seqB}`.execute(trx);
    await sql`UPDATE audit_log SET seq = ${seqB} WHERE seq = -1`.execute(trx);
  });
}

/** Runs `work` as the application role (`app_rw`) for one transaction, which then rolls back or commits. */
export async function asAppRole(db: Db, work: (trx: Db) => Promise<void>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL ROLE app_rw`.execute(trx);
    await work(trx);
    await sql`RESET ROLE`.execute(trx);
  });
}

export async function updateEveryAuditRow(db: Db): Promise<void> {
  await sql`UPDATE audit_log SET action = 'tampered'`.execute(db);
}

export async function deleteEveryAuditRow(db: Db): Promise<void> {
  await sql`DELETE FROM audit_log`.execute(db);
}

export async function truncateAuditLog(db: Db): Promise<void> {
  await sql`TRUNCATE audit_log`.execute(db);
}

export async function readAuditRows(db: Db) {
  return db.selectFrom('audit_log').select(['seq', 'action']).orderBy('seq').execute();
}
