import { sql } from 'kysely';
import type { CaseFilters } from '#shared/contracts/cases.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';

export async function insertCase(
  db: Db,
  kase: {
    id: string;
    reference: string;
    countryCode: string;
    agencyId: string;
    kind: string;
    title: string;
    sourceTipId: string | null;
    openedBy: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('case_file')
    .values({
      id: kase.id,
      reference: kase.reference,
      country_code: kase.countryCode,
      agency_id: kase.agencyId,
      kind: kase.kind,
      title: kase.title,
      status: 'open',
      source_tip_id: kase.sourceTipId,
      opened_at: kase.now,
      opened_by_user_id: kase.openedBy,
    })
    .execute();
}

/** Returns false when the user was already assigned (assigning twice changes nothing). */
export async function insertAssignment(db: Db, caseId: string, userId: string, now: Date) {
  const rows = await db
    .insertInto('case_assignment')
    .values({ case_id: caseId, user_id: userId, assigned_at: now })
    .onConflict((conflict) => conflict.columns(['case_id', 'user_id']).doNothing())
    .returning('user_id')
    .execute();
  return rows.length > 0;
}

export async function findAssignableUser(db: Db, userId: string, countryCode: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id', 'app_user.agency_id'])
    .where('app_user.id', '=', userId)
    .where('app_user.is_active', '=', true)
    .where('agency.country_code', '=', countryCode)
    .executeTakeFirst();
}

export async function appendCaseEvent(
  db: Db,
  event: {
    id: string;
    caseId: string;
    type: string;
    actorUserId: string | null;
    data: Record<string, unknown>;
    now: Date;
  },
) {
  await db
    .insertInto('case_event')
    .values({
      id: event.id,
      case_id: event.caseId,
      occurred_at: event.now,
      type: event.type,
      actor_user_id: event.actorUserId,
      data: toJsonb(event.data),
    })
    .execute();
}

/** Loads only what policies need (no case content), with the actor's assignment. */
export async function findCaseScope(db: Db, caseId: string, userId: string) {
  return db
    .selectFrom('case_file')
    .select([
      'id',
      'country_code',
      'agency_id',
      'kind',
      sql<boolean>`EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = case_file.id AND a.user_id = ${userId})`.as(
        'is_assigned',
      ),
    ])
    .where('id', '=', caseId)
    .executeTakeFirst();
}

const SUMMARY_COLUMNS = [
  'case_file.id',
  'case_file.reference',
  'case_file.kind',
  'case_file.title',
  'case_file.status',
  'case_file.agency_id',
  'case_file.opened_at',
  'case_file.source_tip_id',
] as const;

/** The actor's jurisdiction and need-to-know are SQL filters, so counts and pages stay right. */
export async function listVisibleCases(
  db: Db,
  actor: Actor,
  filter: CaseFilters & { limit: number; offset: number },
) {
  let query = db.selectFrom('case_file').where('case_file.country_code', '=', actor.countryCode);
  const isMine = filter.mine === 'true' || !actor.roles.includes('national_coordinator');
  if (isMine) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('case_assignment')
          .select('case_assignment.case_id')
          .whereRef('case_assignment.case_id', '=', 'case_file.id')
          .where('case_assignment.user_id', '=', actor.userId),
      ),
    );
  }
  if (filter.status) query = query.where('case_file.status', '=', filter.status);
  if (filter.kind) query = query.where('case_file.kind', '=', filter.kind);
  if (filter.reference) query = query.where('case_file.reference', 'like', `${filter.reference}%`);
  const page = { limit: filter.limit, offset: filter.offset };
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      .orderBy('case_file.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findCaseDetail(db: Db, caseId: string) {
  const kase = await db
    .selectFrom('case_file')
    .leftJoin('tip', 'tip.id', 'case_file.source_tip_id')
    .select([...SUMMARY_COLUMNS, 'tip.reference as source_tip_reference'])
    .where('case_file.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const assignees = await db
    .selectFrom('case_assignment')
    .innerJoin('app_user', 'app_user.id', 'case_assignment.user_id')
    .select(['app_user.id', 'app_user.display_name'])
    .where('case_assignment.case_id', '=', caseId)
    .orderBy('case_assignment.assigned_at')
    .execute();
  const events = await db
    .selectFrom('case_event')
    .leftJoin('app_user', 'app_user.id', 'case_event.actor_user_id')
    .select(['case_event.occurred_at', 'case_event.type', 'app_user.display_name'])
    .where('case_event.case_id', '=', caseId)
    .orderBy('case_event.occurred_at')
    .orderBy('case_event.id')
    .execute();
  return { kase, assignees, events };
}

/** Moves ownership; the old agency's assignments end, so its staff lose access at once. */
export async function moveCaseToAgency(
  db: Db,
  caseId: string,
  fromAgencyId: string,
  toAgencyId: string,
) {
  await db
    .updateTable('case_file')
    .set({ agency_id: toAgencyId })
    .where('id', '=', caseId)
    .execute();
  await db
    .deleteFrom('case_assignment')
    .where('case_id', '=', caseId)
    .where('user_id', 'in', (eb) =>
      eb
        .selectFrom('app_user')
        .select('app_user.id')
        .where('app_user.agency_id', '=', fromAgencyId),
    )
    .execute();
}

export async function listSavedViews(db: Db, userId: string) {
  return db
    .selectFrom('saved_view')
    .select(['id', 'name', 'filters', 'created_at'])
    .where('user_id', '=', userId)
    .where('scope', '=', 'cases')
    .orderBy('name')
    .limit(100)
    .execute();
}

export async function insertSavedView(
  db: Db,
  view: { id: string; userId: string; name: string; filters: CaseFilters; now: Date },
) {
  await db
    .insertInto('saved_view')
    .values({
      id: view.id,
      user_id: view.userId,
      scope: 'cases',
      name: view.name,
      filters: JSON.stringify(view.filters),
      created_at: view.now,
    })
    .execute();
}

export async function findSavedViewOwner(db: Db, viewId: string) {
  return db
    .selectFrom('saved_view')
    .select(['id', 'user_id'])
    .where('id', '=', viewId)
    .executeTakeFirst();
}

export async function deleteSavedView(db: Db, viewId: string) {
  await db.deleteFrom('saved_view').where('id', '=', viewId).execute();
}
