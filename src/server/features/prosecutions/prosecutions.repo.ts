import { sql, type Insertable, type Updateable } from 'kysely';
import type { ProsecutionStage } from '#shared/domain/prosecution.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';
import type { ProsecutionTable } from '#server/platform/db/schema-prosecutions.js';

/** Scope columns and the caller's membership only: what authorization needs, never content. */
export async function findProsecutionScope(db: Db, prosecutionId: string, userId: string) {
  return db
    .selectFrom('prosecution')
    .select([
      'id',
      'country_code',
      'agency_id',
      'stage',
      'investigation_id',
      'version',
      sql<boolean>`EXISTS (SELECT 1 FROM prosecution_member m WHERE m.prosecution_id = prosecution.id AND m.user_id = ${userId})`.as(
        'is_member',
      ),
    ])
    .$narrowType<{ stage: ProsecutionStage }>()
    .where('id', '=', prosecutionId)
    .executeTakeFirst();
}

export async function insertProsecution(db: Db, row: Insertable<ProsecutionTable>) {
  await db.insertInto('prosecution').values(row).execute();
}

export async function insertMember(
  db: Db,
  member: { prosecutionId: string; userId: string; teamRole: string; by: string; now: Date },
) {
  await db
    .insertInto('prosecution_member')
    .values({
      prosecution_id: member.prosecutionId,
      user_id: member.userId,
      team_role: member.teamRole,
      added_at: member.now,
      added_by_user_id: member.by,
    })
    .onConflict((conflict) => conflict.columns(['prosecution_id', 'user_id']).doNothing())
    .execute();
}

/** Appends to the timeline; `data` holds codes, dates and ids, never names or victim case ids. */
export async function insertProsecutionEvent(
  db: Db,
  event: {
    id: string;
    prosecutionId: string;
    type: string;
    actorUserId: string;
    data: Record<string, string | number | boolean | null>;
    now: Date;
  },
) {
  await db
    .insertInto('prosecution_event')
    .values({
      id: event.id,
      prosecution_id: event.prosecutionId,
      occurred_at: event.now,
      type: event.type,
      actor_user_id: event.actorUserId,
      data: toJsonb(event.data),
    })
    .execute();
}

/** An active prosecutor of the country: the only staff who may join a prosecution team. */
export async function findProsecutorOfCountry(db: Db, userId: string, countryCode: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id'])
    .where('app_user.id', '=', userId)
    .where('app_user.is_active', '=', true)
    .where(sql<boolean>`'prosecutor' = ANY(app_user.roles)`)
    .where('agency.country_code', '=', countryCode)
    .executeTakeFirst();
}

export async function findInvestigationOfCountry(
  db: Db,
  investigationId: string,
  countryCode: string,
) {
  return db
    .selectFrom('investigation')
    .select(['id'])
    .where('id', '=', investigationId)
    .where('country_code', '=', countryCode)
    .executeTakeFirst();
}

/** Optimistic stage change: applies only to the version and stage the move was computed from. */
export async function updateProsecution(
  db: Db,
  target: { id: string; version: number; fromStage: ProsecutionStage },
  changes: Updateable<ProsecutionTable>,
) {
  return db
    .updateTable('prosecution')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .where('stage', '=', target.fromStage)
    .returning('version')
    .executeTakeFirst();
}

