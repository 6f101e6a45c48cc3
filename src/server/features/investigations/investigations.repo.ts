import type { Insertable, Updateable } from 'kysely';
import type { InvestigationStatus, TeamRole } from '#shared/domain/investigation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Db } from '#server/platform/db/schema.js';
import type {
  InvestigationPersonTable,
  InvestigationTable,
} from '#server/platform/db/schema-investigations.js';

/** Scope columns of a file and the acting user's team role: nothing of its content. */
export async function findInvestigationScope(db: Db, investigationId: string, userId: string) {
  return db
    .selectFrom('investigation')
    .leftJoin('investigation_member as me', (join) =>
      join.onRef('me.investigation_id', '=', 'investigation.id').on('me.user_id', '=', userId),
    )
    .select([
      'investigation.id',
      'investigation.country_code',
      'investigation.agency_id',
      'investigation.status',
      'investigation.version',
      'me.team_role',
    ])
    .$narrowType<{ status: InvestigationStatus; team_role: TeamRole | null }>()
    .where('investigation.id', '=', investigationId)
    .executeTakeFirst();
}

export async function insertInvestigation(db: Db, row: Insertable<InvestigationTable>) {
  await db.insertInto('investigation').values(row).execute();
}

/**
 * Optimistic change: applies only while the row still has the version the client saw (and, for a
 * status change, the status the transition was computed from); undefined otherwise.
 */
export async function updateInvestigation(
  db: Db,
  target: { id: string; version: number; fromStatus?: InvestigationStatus },
  changes: Updateable<InvestigationTable>,
) {
  let query = db
    .updateTable('investigation')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version);
  if (target.fromStatus) query = query.where('status', '=', target.fromStatus);
  return query.returning('version').executeTakeFirst();
}

export async function findInvestigationVersion(db: Db, investigationId: string): Promise<number> {
  const row = await db
    .selectFrom('investigation')
    .select('version')
    .where('id', '=', investigationId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function insertStatusChange(
  db: Db,
  change: {
    id: string;
    investigationId: string;
    actorUserId: string;
    from: InvestigationStatus;
    to: InvestigationStatus;
    now: Date;
  },
) {
  await db
    .insertInto('investigation_status_change')
    .values({
      id: change.id,
      investigation_id: change.investigationId,
      occurred_at: change.now,
      actor_user_id: change.actorUserId,
      from_status: change.from,
      to_status: change.to,
    })
    .execute();
}

const SUMMARY_COLUMNS = [
  'investigation.id',
  'investigation.reference',
  'investigation.title',
  'investigation.status',
  'investigation.agency_id',
  'agency.name as agency_name',
  'investigation.opened_at',
  'investigation.closed_at',
  'investigation.version',
  'me.team_role',
] as const;

/** The files the actor is on the team of: membership is part of the SQL, never a post-filter. */
export async function listTeamInvestigations(
  db: Db,
  actor: Actor,
  filter: { status?: InvestigationStatus | undefined; limit: number; offset: number },
) {
  let query = db
    .selectFrom('investigation')
    .innerJoin('investigation_member as me', 'me.investigation_id', 'investigation.id')
    .innerJoin('agency', 'agency.id', 'investigation.agency_id')
    .where('me.user_id', '=', actor.userId)
    .where('investigation.country_code', '=', actor.countryCode);
  if (filter.status) query = query.where('investigation.status', '=', filter.status);
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      .orderBy('investigation.opened_at', 'desc')
      .orderBy('investigation.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findInvestigationFile(db: Db, investigationId: string, userId: string) {
  return db
    .selectFrom('investigation')
    .innerJoin('investigation_member as me', (join) =>
      join.onRef('me.investigation_id', '=', 'investigation.id').on('me.user_id', '=', userId),
    )
    .innerJoin('agency', 'agency.id', 'investigation.agency_id')
    .select([...SUMMARY_COLUMNS, 'investigation.summary_sealed'])
    .where('investigation.id', '=', investigationId)
    .executeTakeFirstOrThrow();
}

// ---- Team --------------------------------------------------------------------------------

export async function insertMember(
  db: Db,
  member: {
    investigationId: string;
    userId: string;
    teamRole: TeamRole;
    addedBy: string | null;
    now: Date;
  },
) {
  await db
    .insertInto('investigation_member')
    .values({
      investigation_id: member.investigationId,
      user_id: member.userId,
      team_role: member.teamRole,
      added_at: member.now,
      added_by_user_id: member.addedBy,
    })
    .execute();
}

export async function findMember(db: Db, investigationId: string, userId: string) {
  return db
    .selectFrom('investigation_member')
    .select(['user_id', 'team_role'])
    .$narrowType<{ team_role: TeamRole }>()
    .where('investigation_id', '=', investigationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function deleteMember(db: Db, investigationId: string, userId: string) {
  return db
    .deleteFrom('investigation_member')
    .where('investigation_id', '=', investigationId)
    .where('user_id', '=', userId)
    .returning('team_role')
    .executeTakeFirst();
}

/** Locks the team's leads, so two removals cannot both see "another lead remains". */
export async function lockLeads(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_member')
    .select('user_id')
    .where('investigation_id', '=', investigationId)
    .where('team_role', '=', 'lead')
    .forUpdate()
    .execute();
}

export async function listTeam(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_member')
    .innerJoin('app_user', 'app_user.id', 'investigation_member.user_id')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([
      'investigation_member.user_id',
      'app_user.display_name',
      'app_user.agency_id',
      'agency.name as agency_name',
      'investigation_member.team_role',
      'investigation_member.added_at',
    ])
    .where('investigation_member.investigation_id', '=', investigationId)
    .orderBy('investigation_member.added_at')
    .orderBy('investigation_member.user_id')
    .execute();
}

/** An active user of the country with the roles they hold (team eligibility is checked on them). */
export async function findActiveUserOfCountry(db: Db, userId: string, countryCode: string) {
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

// ---- Persons -----------------------------------------------------------------------------

export async function insertPerson(db: Db, row: Insertable<InvestigationPersonTable>) {
  await db.insertInto('investigation_person').values(row).execute();
}

export async function updatePerson(
  db: Db,
  target: { id: string; version: number },
  changes: Updateable<InvestigationPersonTable>,
) {
  return db
    .updateTable('investigation_person')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .returning('version')
    .executeTakeFirst();
}

const PERSON_COLUMNS = [
  'id',
  'investigation_id',
  'role',
  'identity_sealed',
  'name_blind_indexes',
  'possible_victim',
  'victim_link_id',
  'non_punishment_review',
  'review_reason_sealed',
  'reviewed_at',
  'created_at',
  'version',
] as const;

export async function findPerson(db: Db, investigationId: string, personId: string) {
  return db
    .selectFrom('investigation_person')
    .select(PERSON_COLUMNS)
    .where('investigation_id', '=', investigationId)
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function listPersons(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_person')
    .select(PERSON_COLUMNS)
    .where('investigation_id', '=', investigationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Of `personIds`, those that are persons of this investigation. */
export async function findPersonIdsOf(db: Db, investigationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('investigation_person')
    .select('id')
    .where('investigation_id', '=', investigationId)
    .where('id', 'in', personIds)
    .execute();
  return rows.map((row) => row.id);
}
