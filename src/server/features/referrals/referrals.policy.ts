import type { ReferralStatus } from '#shared/domain/referral-lifecycle.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type ReferralScope = {
  id: string;
  country_code: string;
  referring_agency_id: string;
  receiving_agency_id: string;
  status: ReferralStatus;
};

/** The victim case a referral is sent from, with the actor's need-to-know. */
export type ReferringCaseScope = {
  id: string;
  country_code: string;
  agency_id: string;
  kind: string;
  status: string;
  /** Whether the acting user is assigned to the case. */
  is_assigned: boolean;
};

/** Victim-assistance data: case workers and the coordinator only, never investigators. */
const REFERRAL_STAFF = ['case_worker', 'national_coordinator'] as const;

const isCoordinator = (actor: Actor) => actor.roles.includes('national_coordinator');

/** Staff of the agency running the provider, or the national coordinator. */
export const isReceivingSide = (actor: Actor, referral: ReferralScope) =>
  referral.receiving_agency_id === actor.agencyId || isCoordinator(actor);

/** Staff of the agency owning the case, or the national coordinator. */
export const isReferringSide = (actor: Actor, referral: ReferralScope) =>
  referral.referring_agency_id === actor.agencyId || isCoordinator(actor);

/**
 * A referral exists for both sides and for the national coordinator of the country; for anyone
 * else it does not exist (404). Each command belongs to one side (shared/domain).
 */
export const referralsPolicy = {
  name: 'referrals',
  collection: {
    'referral.list': { roles: REFERRAL_STAFF },
  },
  visible: (actor, referral) =>
    referral.country_code === actor.countryCode &&
    (referral.referring_agency_id === actor.agencyId ||
      referral.receiving_agency_id === actor.agencyId ||
      isCoordinator(actor)),
  item: {
    'referral.read': { roles: REFERRAL_STAFF },
    'referral.accept': { roles: REFERRAL_STAFF, when: isReceivingSide },
    'referral.decline': { roles: REFERRAL_STAFF, when: isReceivingSide },
    'referral.start': { roles: REFERRAL_STAFF, when: isReceivingSide },
    'referral.complete': { roles: REFERRAL_STAFF, when: isReceivingSide },
    'referral.cancel': { roles: REFERRAL_STAFF, when: isReferringSide },
  },
} satisfies Policy<ReferralScope>;

/**
 * Sending a referral is an action on the case: the same need-to-know as reading it (staff of the
 * owning agency assigned to it, or the coordinator).
 */
export const caseReferralsPolicy = {
  name: 'case-referrals',
  collection: {},
  // As for reading the case: assignment also opens it to staff of another agency.
  visible: (actor, kase) =>
    kase.country_code === actor.countryCode &&
    (kase.agency_id === actor.agencyId || kase.is_assigned || isCoordinator(actor)),
  item: {
    'referral.create': {
      roles: REFERRAL_STAFF,
      when: (actor, kase) => kase.is_assigned || isCoordinator(actor),
    },
  },
} satisfies Policy<ReferringCaseScope>;
