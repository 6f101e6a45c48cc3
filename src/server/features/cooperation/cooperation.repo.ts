import { sql, type Insertable, type Updateable } from 'kysely';
import {
  CLOSED_COOPERATION_STATUSES,
  INVESTIGATOR_REQUEST_TYPES,
  type CooperationDirection,
  type CooperationStatus,
} from '#shared/domain/cooperation.js';
import { hasRole, type Actor } from '#server/platform/authz/actor.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';
import type { CoopRequestTable } from '#server/platform/db/schema-cooperation.js';

/** Scope columns only, never content: what the policy decides on. */
export async function findCooperationScope(db: Db, requestId: string) {
  return db
    .selectFrom('coop_request')
    .select([
      'id',
      'reference',
      'country_code',
      'direction',
      'type',
      'status',
      'owner_agency_id',
      'executing_agency_id',
      'version',
    ])
    .$narrowType<{ status: CooperationStatus; direction: CooperationDirection }>()
    .where('id', '=', requestId)
    .executeTakeFirst();
}

export async function insertCooperationRequest(db: Db, row: Insertable<CoopRequestTable>) {
  await db.insertInto('coop_request').values(row).execute();
}

export type NewCooperationEvent = {
  id: string;
  requestId: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
  receipt?: {
    transmissionReference?: string | null;
    channel?: string | null;
    foreignReference?: string | null;
    receiptOn?: string | null;
  };
  noteSealed: Buffer | null;
  /** Null for the escalation sweep. */
  actor: Actor | null;
  now: Date;
};

export async function insertCooperationEvent(db: Db, event: NewCooperationEvent): Promise<void> {
  await db
    .insertInto('coop_request_event')
    .values({
      id: event.id,
      request_id: event.requestId,
      occurred_at: event.now,
      type: event.type,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      data: toJsonb(event.data),
      transmission_reference: event.receipt?.transmissionReference ?? null,
      channel: event.receipt?.channel ?? null,
      foreign_reference: event.receipt?.foreignReference ?? null,
      receipt_on: event.receipt?.receiptOn ?? null,
      note_sealed: event.noteSealed,
      actor_user_id: event.actor?.userId ?? null,
      actor_agency_id: event.actor?.agencyId ?? null,
    })
    .execute();
}

/**
 * Optimistic change: applies only while the row still has the version the client saw and the
 * status the change was computed from; returns undefined otherwise.
 */
export async function updateCooperationRequest(
  db: Db,
  target: { id: string; version: number; fromStatus: string },
  changes: Updateable<CoopRequestTable>,
  now: Date,
) {
  return db
    .updateTable('coop_request')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .where('status', '=', target.fromStatus)
    .returning('version')
    .executeTakeFirst();
}

