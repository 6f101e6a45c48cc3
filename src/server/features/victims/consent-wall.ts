import type { Actor } from '#server/platform/authz/actor.js';
import type { VictimCaseScope } from './victims.policy.js';

export type ActiveConsent = {
  recipient_agency_id: string;
  purpose: string;
  data_category: string;
  withdrawn_at: Date | null;
};

/** The purpose a role would use the data for; consent is given per purpose. */
function purposeOf(actor: Actor): string {
  if (actor.roles.includes('investigator')) return 'investigation';
  if (actor.roles.includes('prosecutor')) return 'prosecution';
  return 'assistance';
}

function hasConsent(actor: Actor, consents: readonly ActiveConsent[], category: string): boolean {
  const purpose = purposeOf(actor);
  return consents.some(
    (consent) =>
      consent.withdrawn_at === null &&
      consent.recipient_agency_id === actor.agencyId &&
      consent.purpose === purpose &&
      consent.data_category === category,
  );
}

const isCareStaffOfOwner = (actor: Actor, kase: VictimCaseScope) =>
  actor.roles.includes('national_coordinator') ||
  (actor.roles.includes('case_worker') && actor.agencyId === kase.agency_id);

/**
 * Assistance data (needs, services, health, psychosocial notes) is for the caring agency. Anyone
 * else, investigators and prosecutors above all, needs the person's consent for their own
 * agency and purpose, or a recorded legal-basis override. Checked on every request, so a
 * withdrawal takes effect at the next one.
 */
export function canReadAssistance(
  actor: Actor,
  kase: VictimCaseScope,
  consents: readonly ActiveConsent[],
): boolean {
  return isCareStaffOfOwner(actor, kase) || hasConsent(actor, consents, 'assistance');
}

/** A child's identity stays with the owning agency unless consent (by the guardian) says otherwise. */
export function canReadIdentity(
  actor: Actor,
  kase: VictimCaseScope,
  isChild: boolean,
  consents: readonly ActiveConsent[],
): boolean {
  if (!isChild) return true;
  return (
    actor.roles.includes('national_coordinator') ||
    actor.agencyId === kase.agency_id ||
    hasConsent(actor, consents, 'identity')
  );
}
