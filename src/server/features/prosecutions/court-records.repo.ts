import type { Insertable, Updateable } from 'kysely';
import type {
  ConfiscationStatus,
  HearingOutcome,
  ProtectionStatus,
} from '#shared/domain/prosecution.js';
import type { Db } from '#server/platform/db/schema.js';
import type {
  ConfiscationOrderTable,
  HearingTable,
  WitnessProtectionMeasureTable,
} from '#server/platform/db/schema-prosecutions.js';

type Versioned = { id: string; prosecutionId: string; version: number };

export async function insertHearing(db: Db, row: Insertable<HearingTable>) {
  await db.insertInto('hearing').values(row).execute();
}

export async function findHearing(db: Db, prosecutionId: string, hearingId: string) {
  return db
    .selectFrom('hearing')
    .select(['id', 'kind', 'scheduled_at', 'outcome', 'version'])
    .$narrowType<{ outcome: HearingOutcome | null }>()
    .where('id', '=', hearingId)
    .where('prosecution_id', '=', prosecutionId)
    .executeTakeFirst();
}

/** Optimistic update of a still-scheduled hearing (an outcome is given once). */
export async function updateScheduledHearing(
  db: Db,
  target: Versioned,
  changes: Updateable<HearingTable>,
) {
  return db
    .updateTable('hearing')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('prosecution_id', '=', target.prosecutionId)
    .where('version', '=', target.version)
    .where('outcome', 'is', null)
    .returning('version')
    .executeTakeFirst();
}

export async function listHearings(db: Db, prosecutionId: string) {
  return db
    .selectFrom('hearing')
    .select(['id', 'kind', 'scheduled_at', 'outcome', 'next_scheduled_at', 'version'])
    .where('prosecution_id', '=', prosecutionId)
    .orderBy('scheduled_at')
    .orderBy('id')
    .execute();
}

export async function insertConfiscation(db: Db, row: Insertable<ConfiscationOrderTable>) {
  await db.insertInto('confiscation_order').values(row).execute();
}

export async function findConfiscation(db: Db, prosecutionId: string, orderId: string) {
  return db
    .selectFrom('confiscation_order')
    .select(['id', 'status', 'version'])
    .$narrowType<{ status: ConfiscationStatus }>()
    .where('id', '=', orderId)
    .where('prosecution_id', '=', prosecutionId)
    .executeTakeFirst();
}

export async function updateConfiscation(
  db: Db,
  target: Versioned & { fromStatus: ConfiscationStatus },
  changes: Updateable<ConfiscationOrderTable>,
) {
  return db
    .updateTable('confiscation_order')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('prosecution_id', '=', target.prosecutionId)
    .where('version', '=', target.version)
    .where('status', '=', target.fromStatus)
    .returning('version')
    .executeTakeFirst();
}

export async function listConfiscations(db: Db, prosecutionId: string) {
  return db
    .selectFrom('confiscation_order')
    .select([
      'id',
      'defendant_id',
      'description_sealed',
      'estimated_value',
      'currency',
      'status',
      'ordered_at',
      'version',
    ])
    .where('prosecution_id', '=', prosecutionId)
    .orderBy('ordered_at')
    .orderBy('id')
    .execute();
}

export async function insertProtectionMeasure(
  db: Db,
  row: Insertable<WitnessProtectionMeasureTable>,
) {
  await db.insertInto('witness_protection_measure').values(row).execute();
}

export async function findProtectionMeasure(db: Db, prosecutionId: string, measureId: string) {
  return db
    .selectFrom('witness_protection_measure')
    .select(['id', 'status', 'measure', 'version'])
    .$narrowType<{ status: ProtectionStatus }>()
    .where('id', '=', measureId)
    .where('prosecution_id', '=', prosecutionId)
    .executeTakeFirst();
}

export async function updateProtectionMeasure(
  db: Db,
  target: Versioned & { fromStatus: ProtectionStatus },
  changes: Updateable<WitnessProtectionMeasureTable>,
) {
  return db
    .updateTable('witness_protection_measure')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('prosecution_id', '=', target.prosecutionId)
    .where('version', '=', target.version)
    .where('status', '=', target.fromStatus)
    .returning('version')
    .executeTakeFirst();
}

/** Measures with the victim case's reference only: nothing else of the case is read. */
export async function listProtectionMeasures(db: Db, prosecutionId: string) {
  return db
    .selectFrom('witness_protection_measure')
    .innerJoin('case_file', 'case_file.id', 'witness_protection_measure.case_id')
    .select([
      'witness_protection_measure.id',
      'case_file.reference as case_reference',
      'witness_protection_measure.measure',
      'witness_protection_measure.status',
      'witness_protection_measure.requested_at',
      'witness_protection_measure.decided_at',
      'witness_protection_measure.version',
    ])
    .where('witness_protection_measure.prosecution_id', '=', prosecutionId)
    .orderBy('witness_protection_measure.requested_at')
    .orderBy('witness_protection_measure.id')
    .execute();
}

/** The current version of any versioned record of a prosecution, for a StaleVersionError. */
export async function findRecordVersion(
  db: Db,
  table: 'hearing' | 'confiscation_order' | 'witness_protection_measure',
  id: string,
): Promise<number> {
  const row = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  return row?.version ?? 0;
}
