import type { Policy } from '#server/platform/authz/policy.js';
import type { CaseScope } from '#server/features/cases/index.js';
import type { Actor } from '#server/platform/authz/actor.js';

/** The case a victim belongs to, with the acting user's assignment (need-to-know). */
export type VictimCaseScope = CaseScope;

const isCoordinator = (actor: Actor) => actor.roles.includes('national_coordinator');
const onCase = (actor: Actor, kase: VictimCaseScope) => kase.is_assigned || isCoordinator(actor);
const ownsCase = (actor: Actor, kase: VictimCaseScope) =>
  (kase.is_assigned && kase.agency_id === actor.agencyId) || isCoordinator(actor);

/**
 * Victim data follows the case: staff assigned to it (also from another agency, e.g. the police
 * investigator) and the national coordinator. Recording and changing care data stays with the
 * owning agency; assistance data has a further consent wall (consent-wall.ts).
 */
export const victimsPolicy = {
  name: 'victims',
  collection: {},
  visible: (actor, kase) =>
    kase.country_code === actor.countryCode &&
    (kase.agency_id === actor.agencyId || kase.is_assigned || isCoordinator(actor)),
  item: {
    'victim.create': {
      roles: ['case_worker', 'national_coordinator'],
      when: (actor, kase) => ownsCase(actor, kase) && kase.kind === 'victim_case',
    },
    'victim.read': {
      roles: ['case_worker', 'investigator', 'prosecutor', 'national_coordinator'],
      when: onCase,
    },
    'victim.update': { roles: ['case_worker', 'national_coordinator'], when: ownsCase },
    'victim.screen': {
      roles: ['case_worker', 'investigator', 'national_coordinator'],
      when: onCase,
    },
    // The formal identification decision is reserved to authorised deciders.
    'victim.decide': { roles: ['national_coordinator', 'prosecutor'], when: onCase },
    'victim.guardian.add': { roles: ['case_worker', 'national_coordinator'], when: ownsCase },
    'victim.consent.record': { roles: ['case_worker', 'national_coordinator'], when: ownsCase },
    'victim.consent.override': { roles: ['national_coordinator'] },
    'victim.consent.withdraw': { roles: ['case_worker', 'national_coordinator'], when: ownsCase },
    'victim.needs.read': {
      roles: ['case_worker', 'investigator', 'prosecutor', 'national_coordinator'],
      when: onCase,
    },
    'victim.needs.record': { roles: ['case_worker', 'national_coordinator'], when: ownsCase },
    // Reintegration is assistance data: reading also passes the consent wall (service).
    'victim.reintegration.read': {
      roles: ['case_worker', 'investigator', 'prosecutor', 'national_coordinator'],
      when: onCase,
    },
    'victim.reintegration.create': {
      roles: ['case_worker', 'national_coordinator'],
      when: ownsCase,
    },
    'victim.reintegration.update': {
      roles: ['case_worker', 'national_coordinator'],
      when: ownsCase,
    },
    'victim.reintegration.follow_up': {
      roles: ['case_worker', 'national_coordinator'],
      when: ownsCase,
    },
    'victim.reintegration.close': {
      roles: ['case_worker', 'national_coordinator'],
      when: ownsCase,
    },
    // Documents (consent forms, medical reports) are assistance data: reads pass the wall too.
    'victim.document.upload': { roles: ['case_worker', 'national_coordinator'], when: ownsCase },
    'victim.document.read': {
      roles: ['case_worker', 'investigator', 'prosecutor', 'national_coordinator'],
      when: onCase,
    },
  },
} satisfies Policy<VictimCaseScope>;
