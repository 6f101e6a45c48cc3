import { beforeAll, describe, expect, it } from 'vitest';
import type { Provider, ProviderList } from '#shared/contracts/referrals.js';
import type { Role } from '#shared/domain/roles.js';
import { anAgency, aRegion, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { aProvider } from '#test/factories/referrals.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

type World = {
  shelterAgencyId: string;
  coordinator: TestUser;
  admin: TestUser;
  shelterWorker: TestUser;
  otherWorker: TestUser;
  foreignCoordinator: TestUser;
  policeAgencyId: string;
};
let w: World;

async function staff(agencyId: string, roles: Role[]) {
  return aUser(t.db, t.sealer, { agencyId, roles });
}

async function call(
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

const newProvider = (agencyId: string, overrides: Record<string, unknown> = {}) => ({
  agencyId,
  name: `SYNTH Safe House ${String(Math.random()).slice(2, 8)}`,
  services: ['shelter', 'psychosocial'],
  languages: ['ar', 'fr'],
  regionCodes: ['TRP'],
  capacity: 12,
  availablePlaces: 12,
  ...overrides,
});

beforeAll(async () => {
  await aRegion(t.db, 'TRP');
  await aRegion(t.db, 'BEN');
  const secretariat = await anAgency(t.db, { kind: 'ministry' });
  const shelter = await anAgency(t.db, { kind: 'shelter_ngo' });
  const other = await anAgency(t.db, { kind: 'victim_services' });
  const police = await anAgency(t.db, { kind: 'police' });
  const foreign = await anAgency(t.db, { country: 'TUN', kind: 'ministry' });
  w = {
    shelterAgencyId: shelter.id,
    policeAgencyId: police.id,
    coordinator: await staff(secretariat.id, ['national_coordinator']),
    admin: await staff(secretariat.id, ['system_admin']),
    shelterWorker: await staff(shelter.id, ['case_worker']),
    otherWorker: await staff(other.id, ['case_worker']),
    foreignCoordinator: await staff(foreign.id, ['national_coordinator']),
  };
});

describe('the service-provider directory', () => {
  it('lets the coordinator add a provider run by a provider agency of the country', async () => {
    const res = await call(w.coordinator, 'POST', '/api/providers', newProvider(w.shelterAgencyId));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Provider>()).toMatchObject({
      agencyId: w.shelterAgencyId,
      countryCode: 'LBY',
      services: ['shelter', 'psychosocial'],
      regionCodes: ['TRP'],
      availablePlaces: 12,
      isActive: true,
      version: 1,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', res.json<Provider>().id)
      .execute();
    expect(audit).toEqual([{ action: 'provider.create' }]);
  });

  it('refuses a police agency, an unknown region and more places than capacity', async () => {
    const police = await call(w.admin, 'POST', '/api/providers', newProvider(w.policeAgencyId));
    expect(police.json()).toMatchObject({ error: { code: 'provider.unknown_agency' } });
    const region = newProvider(w.shelterAgencyId, { regionCodes: ['NOPE'] });
    expect((await call(w.admin, 'POST', '/api/providers', region)).json()).toMatchObject({
      error: { code: 'provider.unknown_region' },
    });
    const over = newProvider(w.shelterAgencyId, { capacity: 2, availablePlaces: 3 });
    expect((await call(w.admin, 'POST', '/api/providers', over)).statusCode).toBe(400);
  });

  it('refuses a case worker or a foreign coordinator adding a provider', async () => {
    const body = newProvider(w.shelterAgencyId);
    expect((await call(w.shelterWorker, 'POST', '/api/providers', body)).statusCode).toBe(403);
    const foreign = await call(w.foreignCoordinator, 'POST', '/api/providers', body);
    expect(foreign.json()).toMatchObject({ error: { code: 'provider.unknown_agency' } });
  });

  it('filters by service, region, language and free places', async () => {
    const full = await aProvider(t.db, {
      agencyId: w.shelterAgencyId,
      services: ['medical'],
      languages: ['en'],
      regionCodes: ['BEN'],
      capacity: 4,
      availablePlaces: 0,
    });
    const ids = async (query: string) =>
      (await call(w.otherWorker, 'GET', `/api/providers?limit=200&${query}`))
        .json<ProviderList>()
        .items.map((item) => item.id);
    expect(await ids('service=medical')).toContain(full.id);
    expect(await ids('service=shelter')).not.toContain(full.id);
    expect(await ids('region=BEN')).toContain(full.id);
    expect(await ids('region=TRP')).not.toContain(full.id);
    expect(await ids('language=en')).toContain(full.id);
    expect(await ids('language=fr')).not.toContain(full.id);
    expect(await ids('hasFreePlaces=true')).not.toContain(full.id);
    expect(await ids('hasFreePlaces=false')).toContain(full.id);
  });

  it('shows a country its own directory only', async () => {
    const own = await aProvider(t.db, { agencyId: w.shelterAgencyId });
    const res = await call(w.foreignCoordinator, 'GET', '/api/providers?limit=200');
    expect(res.json<ProviderList>().items.map((item) => item.id)).not.toContain(own.id);
    const patch = await call(w.foreignCoordinator, 'PATCH', `/api/providers/${own.id}`, {
      availablePlaces: 1,
      version: 1,
    });
    expect(patch.statusCode).toBe(404);
  });
});

describe('updating a provider', () => {
  it('lets the coordinator change it, and refuses a stale version with 409', async () => {
    const provider = await aProvider(t.db, { agencyId: w.shelterAgencyId });
    const res = await call(w.coordinator, 'PATCH', `/api/providers/${provider.id}`, {
      name: 'SYNTH Renamed Shelter',
      capacity: 20,
      isActive: false,
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'SYNTH Renamed Shelter', capacity: 20, version: 2 });
    const stale = await call(w.coordinator, 'PATCH', `/api/providers/${provider.id}`, {
      capacity: 30,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: 2 } },
    });
  });

  it("lets a case worker of the provider's agency change availability, and nothing else", async () => {
    const provider = await aProvider(t.db, {
      agencyId: w.shelterAgencyId,
      capacity: 12,
      availablePlaces: 5,
    });
    const url = `/api/providers/${provider.id}`;
    const places = await call(w.shelterWorker, 'PATCH', url, { availablePlaces: 3, version: 1 });
    expect(places.statusCode, places.body).toBe(200);
    expect(places.json()).toMatchObject({ availablePlaces: 3, version: 2 });
    const rename = await call(w.shelterWorker, 'PATCH', url, { name: 'SYNTH X', version: 2 });
    expect(rename.statusCode).toBe(403);
    expect(rename.json()).toMatchObject({ error: { code: 'provider.availability_only' } });
    const over = await call(w.shelterWorker, 'PATCH', url, { availablePlaces: 13, version: 2 });
    expect(over.statusCode).toBe(400);
    const otherAgency = await call(w.otherWorker, 'PATCH', url, { availablePlaces: 1, version: 2 });
    expect(otherAgency.statusCode).toBe(403);
    const row = await t.db
      .selectFrom('service_provider')
      .select(['available_places', 'version'])
      .where('id', '=', provider.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ available_places: 3, version: 2 });
  });
});
