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
