import type { Insertable, Updateable } from 'kysely';
import type { AgencyTable, AppUserTable, Db } from '#server/platform/db/schema.js';

const USER_COLUMNS = [
  'app_user.id',
  'app_user.email',
  'app_user.display_name',
  'app_user.agency_id',
  'app_user.roles',
  'app_user.is_active',
  'app_user.mfa_enrolled_at',
  'app_user.locked_until',
  'app_user.version',
] as const;

export type UserRow = Awaited<ReturnType<typeof findUser>> & object;

export async function listAgencies(db: Db, countryCode: string, onlyActive: boolean) {
  let query = db.selectFrom('agency').selectAll().where('country_code', '=', countryCode);
  if (onlyActive) query = query.where('is_active', '=', true);
  return query.orderBy('name').limit(1000).execute();
}

export async function listAllAgencies(db: Db) {
  return db
    .selectFrom('agency')
    .selectAll()
    .orderBy('country_code')
    .orderBy('name')
    .limit(5000)
    .execute();
}

export async function findAgency(db: Db, agencyId: string) {
  return db.selectFrom('agency').selectAll().where('id', '=', agencyId).executeTakeFirst();
}

export async function insertAgency(db: Db, agency: Insertable<AgencyTable>) {
  return db.insertInto('agency').values(agency).returningAll().executeTakeFirstOrThrow();
}

/** Optimistic update: returns nothing when `version` is no longer current. */
export async function updateAgency(
  db: Db,
  agencyId: string,
  version: number,
  changes: Updateable<AgencyTable>,
  now: Date,
) {
  return db
    .updateTable('agency')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', agencyId)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function listUsers(db: Db, countryCode: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(USER_COLUMNS)
    .where('agency.country_code', '=', countryCode)
    .orderBy('app_user.display_name')
    .limit(2000)
    .execute();
}

export async function findUser(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('app_user.id', '=', userId)
    .executeTakeFirst();
}

export async function findUserScope(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select(['app_user.id', 'app_user.version', 'agency.country_code'])
    .where('app_user.id', '=', userId)
    .executeTakeFirst();
}

export async function findUserIdByEmail(db: Db, email: string) {
  return db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Db, user: Insertable<AppUserTable>) {
  await db.insertInto('app_user').values(user).execute();
}

export async function updateUser(
  db: Db,
  userId: string,
  version: number | null,
  changes: Updateable<AppUserTable>,
  now: Date,
) {
  let query = db
    .updateTable('app_user')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', userId);
  if (version !== null) query = query.where('version', '=', version);
  return query.returning('id').executeTakeFirst();
}

export async function listActiveStaff(db: Db, countryCode: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([
      'app_user.id',
      'app_user.display_name',
      'app_user.agency_id',
      'agency.name as agency_name',
      'app_user.roles',
    ])
    .where('agency.country_code', '=', countryCode)
    .where('app_user.is_active', '=', true)
    .orderBy('app_user.display_name')
    .limit(2000)
    .execute();
}
