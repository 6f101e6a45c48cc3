import {
  INVESTIGATOR_REQUEST_TYPES,
  type CooperationDirection,
  type CooperationStatus,
} from '#shared/domain/cooperation.js';
import { hasRole, type Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type CooperationScope = {
  id: string;
  reference: string;
  country_code: string;
  direction: CooperationDirection;
  type: string;
  status: CooperationStatus;
  owner_agency_id: string;
  executing_agency_id: string | null;
  version: number;
};

/** Who drafts outgoing requests: prosecutors, investigators (police types), the central authority. */
const DRAFTING = ['prosecutor', 'investigator', 'central_authority_officer'] as const;
const READERS = [...DRAFTING, 'national_coordinator'] as const;
const CENTRAL_AUTHORITY = ['central_authority_officer'] as const;

export const isCentralAuthority = (actor: Actor) => hasRole(actor, 'central_authority_officer');
const isCoordinator = (actor: Actor) => hasRole(actor, 'national_coordinator');

/** May this actor draft a request of this type (investigators: police-to-police types only)? */
export function canDraftType(actor: Actor, type: string): boolean {
  return (
    hasRole(actor, 'prosecutor', 'central_authority_officer') ||
    (hasRole(actor, 'investigator') && INVESTIGATOR_REQUEST_TYPES.includes(type))
  );
}

/** Drafting staff of the agency that owns the request. */
export const isOwnerStaff = (actor: Actor, scope: CooperationScope) =>
  scope.owner_agency_id === actor.agencyId && canDraftType(actor, scope.type);

/** Prosecutors and investigators of the agency executing an incoming request. */
export const isExecutorStaff = (actor: Actor, scope: CooperationScope) =>
  scope.executing_agency_id === actor.agencyId && hasRole(actor, 'prosecutor', 'investigator');

const drafterOrCentral = (actor: Actor, scope: CooperationScope) =>
  isCentralAuthority(actor) || isOwnerStaff(actor, scope);
const workingOnIt = (actor: Actor, scope: CooperationScope) =>
  drafterOrCentral(actor, scope) || isExecutorStaff(actor, scope);

/**
 * Requests exist for the owning and executing agencies, for every central authority officer of
 * the country and for the national coordinator (read-only, without persons); for anyone else they
 * do not exist (404). Routing: drafters draft and check; only the central authority returns,
 * sends and records the other State's answers.
 */
export const cooperationPolicy = {
  name: 'cooperation',
  collection: {
    'cooperation.list': { roles: READERS },
    'cooperation.create': { roles: DRAFTING },
    'cooperation.dashboard': {
      roles: ['prosecutor', 'central_authority_officer', 'national_coordinator'],
    },
  },
  visible: (actor, scope) =>
    scope.country_code === actor.countryCode &&
    (scope.owner_agency_id === actor.agencyId ||
      scope.executing_agency_id === actor.agencyId ||
      isCentralAuthority(actor) ||
      isCoordinator(actor)),
  item: {
    'cooperation.read': {
      roles: READERS,
      when: (actor, scope) => workingOnIt(actor, scope) || isCoordinator(actor),
    },
    'cooperation.update': { roles: DRAFTING, when: drafterOrCentral },
    'cooperation.check_preview': { roles: DRAFTING, when: workingOnIt },
    'cooperation.check': { roles: DRAFTING, when: drafterOrCentral },
    'cooperation.return': { roles: CENTRAL_AUTHORITY },
    'cooperation.send': { roles: CENTRAL_AUTHORITY },
    'cooperation.acknowledge': { roles: CENTRAL_AUTHORITY },
    'cooperation.start_execution': { roles: CENTRAL_AUTHORITY },
    'cooperation.partially_execute': {
      roles: DRAFTING,
      when: (actor, scope) => isCentralAuthority(actor) || isExecutorStaff(actor, scope),
    },
    'cooperation.execute': {
      roles: DRAFTING,
      when: (actor, scope) => isCentralAuthority(actor) || isExecutorStaff(actor, scope),
    },
    'cooperation.refuse': { roles: CENTRAL_AUTHORITY },
    // The drafter withdraws its own outgoing request; an incoming one is withdrawn by the other
    // State, which the central authority records.
    'cooperation.withdraw': {
      roles: DRAFTING,
      when: (actor, scope) =>
        isCentralAuthority(actor) || (scope.direction === 'outgoing' && isOwnerStaff(actor, scope)),
    },
    'cooperation.evidence_add': { roles: DRAFTING, when: workingOnIt },
    'cooperation.custody_add': { roles: DRAFTING, when: workingOnIt },
    'cooperation.document': { roles: DRAFTING, when: workingOnIt },
  },
} satisfies Policy<CooperationScope>;
