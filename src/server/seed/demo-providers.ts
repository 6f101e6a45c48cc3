import type { Insertable } from 'kysely';
import type { DemoAgencyKey } from '#shared/domain/demo-accounts.js';
import type { ServiceCode } from '#shared/domain/services.js';
import { newId } from '#server/platform/db/ids.js';
import type { ServiceProviderTable } from '#server/platform/db/schema-referrals.js';

/** Synthetic service providers of the demo directory, run by demo agencies. */
const DEMO_PROVIDERS: readonly {
  agency: DemoAgencyKey;
  name: string;
  services: ServiceCode[];
  languages: string[];
  regionCodes: string[];
  capacity: number;
  availablePlaces: number;
}[] = [
  {
    agency: 'shelter',
    name: 'Safe Haven Shelter, Tripoli (demo)',
    services: ['shelter', 'psychosocial'],
    languages: ['ar', 'en', 'fr'],
    regionCodes: ['TRP', 'BEN'],
    capacity: 12,
    availablePlaces: 12,
  },
  {
    agency: 'victimServices',
    name: 'Victim Support Unit (demo)',
    services: ['medical', 'psychosocial', 'legal_aid', 'documents'],
    languages: ['ar', 'en'],
    regionCodes: ['TRP', 'MIS', 'SEB'],
    capacity: 30,
    availablePlaces: 8,
  },
  {
    agency: 'iom',
    name: 'Return and Reintegration Programme (demo)',
    services: ['assisted_voluntary_return', 'reintegration', 'interpretation'],
    languages: ['ar', 'en', 'fr'],
    regionCodes: ['TRP', 'BEN', 'KUF'],
    capacity: 50,
    availablePlaces: 20,
  },
];

export function demoProviders(
  agencyIds: Record<DemoAgencyKey, string>,
  now: Date,
): Insertable<ServiceProviderTable>[] {
  return DEMO_PROVIDERS.map((provider) => ({
    id: newId(),
    country_code: 'LBY',
    agency_id: agencyIds[provider.agency],
    name: provider.name,
    services: provider.services,
    languages: provider.languages,
    region_codes: provider.regionCodes,
    capacity: provider.capacity,
    available_places: provider.availablePlaces,
    created_at: now,
    updated_at: now,
  }));
}
