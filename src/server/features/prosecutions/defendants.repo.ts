import type { Insertable, Updateable } from 'kysely';
import type { ChargeStatus, NonPunishmentReview } from '#shared/domain/prosecution.js';
import type { Db } from '#server/platform/db/schema.js';
import type {
  ChargeTable,
  DefendantTable,
  SentenceTable,
  VerdictTable,
} from '#server/platform/db/schema-prosecutions.js';

/**
 * The person of the prosecution's own investigation a defendant comes from: only that
 * investigation's persons can be linked, so an id of another file reveals nothing.
 */
export async function findLinkablePerson(db: Db, personId: string, investigationId: string) {
  return db
    .selectFrom('investigation_person')
    .select(['id', 'non_punishment_review'])
    .$narrowType<{ non_punishment_review: NonPunishmentReview }>()
    .where('id', '=', personId)
    .where('investigation_id', '=', investigationId)
    .executeTakeFirst();
}

export async function insertDefendant(db: Db, row: Insertable<DefendantTable>) {
  await db.insertInto('defendant').values(row).execute();
}

export async function findDefendant(db: Db, prosecutionId: string, defendantId: string) {
  return db
    .selectFrom('defendant')
    .select(['id', 'non_punishment_review', 'version'])
    .$narrowType<{ non_punishment_review: NonPunishmentReview }>()
    .where('id', '=', defendantId)
    .where('prosecution_id', '=', prosecutionId)
    .executeTakeFirst();
}

export async function updateDefendant(
  db: Db,
  target: { id: string; version: number; fromReview: NonPunishmentReview },
  changes: Updateable<DefendantTable>,
) {
  return db
    .updateTable('defendant')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .where('non_punishment_review', '=', target.fromReview)
    .returning('version')
    .executeTakeFirst();
}

export async function findDefendantVersion(db: Db, defendantId: string): Promise<number> {
  const row = await db
    .selectFrom('defendant')
    .select('version')
    .where('id', '=', defendantId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/**
 * Locks the defendant row for the rest of the transaction, so a review decision and a charge
 * filing cannot interleave (the charge would slip past a review raised concurrently).
 */
export async function lockDefendantReview(db: Db, defendantId: string) {
  const row = await db
    .selectFrom('defendant')
    .select('non_punishment_review')
    .$narrowType<{ non_punishment_review: NonPunishmentReview }>()
    .where('id', '=', defendantId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return row.non_punishment_review;
}

export async function insertCharge(db: Db, row: Insertable<ChargeTable>) {
  await db.insertInto('charge').values(row).execute();
}

export async function findCharge(db: Db, defendantId: string, chargeId: string) {
  return db
    .selectFrom('charge')
    .select(['id', 'status', 'offence_code', 'version'])
    .$narrowType<{ status: ChargeStatus }>()
    .where('id', '=', chargeId)
    .where('defendant_id', '=', defendantId)
    .executeTakeFirst();
}

export async function updateCharge(
  db: Db,
  target: { id: string; version?: number; fromStatus: ChargeStatus },
  changes: Updateable<ChargeTable>,
) {
  let query = db
    .updateTable('charge')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('status', '=', target.fromStatus);
  if (target.version !== undefined) query = query.where('version', '=', target.version);
  return query.returning('version').executeTakeFirst();
}

export async function findChargeVersion(db: Db, chargeId: string): Promise<number> {
  const row = await db
    .selectFrom('charge')
    .select('version')
    .where('id', '=', chargeId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** Every charge of a defendant, locked: a verdict decides them all at once. */
export async function lockChargesOfDefendant(db: Db, defendantId: string) {
  return db
    .selectFrom('charge')
    .select(['id', 'status'])
    .$narrowType<{ status: ChargeStatus }>()
    .where('defendant_id', '=', defendantId)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function findVerdictAt(db: Db, defendantId: string, courtLevel: string) {
  return db
    .selectFrom('verdict')
    .select('id')
    .where('defendant_id', '=', defendantId)
    .where('court_level', '=', courtLevel)
    .executeTakeFirst();
}

export async function insertVerdict(
  db: Db,
  verdict: Insertable<VerdictTable>,
  charges: readonly { chargeId: string; outcome: string }[],
  sentence: Insertable<SentenceTable> | null,
) {
  await db.insertInto('verdict').values(verdict).execute();
  await db
    .insertInto('verdict_charge')
    .values(
      charges.map((charge) => ({
        verdict_id: verdict.id,
        charge_id: charge.chargeId,
        outcome: charge.outcome,
      })),
    )
    .execute();
  if (sentence) await db.insertInto('sentence').values(sentence).execute();
}

export async function listDefendants(db: Db, prosecutionId: string) {
  return db
    .selectFrom('defendant')
    .select([
      'id',
      'identity_sealed',
      'investigation_person_id',
      'non_punishment_review',
      'non_punishment_trigger',
      'non_punishment_reason_sealed',
      'created_at',
      'version',
    ])
    .where('prosecution_id', '=', prosecutionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type DefendantRow = Awaited<ReturnType<typeof listDefendants>>[number];

export async function listCharges(db: Db, prosecutionId: string) {
  return db
    .selectFrom('charge')
    .select(['id', 'defendant_id', 'offence_code', 'law_article', 'status', 'filed_at', 'version'])
    .where('prosecution_id', '=', prosecutionId)
    .orderBy('filed_at')
    .orderBy('id')
    .execute();
}
export type ChargeRow = Awaited<ReturnType<typeof listCharges>>[number];

export async function listVerdicts(db: Db, prosecutionId: string) {
  return db
    .selectFrom('verdict')
    .leftJoin('sentence', 'sentence.verdict_id', 'verdict.id')
    .select([
      'verdict.id',
      'verdict.defendant_id',
      'verdict.outcome',
      'verdict.decided_on',
      'verdict.court_level',
      'verdict.recorded_at',
      'sentence.verdict_id as sentence_verdict_id',
      'sentence.prison_months',
      'sentence.is_suspended',
      'sentence.fine_amount',
      'sentence.currency',
      'sentence.other_measures_sealed',
    ])
    .where('verdict.prosecution_id', '=', prosecutionId)
    .orderBy('verdict.recorded_at')
    .orderBy('verdict.id')
    .execute();
}
export type VerdictRow = Awaited<ReturnType<typeof listVerdicts>>[number];

export async function listVerdictCharges(db: Db, prosecutionId: string) {
  return db
    .selectFrom('verdict_charge')
    .innerJoin('verdict', 'verdict.id', 'verdict_charge.verdict_id')
    .select(['verdict_charge.verdict_id', 'verdict_charge.charge_id', 'verdict_charge.outcome'])
    .where('verdict.prosecution_id', '=', prosecutionId)
    .orderBy('verdict_charge.charge_id')
    .execute();
}
