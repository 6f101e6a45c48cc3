import type { Policy } from '#server/platform/authz/policy.js';

export type CaseScope = {
  id: string;
  country_code: string;
  agency_id: string;
  kind: string;
  /** Whether the acting user is assigned to the case (need-to-know). */
  is_assigned: boolean;
};

const CASE_STAFF = ['case_worker', 'investigator', 'prosecutor', 'hotline_operator'] as const;

/**
 * Need-to-know: staff of the owning agency read a case only when assigned to it; the national
 * coordinator oversees every case of the country.
 */
export const casesPolicy = {
  name: 'cases',
  collection: {
    'case.list': { roles: [...CASE_STAFF, 'national_coordinator'] },
  },
  // Assignment also opens a case to staff of another agency (e.g. the police investigator).
  visible: (actor, kase) =>
    kase.country_code === actor.countryCode &&
    (kase.agency_id === actor.agencyId ||
      kase.is_assigned ||
      actor.roles.includes('national_coordinator')),
  item: {
    'case.read': {
      roles: [...CASE_STAFF, 'national_coordinator'],
      when: (actor, kase) => kase.is_assigned || actor.roles.includes('national_coordinator'),
    },
    // Handing the case over to another agency: its assigned staff, or the coordinator.
    'case.transfer_request': {
      roles: ['case_worker', 'investigator', 'national_coordinator'],
      when: (actor, kase) =>
        (kase.is_assigned && kase.agency_id === actor.agencyId) ||
        actor.roles.includes('national_coordinator'),
    },
    // Bringing a colleague onto a case: the owning agency's assigned staff, or the coordinator.
    'case.assign': {
      roles: [...CASE_STAFF, 'national_coordinator'],
      when: (actor, kase) =>
        (kase.is_assigned && kase.agency_id === actor.agencyId) ||
        actor.roles.includes('national_coordinator'),
    },
  },
} satisfies Policy<CaseScope>;