export async function findCooperationVersion(db: Db, requestId: string): Promise<number> {
  const row = await db
    .selectFrom('coop_request')
    .select('version')
    .where('id', '=', requestId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

const SUMMARY_COLUMNS = [
  'coop_request.id',
  'coop_request.reference',
  'coop_request.direction',
  'coop_request.type',
  'coop_request.status',
  'coop_request.urgency',
  'coop_request.foreign_country',
  'coop_request.owner_agency_id',
  'owner.name as owner_agency_name',
  'coop_request.executing_agency_id',
  'executing.name as executing_agency_name',
  'coop_request.legal_basis',
  'coop_request.channel',
  'coop_request.language',
  'coop_request.requesting_authority',
  'coop_request.requested_authority',
  'coop_request.foreign_reference',
  'coop_request.created_at',
  'coop_request.sent_at',
  'coop_request.acknowledged_at',
  'coop_request.executed_at',
  'coop_request.closed_at',
  'coop_request.due_on',
  'coop_request.escalation_level',
  'coop_request.refusal_ground',
  'coop_request.version',
] as const;

function requestQuery(db: Db) {
  return db
    .selectFrom('coop_request')
    .innerJoin('agency as owner', 'owner.id', 'coop_request.owner_agency_id')
    .leftJoin('agency as executing', 'executing.id', 'coop_request.executing_agency_id');
}

export type CooperationFilter = {
  direction?: string | undefined;
  status?: string | undefined;
  type?: string | undefined;
  foreignCountry?: string | undefined;
  overdue?: boolean | undefined;
};

/**
 * Jurisdiction as SQL: the whole country for the central authority and the coordinator; else the
 * requests of the actor's agency it may draft, and those its agency executes.
 */
export function whereVisibleTo<Q extends ReturnType<typeof requestQuery>>(query: Q, actor: Actor) {
  const scoped = query.where('coop_request.country_code', '=', actor.countryCode) as Q;
  if (hasRole(actor, 'central_authority_officer', 'national_coordinator')) return scoped;
  const isProsecutor = hasRole(actor, 'prosecutor');
  return scoped.where((eb) =>
    eb.or([
      isProsecutor
        ? eb('coop_request.owner_agency_id', '=', actor.agencyId)
        : eb.and([
            eb('coop_request.owner_agency_id', '=', actor.agencyId),
            eb('coop_request.type', 'in', INVESTIGATOR_REQUEST_TYPES),
          ]),
      eb('coop_request.executing_agency_id', '=', actor.agencyId),
    ]),
  ) as Q;
}

export async function listCooperationRequests(
  db: Db,
  actor: Actor,
  filter: CooperationFilter & { limit: number; offset: number },
  today: string,
) {
  let query = whereVisibleTo(requestQuery(db), actor);
  if (filter.direction) query = query.where('coop_request.direction', '=', filter.direction);
  if (filter.status) query = query.where('coop_request.status', '=', filter.status);
  if (filter.type) query = query.where('coop_request.type', '=', filter.type);
  if (filter.foreignCountry) {
    query = query.where('coop_request.foreign_country', '=', filter.foreignCountry);
  }
  if (filter.overdue !== undefined) {
    const overdue = sql<boolean>`(coop_request.due_on < ${today}::date AND coop_request.status NOT IN (${sql.join(
      CLOSED_COOPERATION_STATUSES,
    )}))`;
    query = query.where(filter.overdue ? overdue : sql<boolean>`NOT coalesce(${overdue}, false)`);
  }
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      .orderBy(sql`coop_request.due_on ASC NULLS LAST`)
      .orderBy('coop_request.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export type CooperationSummaryRow = Awaited<
  ReturnType<typeof listCooperationRequests>
>['items'][number];

export async function findCooperationRequest(db: Db, requestId: string) {
  return requestQuery(db)
    .select([
      ...SUMMARY_COLUMNS,
      'coop_request.country_code',
      'coop_request.investigation_id',
      'coop_request.prosecution_id',
      'coop_request.legal_basis_instrument',
      'coop_request.legal_basis_detail',
      'coop_request.translation_languages',
      'coop_request.measures',
      'coop_request.contents_sealed',
      'coop_request.created_by_user_id',
    ])
    .where('coop_request.id', '=', requestId)
    .executeTakeFirstOrThrow();
}

export type CooperationRow = Awaited<ReturnType<typeof findCooperationRequest>>;

export async function listCooperationEvents(db: Db, requestId: string) {
  return db
    .selectFrom('coop_request_event')
    .leftJoin('app_user', 'app_user.id', 'coop_request_event.actor_user_id')
    .leftJoin('agency', 'agency.id', 'coop_request_event.actor_agency_id')
    .select([
      'coop_request_event.id',
      'coop_request_event.occurred_at',
      'coop_request_event.type',
      'coop_request_event.from_status',
      'coop_request_event.to_status',
      'coop_request_event.data',
      'coop_request_event.transmission_reference',
      'coop_request_event.channel',
      'coop_request_event.foreign_reference',
      'coop_request_event.receipt_on',
      'coop_request_event.note_sealed',
      'app_user.display_name',
      'agency.name as agency_name',
    ])
    .where('coop_request_event.request_id', '=', requestId)
    .orderBy('coop_request_event.occurred_at')
    .orderBy('coop_request_event.id')
    .execute();
}

/** The country's escalation ladder (null columns: defaults). */
export async function findCountryLadder(db: Db, countryCode: string) {
  const row = await db
    .selectFrom('country_setting')
    .select(['coop_reminder_days', 'coop_escalation_days', 'coop_diplomatic_days'])
    .where('country_code', '=', countryCode)
    .executeTakeFirst();
  return {
    reminderDays: row?.coop_reminder_days ?? null,
    escalationDays: row?.coop_escalation_days ?? null,
    diplomaticDays: row?.coop_diplomatic_days ?? null,
  };
}

/** An active agency of the country (the executing agency of an incoming request). */
export async function findAgencyOfCountry(db: Db, agencyId: string, countryCode: string) {
  return db
    .selectFrom('agency')
    .select(['id'])
    .where('id', '=', agencyId)
    .where('country_code', '=', countryCode)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

/** Whether the investigation or prosecution a request serves exists in the country. */
export async function isLinkedFileInCountry(
  db: Db,
  table: 'investigation' | 'prosecution',
  id: string,
  countryCode: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('country_code', '=', countryCode)
    .executeTakeFirst();
  return row !== undefined;
}
