import { ROLES } from '#shared/domain/roles.js';
import type { Policy } from '#server/platform/authz/policy.js';

/** Agencies and users are administered per country: an admin never sees another country's staff. */
export type AdminScope = { country_code: string };

export const adminPolicy = {
  name: 'admin',
  collection: {
    'agency.directory': { roles: ROLES },
    'agency.list': { roles: ['system_admin'] },
    'agency.create': { roles: ['system_admin'] },
    'user.list': { roles: ['system_admin'] },
  },
  visible: (actor, target) => target.country_code === actor.countryCode,
  item: {
    'agency.update': { roles: ['system_admin'] },
    // Creating a user is an item action on the agency that will employ them.
    'user.create': { roles: ['system_admin'] },
    'user.update': { roles: ['system_admin'] },
    'user.reset_mfa': { roles: ['system_admin'] },
    'user.unlock': { roles: ['system_admin'] },
  },
} satisfies Policy<AdminScope>;
