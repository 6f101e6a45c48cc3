import { sql, type Insertable, type Updateable } from 'kysely';
import type { ReferralStatus } from '#shared/domain/referral-lifecycle.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';
import type { ReferralTable } from '#server/platform/db/schema-referrals.js';

/** The case a referral is sent from: scope columns and need-to-know only, never content. */
export async function findReferringCaseScope(db: Db, caseId: string, userId: string) {
  return db
    .selectFrom('case_file')
    .select([
      'id',
      'country_code',
      'agency_id',
      'kind',
      'status',
      sql<boolean>`EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = case_file.id AND a.user_id = ${userId})`.as(
        'is_assigned',
      ),
    ])
    .where('id', '=', caseId)
    .executeTakeFirst();
}

export async function findReferralScope(db: Db, referralId: string) {
  return db
    .selectFrom('referral')
    .select(['id', 'country_code', 'referring_agency_id', 'receiving_agency_id', 'status'])
    .$narrowType<{ status: ReferralStatus }>()
    .where('id', '=', referralId)
    .executeTakeFirst();
}

export async function insertReferral(db: Db, referral: Insertable<ReferralTable>) {
  await db.insertInto('referral').values(referral).execute();
}

export async function insertReferralEvent(
  db: Db,
  event: {
    id: string;
    referralId: string;
    type: string;
    actor: Actor;
    data: Record<string, unknown>;
    noteSealed: Buffer | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('referral_event')
    .values({
      id: event.id,
      referral_id: event.referralId,
      occurred_at: event.now,
      type: event.type,
      actor_user_id: event.actor.userId,
      actor_agency_id: event.actor.agencyId,
      data: toJsonb(event.data),
      note_sealed: event.noteSealed,
    })
    .execute();
}

/**
 * Optimistic status change: applies only while the row still has the version the client saw and
 * the status the transition was computed from; returns undefined otherwise.
 */
export async function updateReferral(
  db: Db,
  target: { id: string; version: number; fromStatus: string },
  changes: Updateable<ReferralTable>,
  now: Date,
) {
  return db
    .updateTable('referral')
    .set((eb) => ({
      ...changes,
      // The first answer (accept, decline, or a cancellation before any) keeps its instant.
      answered_at: eb.fn.coalesce('answered_at', eb.val(now)),
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .where('status', '=', target.fromStatus)
    .returning('version')
    .executeTakeFirst();
}

export async function findReferralVersion(db: Db, referralId: string): Promise<number> {
  const row = await db
    .selectFrom('referral')
    .select('version')
    .where('id', '=', referralId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

const SUMMARY_COLUMNS = [
  'referral.id',
  'referral.case_id',
  'case_file.reference as case_reference',
  'referral.provider_id',
  'service_provider.name as provider_name',
  'referral.referring_agency_id',
  'referring.name as referring_agency_name',
  'referral.receiving_agency_id',
  'receiving.name as receiving_agency_name',
  'referral.services',
  'referral.urgency',
  'referral.status',
  'referral.decline_reason',
  'referral.sent_at',
  'referral.acceptance_due_at',
  'referral.version',
] as const;

function referralQuery(db: Db) {
  return db
    .selectFrom('referral')
    .innerJoin('case_file', 'case_file.id', 'referral.case_id')
    .innerJoin('service_provider', 'service_provider.id', 'referral.provider_id')
    .innerJoin('agency as referring', 'referring.id', 'referral.referring_agency_id')
    .innerJoin('agency as receiving', 'receiving.id', 'referral.receiving_agency_id');
}

/**
 * The referral board: sent by or addressed to the actor's agency (every referral of the country
 * for the coordinator). Jurisdiction is part of the SQL, never a post-filter.
 */
export async function listReferralBoard(
  db: Db,
  actor: Actor,
  filter: {
    status?: string | undefined;
    direction?: 'sent' | 'received' | undefined;
    limit: number;
    offset: number;
  },
) {
  let query = referralQuery(db).where('referral.country_code', '=', actor.countryCode);
  if (filter.direction === 'sent') {
    query = query.where('referral.referring_agency_id', '=', actor.agencyId);
  } else if (filter.direction === 'received') {
    query = query.where('referral.receiving_agency_id', '=', actor.agencyId);
  } else if (!actor.roles.includes('national_coordinator')) {
    query = query.where((eb) =>
      eb.or([
        eb('referral.referring_agency_id', '=', actor.agencyId),
        eb('referral.receiving_agency_id', '=', actor.agencyId),
      ]),
    );
  }
  if (filter.status) query = query.where('referral.status', '=', filter.status);
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      // Waiting for an answer first, the nearest deadline on top.
      .orderBy((eb) => eb.case().when('referral.status', '=', 'sent').then(0).else(1).end())
      .orderBy('referral.acceptance_due_at')
      .orderBy('referral.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findReferral(db: Db, referralId: string) {
  return referralQuery(db)
    .select([...SUMMARY_COLUMNS, 'referral.reason_sealed'])
    .where('referral.id', '=', referralId)
    .executeTakeFirstOrThrow();
}

export async function listReferralEvents(db: Db, referralId: string) {
  return db
    .selectFrom('referral_event')
    .leftJoin('app_user', 'app_user.id', 'referral_event.actor_user_id')
    .leftJoin('agency', 'agency.id', 'referral_event.actor_agency_id')
    .select([
      'referral_event.occurred_at',
      'referral_event.type',
      'referral_event.note_sealed',
      'app_user.display_name',
      'agency.name as agency_name',
    ])
    .where('referral_event.referral_id', '=', referralId)
    .orderBy('referral_event.occurred_at')
    .orderBy('referral_event.id')
    .execute();
}
