import type { Insertable, Updateable } from 'kysely';
import type {
  Db,
  VictimConsentTable,
  VictimGuardianTable,
  VictimScreeningTable,
  VictimTable,
} from '#server/platform/db/schema.js';

export async function findVictimByCase(db: Db, caseId: string) {
  return db.selectFrom('victim').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function insertVictim(db: Db, victim: Insertable<VictimTable>) {
  await db.insertInto('victim').values(victim).execute();
}

export async function updateVictim(
  db: Db,
  victimId: string,
  version: number | null,
  changes: Updateable<VictimTable>,
) {
  let query = db
    .updateTable('victim')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', victimId);
  if (version !== null) query = query.where('version', '=', version);
  return query.returning('version').executeTakeFirst();
}

export async function countBlindIndexMatches(db: Db, blindIndex: string, exceptVictimId: string) {
  const row = await db
    .selectFrom('victim')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('identity_blind_index', '=', blindIndex)
    .where('id', '!=', exceptVictimId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertScreening(db: Db, screening: Insertable<VictimScreeningTable>) {
  await db.insertInto('victim_screening').values(screening).execute();
}

export async function listScreenings(db: Db, victimId: string) {
  return db
    .selectFrom('victim_screening')
    .select(['id', 'conducted_at', 'proposed_status', 'fired_indicators'])
    .where('victim_id', '=', victimId)
    .orderBy('conducted_at')
    .execute();
}

export async function insertStatusEvent(
  db: Db,
  event: {
    id: string;
    victimId: string;
    now: Date;
    actorUserId: string;
    fromStatus: string;
    toStatus: string;
    basis: 'screening' | 'decision' | 'operation';
    screeningId?: string;
    decision?: { decidedOn: string; decidingBody: string; legalBasis: string };
    operation?: { operationId: string; identifyingOfficerUserId: string };
  },
) {
  await db
    .insertInto('victim_status_event')
    .values({
      id: event.id,
      victim_id: event.victimId,
      occurred_at: event.now,
      actor_user_id: event.actorUserId,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      basis: event.basis,
      screening_id: event.screeningId ?? null,
      decided_on: event.decision?.decidedOn ?? null,
      deciding_body: event.decision?.decidingBody ?? null,
      legal_basis: event.decision?.legalBasis ?? null,
      operation_id: event.operation?.operationId ?? null,
      identifying_officer_user_id: event.operation?.identifyingOfficerUserId ?? null,
    })
    .execute();
}

export async function listStatusEvents(db: Db, victimId: string) {
  return db
    .selectFrom('victim_status_event')
    .leftJoin('app_user', 'app_user.id', 'victim_status_event.actor_user_id')
    .leftJoin('operation', 'operation.id', 'victim_status_event.operation_id')
    .leftJoin(
      'app_user as officer',
      'officer.id',
      'victim_status_event.identifying_officer_user_id',
    )
    .select([
      'operation.reference as operation_reference',
      'officer.display_name as identifying_officer_name',
      'victim_status_event.occurred_at',
      'victim_status_event.from_status',
      'victim_status_event.to_status',
      'victim_status_event.basis',
      'victim_status_event.decided_on',
      'victim_status_event.deciding_body',
      'victim_status_event.legal_basis',
      'app_user.display_name',
    ])
    .where('victim_status_event.victim_id', '=', victimId)
    .orderBy('victim_status_event.occurred_at')
    .orderBy('victim_status_event.id')
    .execute();
}

export async function insertGuardian(db: Db, guardian: Insertable<VictimGuardianTable>) {
  await db.insertInto('victim_guardian').values(guardian).execute();
}

export async function listGuardians(db: Db, victimId: string) {
  return db
    .selectFrom('victim_guardian')
    .select(['id', 'appointed_on', 'appointing_body', 'ended_on'])
    .where('victim_id', '=', victimId)
    .orderBy('appointed_on')
    .execute();
}

export async function insertConsent(db: Db, consent: Insertable<VictimConsentTable>) {
  await db.insertInto('victim_consent').values(consent).execute();
}

export async function listConsents(db: Db, victimId: string) {
  return db
    .selectFrom('victim_consent')
    .innerJoin('agency', 'agency.id', 'victim_consent.recipient_agency_id')
    .select([
      'victim_consent.id',
      'victim_consent.recipient_agency_id',
      'agency.name as recipient_agency_name',
      'victim_consent.purpose',
      'victim_consent.data_category',
      'victim_consent.method',
      'victim_consent.given_by',
      'victim_consent.legal_basis',
      'victim_consent.given_at',
      'victim_consent.withdrawn_at',
    ])
    .where('victim_consent.victim_id', '=', victimId)
    .orderBy('victim_consent.given_at')
    .execute();
}

export async function withdrawConsent(
  db: Db,
  consentId: string,
  victimId: string,
  userId: string,
  now: Date,
) {
  return db
    .updateTable('victim_consent')
    .set({ withdrawn_at: now, withdrawn_by: userId })
    .where('id', '=', consentId)
    .where('victim_id', '=', victimId)
    .where('withdrawn_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

export async function insertNeedsAssessment(
  db: Db,
  row: {
    id: string;
    victimId: string;
    now: Date;
    userId: string;
    needs: string[];
    notesSealed: Buffer | null;
  },
) {
  await db
    .insertInto('victim_needs_assessment')
    .values({
      id: row.id,
      victim_id: row.victimId,
      assessed_at: row.now,
      assessed_by: row.userId,
      needs: row.needs,
      notes_sealed: row.notesSealed,
    })
    .execute();
}

export async function listNeedsAssessments(db: Db, victimId: string) {
  return db
    .selectFrom('victim_needs_assessment')
    .leftJoin('app_user', 'app_user.id', 'victim_needs_assessment.assessed_by')
    .select([
      'victim_needs_assessment.id',
      'victim_needs_assessment.assessed_at',
      'victim_needs_assessment.needs',
      'victim_needs_assessment.notes_sealed',
      'app_user.display_name',
    ])
    .where('victim_needs_assessment.victim_id', '=', victimId)
    .orderBy('victim_needs_assessment.assessed_at')
    .execute();
}

export async function findActiveUserInCountry(db: Db, userId: string, countryCode: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id', 'app_user.roles'])
    .where('app_user.id', '=', userId)
    .where('app_user.is_active', '=', true)
    .where('agency.country_code', '=', countryCode)
    .executeTakeFirst();
}

export async function findAgencyCountry(db: Db, agencyId: string) {
  return db
    .selectFrom('agency')
    .select('country_code')
    .where('id', '=', agencyId)
    .executeTakeFirst();
}
