import { ROLES, type Role } from '#shared/domain/roles.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type ProviderScope = { id: string; country_code: string; agency_id: string };

/** Everyone on staff may look a provider up, except the partner and oversight roles. */
const DIRECTORY_READERS: readonly Role[] = ROLES.filter(
  (role) => role !== 'partner' && role !== 'auditor',
);
const DIRECTORY_MANAGERS = ['system_admin', 'national_coordinator'] as const;

export function canManageDirectory(actor: Actor): boolean {
  return actor.roles.some((role) => (DIRECTORY_MANAGERS as readonly Role[]).includes(role));
}

/**
 * The directory is per country: a provider of another country does not exist for the actor.
 * Managers edit any provider of their country; a case worker of the provider's own agency keeps
 * its availability up to date (the service allows only `availablePlaces` for them).
 */
export const providersPolicy = {
  name: 'providers',
  collection: {
    'provider.list': { roles: DIRECTORY_READERS },
    'provider.create': { roles: DIRECTORY_MANAGERS },
  },
  visible: (actor, provider) => provider.country_code === actor.countryCode,
  item: {
    'provider.update': {
      roles: [...DIRECTORY_MANAGERS, 'case_worker'],
      when: (actor, provider) => canManageDirectory(actor) || provider.agency_id === actor.agencyId,
    },
  },
} satisfies Policy<ProviderScope>;
