import { sql } from 'kysely';
import { newId } from '../db/ids.js';
import { toJsonb } from '../db/json.js';
import type { Db } from '../db/schema.js';
import type { AuditActor } from '../authz/actor.js';
import { hashAuditRow, type ChainRow } from './chain.js';

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  subject?: readonly [type: string, id: string];
  /** Ids, codes and field names only: never names, document numbers or free text. */
  details?: Record<string, unknown>;
  requestId?: string | undefined;
  now?: Date;
};

export class AuditOutsideTransactionError extends Error {
  override name = 'AuditOutsideTransactionError';
}

/**
 * Appends one row to the hash chain. Must run inside the transaction of the change it records,
 * so a change without its audit row (or the reverse) cannot be committed.
 */
export async function writeAudit(trx: Db, entry: AuditEntry): Promise<void> {
  if (!trx.isTransaction) {
    throw new AuditOutsideTransactionError(
      'writeAudit needs the transaction of the audited change',
    );
  }
  // Locking the head row serialises audited transactions, so the chain never forks.
  const head = await trx
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .forUpdate()
    .executeTakeFirstOrThrow();
  const actor = entry.actor;
  const isStaff = actor.kind === 'user' || actor.kind === 'token';
  const content = {
    seq: Number(head.last_seq) + 1,
    id: newId(),
    occurredAt: (entry.now ?? new Date()).toISOString(),
    actorKind: actor.kind,
    actorUserId: isStaff ? actor.userId : null,
    actorAgencyId: isStaff ? actor.agencyId : null,
    action: entry.action,
    subjectType: entry.subject?.[0] ?? null,
    subjectId: entry.subject?.[1] ?? null,
    details: entry.details ?? {},
    requestId: entry.requestId ?? null,
  };
  const rowHash = hashAuditRow(head.last_hash, content);
  await trx
    .insertInto('audit_log')
    .values({
      seq: content.seq,
      id: content.id,
      occurred_at: content.occurredAt,
      actor_kind: content.actorKind,
      actor_user_id: content.actorUserId,
      actor_agency_id: content.actorAgencyId,
      action: content.action,
      subject_type: content.subjectType,
      subject_id: content.subjectId,
      details: toJsonb(content.details),
      request_id: content.requestId,
      prev_hash: head.last_hash,
      row_hash: rowHash,
    })
    .execute();
  await trx
    .updateTable('audit_chain_head')
    .set({ last_seq: content.seq, last_hash: rowHash })
    .where('singleton', '=', true)
    .execute();
}

export async function findChainHead(db: Db): Promise<{ lastSeq: number; lastHash: string }> {
  const head = await db
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
}

/** Reads the chain in pages of `pageSize`, in seq order, for verification. */
export async function* readChain(db: Db, pageSize = 5000): AsyncGenerator<ChainRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where(sql<boolean>`seq > ${after}`)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      yield {
        seq: Number(row.seq),
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        actorKind: row.actor_kind,
        actorUserId: row.actor_user_id,
        actorAgencyId: row.actor_agency_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        details: row.details,
        requestId: row.request_id,
        prevHash: row.prev_hash,
        rowHash: row.row_hash,
      };
    }
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = Number(last.seq);
  }
}

export type AuditListRow = {
  seq: number;
  occurredAt: Date;
  actorKind: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  requestId: string | null;
};

export async function listAudit(
  db: Db,
  filter: { limit: number; beforeSeq?: number | undefined; subjectId?: string | undefined },
): Promise<AuditListRow[]> {
  let query = db
    .selectFrom('audit_log')
    .select([
      'seq',
      'occurred_at',
      'actor_kind',
      'actor_user_id',
      'actor_agency_id',
      'action',
      'subject_type',
      'subject_id',
      'request_id',
    ])
    .orderBy('seq', 'desc')
    .limit(filter.limit);
  if (filter.beforeSeq !== undefined) query = query.where(sql<boolean>`seq < ${filter.beforeSeq}`);
  if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
  const rows = await query.execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorKind: row.actor_kind,
    actorUserId: row.actor_user_id,
    actorAgencyId: row.actor_agency_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    requestId: row.request_id,
  }));
}
