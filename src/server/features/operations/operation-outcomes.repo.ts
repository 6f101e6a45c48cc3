import type { Insertable } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';
import type {
  OperationArrestTable,
  OperationRescueTable,
  OperationSeizureTable,
} from '#server/platform/db/schema-investigations.js';

export type OutcomeKind = 'rescue' | 'arrest' | 'seizure';

/**
 * Claims a batch id for the operation. Returns false when it was already recorded: the primary
 * key makes a concurrent retry wait for the first request and then find its batch.
 */
export async function claimBatch(
  db: Db,
  batch: { operationId: string; batchId: string; kind: OutcomeKind; userId: string; now: Date },
) {
  const rows = await db
    .insertInto('operation_batch')
    .values({
      operation_id: batch.operationId,
      batch_id: batch.batchId,
      kind: batch.kind,
      recorded_at: batch.now,
      recorded_by_user_id: batch.userId,
    })
    .onConflict((conflict) => conflict.columns(['operation_id', 'batch_id']).doNothing())
    .returning('batch_id')
    .execute();
  return rows.length > 0;
}

export async function findBatchKind(db: Db, operationId: string, batchId: string) {
  const row = await db
    .selectFrom('operation_batch')
    .select('kind')
    .where('operation_id', '=', operationId)
    .where('batch_id', '=', batchId)
    .executeTakeFirst();
  return row?.kind;
}

/** An active user of the country with the roles they hold and their agency's kind. */
export async function findOfficerOfCountry(db: Db, userId: string, countryCode: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id', 'app_user.roles', 'agency.kind as agency_kind'])
    .where('app_user.id', '=', userId)
    .where('app_user.is_active', '=', true)
    .where('agency.is_active', '=', true)
    .where('agency.country_code', '=', countryCode)
    .executeTakeFirst();
}

export async function countRescues(db: Db, operationId: string): Promise<number> {
  const row = await db
    .selectFrom('operation_rescue')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('operation_id', '=', operationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRescue(db: Db, row: Insertable<OperationRescueTable>) {
  await db.insertInto('operation_rescue').values(row).execute();
}

export async function listRescues(db: Db, operationId: string) {
  return db
    .selectFrom('operation_rescue')
    .innerJoin('case_file', 'case_file.id', 'operation_rescue.case_id')
    .innerJoin('app_user as officer', 'officer.id', 'operation_rescue.identifying_officer_user_id')
    .select([
      'operation_rescue.id',
      'operation_rescue.case_id',
      'case_file.reference as case_reference',
      'operation_rescue.identifying_officer_user_id',
      'officer.display_name as identifying_officer_name',
      'operation_rescue.sex',
      'operation_rescue.birth_year',
      'operation_rescue.citizenship',
      'operation_rescue.located_at_sealed',
      'operation_rescue.recorded_at',
    ])
    .where('operation_rescue.operation_id', '=', operationId)
    .orderBy('operation_rescue.recorded_at')
    .orderBy('operation_rescue.id')
    .execute();
}

export async function insertArrest(db: Db, row: Insertable<OperationArrestTable>) {
  await db.insertInto('operation_arrest').values(row).execute();
}

export async function listArrests(db: Db, operationId: string) {
  return db
    .selectFrom('operation_arrest')
    .leftJoin(
      'investigation_person',
      'investigation_person.id',
      'operation_arrest.investigation_person_id',
    )
    .select([
      'operation_arrest.id',
      'operation_arrest.identity_sealed',
      'operation_arrest.nationality',
      'operation_arrest.sex',
      'operation_arrest.arrested_at',
      'operation_arrest.investigation_person_id',
      'investigation_person.non_punishment_review',
      'operation_arrest.recorded_at',
    ])
    .where('operation_arrest.operation_id', '=', operationId)
    .orderBy('operation_arrest.recorded_at')
    .orderBy('operation_arrest.id')
    .execute();
}

export async function insertSeizure(db: Db, row: Insertable<OperationSeizureTable>) {
  await db.insertInto('operation_seizure').values(row).execute();
}

export async function listSeizures(db: Db, operationId: string) {
  return db
    .selectFrom('operation_seizure')
    .select([
      'id',
      'kind',
      'quantity',
      'unit',
      'estimated_value',
      'currency',
      'description_sealed',
      'recorded_at',
    ])
    .where('operation_id', '=', operationId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}
