import type { Updateable } from 'kysely';
import type { ProviderCreateInput, ProviderUpdateInput } from '#shared/contracts/referrals.js';
import { isProviderAgencyKind } from '#shared/domain/services.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import type { ServiceProviderTable } from '#server/platform/db/schema-referrals.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, InvalidInputError, StaleVersionError } from '#server/platform/errors.js';
import {
  findProvider,
  findProviderAgency,
  getProvider,
  insertProvider,
  unknownRegions,
  updateProvider,
  type ProviderRow,
} from './providers.repo.js';
import type { ProviderScope } from './providers.policy.js';

export type ProvidersContext = { db: Db; now: Date; requestId: string };

/** One agency does not run two providers of the same name (unique constraint). */
function duplicateName(error: unknown): never {
  if ((error as { code?: string }).code === '23505') {
    throw new AppError('conflict', 'provider.duplicate_name', 'errors.duplicate');
  }
  throw error;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

async function checkRegions(trx: Db, countryCode: string, regionCodes: readonly string[]) {
  const unknown = await unknownRegions(trx, countryCode, regionCodes);
  if (unknown.length > 0) {
    throw new InvalidInputError('provider.unknown_region', 'errors.validation', [
      { path: 'body.regionCodes', message: 'unknown region' },
    ]);
  }
}

function checkPlaces(capacity: number, availablePlaces: number) {
  if (availablePlaces > capacity) {
    throw new InvalidInputError('provider.places_over_capacity', 'errors.validation', [
      { path: 'body.availablePlaces', message: 'more available places than capacity' },
    ]);
  }
}

/** Adds a provider to the directory of the actor's country, run by one of its provider agencies. */
export async function createProvider(
  ctx: ProvidersContext,
  actor: Actor,
  input: ProviderCreateInput,
): Promise<ProviderRow> {
  return inTransaction(ctx.db, async (trx) => {
    const agency = await findProviderAgency(trx, input.agencyId);
    if (
      agency?.country_code !== actor.countryCode ||
      !agency.is_active ||
      !isProviderAgencyKind(agency.kind)
    ) {
      throw new InvalidInputError('provider.unknown_agency', 'errors.validation', [
        { path: 'body.agencyId', message: 'no such active provider agency in this country' },
      ]);
    }
    const regionCodes = unique(input.regionCodes);
    await checkRegions(trx, agency.country_code, regionCodes);
    checkPlaces(input.capacity, input.availablePlaces);
    const id = newId();
    await insertProvider(trx, {
      id,
      country_code: agency.country_code,
      agency_id: agency.id,
      name: input.name,
      services: unique(input.services),
      languages: unique(input.languages),
      region_codes: regionCodes,
      capacity: input.capacity,
      available_places: input.availablePlaces,
      created_at: ctx.now,
      updated_at: ctx.now,
    }).catch(duplicateName);
    await writeAudit(trx, {
      actor,
      action: 'provider.create',
      subject: ['service_provider', id],
      details: { agencyId: agency.id },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return getProvider(trx, id);
  });
}

function providerChanges(input: ProviderUpdateInput): Updateable<ServiceProviderTable> {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.services !== undefined ? { services: unique(input.services) } : {}),
    ...(input.languages !== undefined ? { languages: unique(input.languages) } : {}),
    ...(input.regionCodes !== undefined ? { region_codes: unique(input.regionCodes) } : {}),
    ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    ...(input.availablePlaces !== undefined ? { available_places: input.availablePlaces } : {}),
    ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
  };
}

/** Optimistic update of a provider; the route has already limited what the actor may change. */
export async function changeProvider(
  ctx: ProvidersContext,
  actor: Actor,
  scope: ProviderScope,
  input: ProviderUpdateInput,
): Promise<ProviderRow> {
  return inTransaction(ctx.db, async (trx) => {
    const current = await findProvider(trx, scope.id);
    if (!current) throw new StaleVersionError(0);
    if (current.version !== input.version) throw new StaleVersionError(current.version);
    const changes = providerChanges(input);
    if (changes.region_codes) await checkRegions(trx, scope.country_code, changes.region_codes);
    checkPlaces(
      input.capacity ?? current.capacity,
      input.availablePlaces ?? current.available_places,
    );
    const updated = await updateProvider(trx, scope.id, input.version, {
      ...changes,
      updated_at: ctx.now,
    }).catch(duplicateName);
    if (!updated) throw new StaleVersionError(current.version);
    await writeAudit(trx, {
      actor,
      action: 'provider.update',
      subject: ['service_provider', scope.id],
      details: { fields: Object.keys(changes) },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return getProvider(trx, scope.id);
  });
}
