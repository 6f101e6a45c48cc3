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
    // Picking a colleague to bring onto a case, an investigation or a joint team.
    'user.directory': {
      roles: [
        'case_worker',
        'investigator',
        'prosecutor',
        'central_authority_officer',
        'hotline_operator',
        'national_coordinator',
        'system_admin',
      ],
    },
    'country_setting.read': { roles: ['system_admin', 'national_coordinator'] },
    'country_setting.update': { roles: ['system_admin'] },
    // Where tips land is a coordination decision as much as a technical setting.
    'routing_rule.list': { roles: ['system_admin', 'national_coordinator'] },
    'routing_rule.create': { roles: ['system_admin', 'national_coordinator'] },
  },
  visible: (actor, target) => target.country_code === actor.countryCode,
  item: {
    'agency.update': { roles: ['system_admin'] },
    // Creating a user is an item action on the agency that will employ them.
    'user.create': { roles: ['system_admin'] },
    'user.update': { roles: ['system_admin'] },
    'user.reset_mfa': { roles: ['system_admin'] },
    'user.unlock': { roles: ['system_admin'] },
    'routing_rule.update': { roles: ['system_admin', 'national_coordinator'] },
    'routing_rule.delete': { roles: ['system_admin', 'national_coordinator'] },
  },
} satisfies Policy<AdminScope>;