export async function findProsecutionVersion(db: Db, prosecutionId: string): Promise<number> {
  const row = await db
    .selectFrom('prosecution')
    .select('version')
    .where('id', '=', prosecutionId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function countVerdicts(db: Db, prosecutionId: string): Promise<number> {
  const row = await db
    .selectFrom('verdict')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('prosecution_id', '=', prosecutionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const count = (table: 'defendant' | 'charge' | 'verdict') =>
  sql<string>`(SELECT count(*) FROM ${sql.table(table)} x WHERE x.prosecution_id = prosecution.id)`;

function summaryQuery(db: Db, userId: string) {
  return db
    .selectFrom('prosecution')
    .innerJoin('agency', 'agency.id', 'prosecution.agency_id')
    .select([
      'prosecution.id',
      'prosecution.reference',
      'prosecution.title',
      'prosecution.stage',
      'prosecution.closing_reason',
      'prosecution.court_name',
      'prosecution.agency_id',
      'agency.name as agency_name',
      'prosecution.investigation_id',
      'prosecution.opened_at',
      'prosecution.version',
      count('defendant').as('defendant_count'),
      count('charge').as('charge_count'),
      count('verdict').as('verdict_count'),
      sql<Date | null>`(SELECT min(h.scheduled_at) FROM hearing h WHERE h.prosecution_id = prosecution.id AND h.outcome IS NULL)`.as(
        'next_hearing_at',
      ),
      sql<boolean>`EXISTS (SELECT 1 FROM prosecution_member m WHERE m.prosecution_id = prosecution.id AND m.user_id = ${userId})`.as(
        'is_member',
      ),
    ]);
}
export type ProsecutionSummaryRow = Awaited<
  ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>
>;

/**
 * The files of the caller's team; the coordinator lists every file of the country (the summary
 * holds no personal data). Jurisdiction and need-to-know are SQL filters.
 */
export async function listProsecutions(
  db: Db,
  actor: Actor,
  filter: { stage?: string | undefined; limit: number; offset: number },
) {
  let query = db
    .selectFrom('prosecution')
    .where('prosecution.country_code', '=', actor.countryCode);
  if (!actor.roles.includes('national_coordinator')) {
    query = query.where(
      sql<boolean>`EXISTS (SELECT 1 FROM prosecution_member m WHERE m.prosecution_id = prosecution.id AND m.user_id = ${actor.userId})`,
    );
  }
  if (filter.stage) query = query.where('prosecution.stage', '=', filter.stage);
  const ids = query.select('prosecution.id');
  const [items, total] = await Promise.all([
    summaryQuery(db, actor.userId)
      .where('prosecution.id', 'in', ids)
      .orderBy('prosecution.opened_at', 'desc')
      .orderBy('prosecution.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findProsecutionSummary(db: Db, prosecutionId: string, userId: string) {
  return summaryQuery(db, userId)
    .where('prosecution.id', '=', prosecutionId)
    .executeTakeFirstOrThrow();
}

export async function listMembers(db: Db, prosecutionId: string) {
  return db
    .selectFrom('prosecution_member')
    .innerJoin('app_user', 'app_user.id', 'prosecution_member.user_id')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([
      'prosecution_member.user_id',
      'app_user.display_name',
      'agency.name as agency_name',
      'prosecution_member.team_role',
      'prosecution_member.added_at',
    ])
    .where('prosecution_member.prosecution_id', '=', prosecutionId)
    .orderBy('prosecution_member.added_at')
    .orderBy('prosecution_member.user_id')
    .execute();
}

export async function listProsecutionEvents(db: Db, prosecutionId: string) {
  return db
    .selectFrom('prosecution_event')
    .leftJoin('app_user', 'app_user.id', 'prosecution_event.actor_user_id')
    .select([
      'prosecution_event.occurred_at',
      'prosecution_event.type',
      'prosecution_event.data',
      'app_user.display_name',
    ])
    .where('prosecution_event.prosecution_id', '=', prosecutionId)
    .orderBy('prosecution_event.occurred_at')
    .orderBy('prosecution_event.id')
    .execute();
}

/** Counts for the coordinator's overview of one file. */
export async function countCourtRecords(db: Db, prosecutionId: string) {
  const row = await db
    .selectNoFrom([
      sql<string>`(SELECT count(*) FROM hearing WHERE prosecution_id = ${prosecutionId})`.as(
        'hearings',
      ),
      sql<string>`(SELECT count(*) FROM confiscation_order WHERE prosecution_id = ${prosecutionId})`.as(
        'confiscations',
      ),
      sql<string>`(SELECT count(*) FROM witness_protection_measure WHERE prosecution_id = ${prosecutionId})`.as(
        'measures',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    hearings: Number(row.hearings),
    confiscations: Number(row.confiscations),
    measures: Number(row.measures),
  };
}
