import type { Insertable } from 'kysely';
import type {
  AgencyTable,
  AppUserTable,
  Db,
  RegionTable,
  TipRoutingRuleTable,
} from '#server/platform/db/schema.js';
import type { ServiceProviderTable } from '#server/platform/db/schema-referrals.js';

export async function hasAnyAgency(db: Db): Promise<boolean> {
  return (await db.selectFrom('agency').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function insertSeedRows(
  db: Db,
  rows: {
    agencies: Insertable<AgencyTable>[];
    regions: Insertable<RegionTable>[];
    users: Insertable<AppUserTable>[];
    rules: Insertable<TipRoutingRuleTable>[];
  },
): Promise<void> {
  await db.insertInto('agency').values(rows.agencies).execute();
  await db.insertInto('region').values(rows.regions).execute();
  await db.insertInto('app_user').values(rows.users).execute();
  await db.insertInto('tip_routing_rule').values(rows.rules).execute();
  // Demo law: a 90-day reflection and recovery period.
  await db
    .insertInto('country_setting')
    .values({ country_code: 'LBY', reflection_days: 90, updated_at: new Date(), updated_by: null })
    .onConflict((conflict) => conflict.column('country_code').doNothing())
    .execute();
}

export async function insertSeedProviders(
  db: Db,
  providers: Insertable<ServiceProviderTable>[],
): Promise<void> {
  await db.insertInto('service_provider').values(providers).execute();
}

export async function findUserIdsByEmail(db: Db, emails: readonly string[]) {
  const rows = await db
    .selectFrom('app_user')
    .select(['id', 'email'])
    .where('email', 'in', emails)
    .execute();
  return new Map(rows.map((row) => [row.email, row.id]));
}

export async function insertSeedSession(
  db: Db,
  session: { id: string; userId: string; tokenHash: string; csrf: string; at: Date },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrf,
      is_mfa_passed: true,
      created_at: session.at,
      last_seen_at: session.at,
      expires_at: new Date(session.at.getTime() + 3_600_000),
    })
    .execute();
}

/** The seeding sessions end with the seed: nobody can reuse them. */
export async function endSeedSessions(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('user_session').set({ ended_at: at }).where('id', 'in', ids).execute();
}
