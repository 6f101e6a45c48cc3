import { sql, type Insertable, type Updateable } from 'kysely';
import type { JitMemberRole, JitStatus } from '#shared/domain/jit.js';
import type { Db } from '#server/platform/db/schema.js';
import type {
  JitAgreementTable,
  JitExtensionTable,
  JitMemberTable,
  JitWorkspaceEntryTable,
} from '#server/platform/db/schema-prosecutions.js';

/** Scope columns and the caller's active membership: what authorization needs, never content. */
export async function findJitScope(db: Db, agreementId: string, userId: string) {
  return db
    .selectFrom('jit_agreement')
    .leftJoin('jit_member as me', (join) =>
      join
        .onRef('me.agreement_id', '=', 'jit_agreement.id')
        .on('me.user_id', '=', userId)
        .on('me.removed_at', 'is', null),
    )
    .select([
      'jit_agreement.id',
      'jit_agreement.country_code',
      'jit_agreement.status',
      'jit_agreement.starts_on',
      'jit_agreement.ends_on',
      'jit_agreement.version',
      'me.id as my_member_id',
      'me.role as my_role',
    ])
    .$narrowType<{ status: JitStatus; my_role: JitMemberRole | null }>()
    .where('jit_agreement.id', '=', agreementId)
    .executeTakeFirst();
}

export async function insertAgreement(db: Db, row: Insertable<JitAgreementTable>) {
  await db.insertInto('jit_agreement').values(row).execute();
}

/** Optimistic change: applies only to the version and status the command was checked against. */
export async function updateAgreement(
  db: Db,
  target: { id: string; version: number; fromStatus: JitStatus },
  changes: Updateable<JitAgreementTable>,
) {
  return db
    .updateTable('jit_agreement')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', target.id)
    .where('version', '=', target.version)
    .where('status', '=', target.fromStatus)
    .returning('version')
    .executeTakeFirst();
}

