import type { Insertable, Updateable } from 'kysely';
import type { Actor } from '#server/platform/authz/actor.js';
import type { CaseTransferTable, Db } from '#server/platform/db/schema.js';

export async function findTransferScope(db: Db, transferId: string) {
  return db
    .selectFrom('case_transfer')
    .select([
      'id',
      'case_id',
      'country_code',
      'from_agency_id',
      'to_agency_id',
      'status',
      'version',
    ])
    .where('id', '=', transferId)
    .executeTakeFirst();
}

export async function insertTransfer(db: Db, transfer: Insertable<CaseTransferTable>) {
  await db.insertInto('case_transfer').values(transfer).execute();
}

export async function hasOpenTransfer(db: Db, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_transfer')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findActiveAgencyOf(db: Db, agencyId: string) {
  return db
    .selectFrom('agency')
    .select(['id', 'country_code'])
    .where('id', '=', agencyId)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

/** Answers an open transfer if its version is still the one the client saw. */
export async function answerTransfer(
  db: Db,
  transferId: string,
  version: number,
  changes: Updateable<CaseTransferTable>,
) {
  return db
    .updateTable('case_transfer')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', transferId)
    .where('version', '=', version)
    .where('status', '=', 'requested')
    .returning('id')
    .executeTakeFirst();
}

const TRANSFER_COLUMNS = [
  'case_transfer.id',
  'case_transfer.case_id',
  'case_file.reference as case_reference',
  'case_file.kind as case_kind',
  'case_transfer.from_agency_id',
  'from_agency.name as from_agency_name',
  'case_transfer.to_agency_id',
  'to_agency.name as to_agency_name',
  'case_transfer.reason',
  'case_transfer.note_sealed',
  'case_transfer.status',
  'case_transfer.decline_reason',
  'case_transfer.requested_at',
  'case_transfer.answered_at',
  'case_transfer.version',
] as const;

function transfers(db: Db) {
  return db
    .selectFrom('case_transfer')
    .innerJoin('case_file', 'case_file.id', 'case_transfer.case_id')
    .innerJoin('agency as from_agency', 'from_agency.id', 'case_transfer.from_agency_id')
    .innerJoin('agency as to_agency', 'to_agency.id', 'case_transfer.to_agency_id');
}

export async function findTransfer(db: Db, transferId: string) {
  return transfers(db)
    .select(TRANSFER_COLUMNS)
    .where('case_transfer.id', '=', transferId)
    .executeTakeFirstOrThrow();
}

/** Incoming and outgoing transfers of the actor's agency (all of the country for the coordinator). */
export async function listTransfers(
  db: Db,
  actor: Actor,
  filter: { status?: string | undefined; direction?: 'incoming' | 'outgoing' | undefined },
) {
  let query = transfers(db)
    .select(TRANSFER_COLUMNS)
    .where('case_transfer.country_code', '=', actor.countryCode);
  if (filter.direction === 'incoming')
    query = query.where('case_transfer.to_agency_id', '=', actor.agencyId);
  else if (filter.direction === 'outgoing')
    query = query.where('case_transfer.from_agency_id', '=', actor.agencyId);
  else if (!actor.roles.includes('national_coordinator')) {
    query = query.where((eb) =>
      eb.or([
        eb('case_transfer.to_agency_id', '=', actor.agencyId),
        eb('case_transfer.from_agency_id', '=', actor.agencyId),
      ]),
    );
  }
  if (filter.status) query = query.where('case_transfer.status', '=', filter.status);
  return query.orderBy('case_transfer.id', 'desc').limit(200).execute();
}
