import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';
import type { ServiceProviderTable } from '#server/platform/db/schema-referrals.js';

const PROVIDER_COLUMNS = [
  'service_provider.id',
  'service_provider.country_code',
  'service_provider.agency_id',
  'agency.name as agency_name',
  'service_provider.name',
  'service_provider.services',
  'service_provider.languages',
  'service_provider.region_codes',
  'service_provider.capacity',
  'service_provider.available_places',
  'service_provider.is_active',
  'service_provider.version',
  'service_provider.updated_at',
] as const;

export type ProviderRow = Awaited<ReturnType<typeof getProvider>>;

/** The directory of one country; every filter is SQL, so counts and pages stay right. */
export async function listProviders(
  db: Db,
  countryCode: string,
  filter: {
    service?: string | undefined;
    region?: string | undefined;
    language?: string | undefined;
    hasFreePlaces: boolean;
    includeInactive: boolean;
    limit: number;
    offset: number;
  },
) {
  let query = db
    .selectFrom('service_provider')
    .innerJoin('agency', 'agency.id', 'service_provider.agency_id')
    .where('service_provider.country_code', '=', countryCode);
  if (!filter.includeInactive) query = query.where('service_provider.is_active', '=', true);
  if (filter.service) {
    query = query.where(sql<boolean>`${filter.service} = ANY (service_provider.services)`);
  }
  if (filter.region) {
    query = query.where(sql<boolean>`${filter.region} = ANY (service_provider.region_codes)`);
  }
  if (filter.language) {
    query = query.where(sql<boolean>`${filter.language} = ANY (service_provider.languages)`);
  }
  if (filter.hasFreePlaces) query = query.where('service_provider.available_places', '>', 0);
  const [items, total] = await Promise.all([
    query
      .select(PROVIDER_COLUMNS)
      .orderBy('service_provider.name')
      .orderBy('service_provider.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findProvider(db: Db, providerId: string) {
  return db
    .selectFrom('service_provider')
    .innerJoin('agency', 'agency.id', 'service_provider.agency_id')
    .select(PROVIDER_COLUMNS)
    .where('service_provider.id', '=', providerId)
    .executeTakeFirst();
}

export async function getProvider(db: Db, providerId: string) {
  return db
    .selectFrom('service_provider')
    .innerJoin('agency', 'agency.id', 'service_provider.agency_id')
    .select(PROVIDER_COLUMNS)
    .where('service_provider.id', '=', providerId)
    .executeTakeFirstOrThrow();
}

/** Only what the policy needs. */
export async function findProviderScope(db: Db, providerId: string) {
  return db
    .selectFrom('service_provider')
    .select(['id', 'country_code', 'agency_id'])
    .where('id', '=', providerId)
    .executeTakeFirst();
}

export async function findProviderAgency(db: Db, agencyId: string) {
  return db
    .selectFrom('agency')
    .select(['id', 'country_code', 'kind', 'is_active'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
}

/** The codes among `regionCodes` that are not regions of the country. */
export async function unknownRegions(
  db: Db,
  countryCode: string,
  regionCodes: readonly string[],
): Promise<string[]> {
  if (regionCodes.length === 0) return [];
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('country_code', '=', countryCode)
    .where('code', 'in', [...regionCodes])
    .execute();
  const known = new Set(rows.map((row) => row.code));
  return regionCodes.filter((code) => !known.has(code));
}

export async function insertProvider(db: Db, provider: Insertable<ServiceProviderTable>) {
  await db.insertInto('service_provider').values(provider).execute();
}

/** Optimistic update; returns undefined when the version moved on. */
export async function updateProvider(
  db: Db,
  providerId: string,
  version: number,
  changes: Updateable<ServiceProviderTable>,
) {
  return db
    .updateTable('service_provider')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', providerId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}