export async function findAgreementVersion(db: Db, agreementId: string): Promise<number> {
  const row = await db
    .selectFrom('jit_agreement')
    .select('version')
    .where('id', '=', agreementId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function insertExtension(db: Db, row: Insertable<JitExtensionTable>) {
  await db.insertInto('jit_extension').values(row).execute();
}

export async function insertJitMember(db: Db, row: Insertable<JitMemberTable>) {
  await db.insertInto('jit_member').values(row).execute();
}

export async function findActiveMember(db: Db, agreementId: string, memberId: string) {
  return db
    .selectFrom('jit_member')
    .select(['id', 'user_id', 'role'])
    .where('id', '=', memberId)
    .where('agreement_id', '=', agreementId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export async function isActiveLocalMember(db: Db, agreementId: string, userId: string) {
  const row = await db
    .selectFrom('jit_member')
    .select('id')
    .where('agreement_id', '=', agreementId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Local leaders still in the team, locked so two removals cannot leave it without one. */
export async function lockLocalLeaders(db: Db, agreementId: string) {
  return db
    .selectFrom('jit_member')
    .select('id')
    .where('agreement_id', '=', agreementId)
    .where('user_id', 'is not', null)
    .where('role', '=', 'leader')
    .where('removed_at', 'is', null)
    .forUpdate()
    .execute();
}

export async function removeMember(
  db: Db,
  member: { id: string; byUserId: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('jit_member')
    .set({ removed_at: member.now, removed_by_user_id: member.byUserId })
    .where('id', '=', member.id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A local user who may join a team: active, of the country, with a law-enforcement role. */
export async function findEligibleLocalUser(
  db: Db,
  userId: string,
  countryCode: string,
  roles: readonly string[],
) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id', 'agency.name as agency_name'])
    .where('app_user.id', '=', userId)
    .where('app_user.is_active', '=', true)
    .where('agency.country_code', '=', countryCode)
    .where(sql<boolean>`app_user.roles && ${sql.val([...roles])}::text[]`)
    .executeTakeFirst();
}

export async function findAgencyName(db: Db, agencyId: string): Promise<string> {
  const row = await db
    .selectFrom('agency')
    .select('name')
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return row.name;
}

export async function existsInCountry(
  db: Db,
  table: 'investigation' | 'coop_request',
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

const SUMMARY_COLUMNS = [
  'jit_agreement.id',
  'jit_agreement.reference',
  'jit_agreement.name',
  'jit_agreement.status',
  'jit_agreement.parties',
  'jit_agreement.starts_on',
  'jit_agreement.ends_on',
  'jit_agreement.created_at',
  'jit_agreement.version',
] as const;

/** The status that counts at `today` (an active agreement past its end date is expired). */
const effectiveStatus = (today: string) =>
  sql<JitStatus>`CASE WHEN jit_agreement.status = 'active' AND jit_agreement.ends_on < ${today}::date THEN 'expired' ELSE jit_agreement.status END`;

/** The agreements the user is an active member of, in the country. */
export async function listAgreementsOfMember(
  db: Db,
  member: { userId: string; countryCode: string; today: string },
  filter: { status?: JitStatus | undefined; limit: number; offset: number },
) {
  let query = db
    .selectFrom('jit_agreement')
    .innerJoin('jit_member as me', 'me.agreement_id', 'jit_agreement.id')
    .where('jit_agreement.country_code', '=', member.countryCode)
    .where('me.user_id', '=', member.userId)
    .where('me.removed_at', 'is', null);
  if (filter.status) query = query.where(effectiveStatus(member.today), '=', filter.status);
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      .select('me.role as my_role')
      .orderBy('jit_agreement.created_at', 'desc')
      .orderBy('jit_agreement.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findAgreement(db: Db, agreementId: string) {
  return db
    .selectFrom('jit_agreement')
    .leftJoin('coop_request', 'coop_request.id', 'jit_agreement.coop_request_id')
    .select(SUMMARY_COLUMNS)
    .select([
      'jit_agreement.scope_sealed',
      'jit_agreement.investigation_id',
      'jit_agreement.coop_request_id',
      'coop_request.reference as coop_request_reference',
      'jit_agreement.signed_on',
      'jit_agreement.terminated_at',
      'jit_agreement.termination_reason_sealed',
    ])
    .where('jit_agreement.id', '=', agreementId)
    .executeTakeFirstOrThrow();
}

export async function listActiveMembers(db: Db, agreementId: string) {
  return db
    .selectFrom('jit_member')
    .leftJoin('app_user', 'app_user.id', 'jit_member.user_id')
    .select([
      'jit_member.id',
      'jit_member.user_id',
      'jit_member.external_name_sealed',
      'app_user.display_name',
      'jit_member.country_code',
      'jit_member.organisation',
      'jit_member.role',
      'jit_member.added_at',
    ])
    .where('jit_member.agreement_id', '=', agreementId)
    .where('jit_member.removed_at', 'is', null)
    .orderBy('jit_member.added_at')
    .orderBy('jit_member.id')
    .execute();
}

export async function listExtensions(db: Db, agreementId: string) {
  return db
    .selectFrom('jit_extension')
    .leftJoin('app_user', 'app_user.id', 'jit_extension.extended_by_user_id')
    .select([
      'jit_extension.previous_ends_on',
      'jit_extension.new_ends_on',
      'jit_extension.reason_sealed',
      'app_user.display_name',
      'jit_extension.extended_at',
    ])
    .where('jit_extension.agreement_id', '=', agreementId)
    .orderBy('jit_extension.extended_at')
    .orderBy('jit_extension.id')
    .execute();
}

export async function insertWorkspaceEntry(db: Db, row: Insertable<JitWorkspaceEntryTable>) {
  await db.insertInto('jit_workspace_entry').values(row).execute();
}

export async function listWorkspaceEntries(
  db: Db,
  agreementId: string,
  page: { limit: number; offset: number },
) {
  const query = db
    .selectFrom('jit_workspace_entry')
    .where('jit_workspace_entry.agreement_id', '=', agreementId);
  const [items, total] = await Promise.all([
    query
      .innerJoin('jit_member', 'jit_member.id', 'jit_workspace_entry.author_member_id')
      .leftJoin('app_user', 'app_user.id', 'jit_member.user_id')
      .select([
        'jit_workspace_entry.id',
        'jit_workspace_entry.kind',
        'jit_workspace_entry.body_sealed',
        'jit_workspace_entry.created_at',
        'app_user.display_name',
        'jit_member.external_name_sealed',
        'jit_member.organisation',
      ])
      .orderBy('jit_workspace_entry.created_at', 'desc')
      .orderBy('jit_workspace_entry.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Active agreements past their end date at `today`, locked for the expiry sweep. */
export async function lockAgreementsPastEnd(db: Db, today: string) {
  return db
    .selectFrom('jit_agreement')
    .select(['id', 'ends_on'])
    .where('status', '=', 'active')
    .where('ends_on', '<', today)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markExpired(db: Db, agreementId: string, now: Date) {
  await db
    .updateTable('jit_agreement')
    .set((eb) => ({ status: 'expired', updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', agreementId)
    .where('status', '=', 'active')
    .execute();
}
