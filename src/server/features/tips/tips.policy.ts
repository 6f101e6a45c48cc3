import { hasRole, type Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type TipScope = {
  id: string;
  country_code: string;
  assigned_agency_id: string;
  status: string;
};

const TIP_STAFF = [
  'hotline_operator',
  'investigator',
  'case_worker',
  'national_coordinator',
] as const;

/**
 * A tip exists for the staff of the agency it is routed to, and for the national coordinator of
 * the country; for everyone else it does not exist (404).
 */
export const tipsPolicy = {
  name: 'tips',
  collection: {
    'tip.create': { roles: ['hotline_operator', 'investigator', 'national_coordinator'] },
    'tip.list': { roles: TIP_STAFF },
  },
  visible: (actor, tip) =>
    tip.country_code === actor.countryCode &&
    (tip.assigned_agency_id === actor.agencyId || actor.roles.includes('national_coordinator')),
  item: {
    'tip.read': { roles: TIP_STAFF },
    'tip.attachment.read': { roles: TIP_STAFF },
    'tip.triage': { roles: TIP_STAFF },
    'tip.convert': { roles: TIP_STAFF },
    'tip.close': { roles: TIP_STAFF },
  },
} satisfies Policy<TipScope>;

/** Whether the actor may read the tip under this policy (other features link tips they can read). */
export function canReadTip(actor: Actor, tip: TipScope): boolean {
  return tipsPolicy.visible(actor, tip) && hasRole(actor, ...tipsPolicy.item['tip.read'].roles);
}
