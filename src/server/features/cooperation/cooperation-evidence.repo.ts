import type { Insertable } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';
import type {
  CoopEvidenceCustodyTable,
  CoopEvidenceTable,
} from '#server/platform/db/schema-cooperation.js';

export async function insertEvidence(db: Db, row: Insertable<CoopEvidenceTable>): Promise<void> {
  await db.insertInto('coop_evidence').values(row).execute();
}

export async function insertCustodyLink(
  db: Db,
  row: Insertable<CoopEvidenceCustodyTable>,
): Promise<void> {
  await db.insertInto('coop_evidence_custody').values(row).execute();
}

/**
 * The evidence of a request, locked: custody links of one item are appended one at a time, so
 * two concurrent transfers cannot both claim the same position in the chain.
 */
export async function lockEvidence(db: Db, requestId: string, evidenceId: string) {
  return db
    .selectFrom('coop_evidence')
    .select(['id'])
    .where('id', '=', evidenceId)
    .where('request_id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
}

export async function findLastCustodyLink(db: Db, evidenceId: string) {
  return db
    .selectFrom('coop_evidence_custody')
    .select(['seq', 'hash'])
    .where('evidence_id', '=', evidenceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listEvidence(db: Db, requestId: string) {
  return db
    .selectFrom('coop_evidence')
    .leftJoin('app_user', 'app_user.id', 'coop_evidence.received_by_user_id')
    .select([
      'coop_evidence.id',
      'coop_evidence.description_sealed',
      'coop_evidence.item_count',
      'coop_evidence.received_from',
      'coop_evidence.received_at',
      'app_user.display_name as received_by_name',
    ])
    .where('coop_evidence.request_id', '=', requestId)
    .orderBy('coop_evidence.received_at')
    .orderBy('coop_evidence.id')
    .execute();
}

/** Custody links of the given evidence, in chain order. */
export async function listCustodyLinks(db: Db, evidenceIds: readonly string[]) {
  if (evidenceIds.length === 0) return [];
  return db
    .selectFrom('coop_evidence_custody')
    .leftJoin('app_user', 'app_user.id', 'coop_evidence_custody.by_user_id')
    .select([
      'coop_evidence_custody.evidence_id',
      'coop_evidence_custody.seq',
      'coop_evidence_custody.action',
      'coop_evidence_custody.holder',
      'coop_evidence_custody.occurred_at',
      'coop_evidence_custody.by_user_id',
      'coop_evidence_custody.note_sealed',
      'coop_evidence_custody.prev_hash',
      'coop_evidence_custody.hash',
      'app_user.display_name as by_name',
    ])
    .where('coop_evidence_custody.evidence_id', 'in', evidenceIds)
    .orderBy('coop_evidence_custody.evidence_id')
    .orderBy('coop_evidence_custody.seq')
    .execute();
}
