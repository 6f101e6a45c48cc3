/**
 * Investigation files: offences, the status lifecycle (open ⇄ suspended → closed), the team and
 * the non-punishment review of suspects who may be victims. Pure: no I/O, no clock.
 */
export const INVESTIGATION_STATUSES = ['open', 'suspended', 'closed'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

export const INVESTIGATION_COMMANDS = ['suspend', 'resume', 'close'] as const;
export type InvestigationCommand = (typeof INVESTIGATION_COMMANDS)[number];

const TRANSITIONS: Record<
  InvestigationCommand,
  { from: readonly InvestigationStatus[]; to: InvestigationStatus }
> = {
  suspend: { from: ['open'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'open' },
  close: { from: ['open', 'suspended'], to: 'closed' },
};

/** The reducer: the next status, or null when the command is not allowed in `current`. */
export function nextInvestigationStatus(
  current: InvestigationStatus,
  command: InvestigationCommand,
): InvestigationStatus | null {
  const transition = TRANSITIONS[command];
  return transition.from.includes(current) ? transition.to : null;
}

/** A closed file is a record for the courts: nothing is added to it any more. */
export function acceptsNewContent(status: InvestigationStatus): boolean {
  return status !== 'closed';
}

/** TIP, SOM and the related offences an investigation file is opened for. */
export const OFFENCE_CODES = [
  'trafficking_in_persons',
  'smuggling_of_migrants',
  'document_fraud',
  'money_laundering',
  'corruption',
  'participation_in_organised_crime',
  'forced_labour',
  'sexual_exploitation',
  'child_exploitation',
  'other',
] as const;
export type OffenceCode = (typeof OFFENCE_CODES)[number];

export const TEAM_ROLES = ['lead', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Staff roles that may sit on an investigation team (need-to-know is per file). */
export const TEAM_ELIGIBLE_ROLES = [
  'investigator',
  'prosecutor',
  'central_authority_officer',
  'analyst',
] as const;

export const PERSON_ROLES = ['suspect', 'witness', 'person_of_interest'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const NAME_SCRIPTS = ['arab', 'latn'] as const;
export const ACCOUNT_KINDS = ['bank', 'mobile_money', 'crypto', 'other'] as const;
export const DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'residence_permit',
  'travel_document',
  'driving_licence',
  'other',
] as const;

export const ORGANISATION_KINDS = ['network', 'company', 'other'] as const;
export const EVENT_KINDS = [
  'recruitment',
  'transport',
  'exploitation',
  'payment',
  'other',
] as const;
export const LOCATION_KINDS = [
  'residence',
  'workplace',
  'exploitation_site',
  'transit_point',
  'border_crossing',
  'meeting_point',
  'other',
] as const;

/** How a victim is linked to an investigation: never implicitly, always on an authorised basis. */
export const VICTIM_LINK_BASES = ['consent', 'legal_basis'] as const;
export type VictimLinkBasis = (typeof VICTIM_LINK_BASES)[number];

/** Consent purposes that cover a criminal investigation or proceedings. */
export const CRIMINAL_PROCEEDING_PURPOSES = ['investigation', 'prosecution'] as const;

export const NON_PUNISHMENT_REVIEWS = ['none', 'pending', 'not_applicable', 'applies'] as const;
export type NonPunishmentReview = (typeof NON_PUNISHMENT_REVIEWS)[number];
export const NON_PUNISHMENT_OUTCOMES = ['not_applicable', 'applies'] as const;
export type NonPunishmentOutcome = (typeof NON_PUNISHMENT_OUTCOMES)[number];

/** What may show that a suspect is a victim of the crime under investigation. */
export type VictimSignals = {
  /** A name and birth data of the person match a recorded victim of the country. */
  matchesRecordedVictim: boolean;
  /** The recording officer marked the person as a possible victim. */
  isMarkedPossibleVictim: boolean;
  /** The person is tied to a victim case linked to the investigation. */
  isLinkedToVictimCase: boolean;
};

const hasVictimSignal = (signals: VictimSignals) =>
  signals.matchesRecordedVictim || signals.isMarkedPossibleVictim || signals.isLinkedToVictimCase;

/**
 * The non-punishment principle (UNTOC Protocol, art. 26 of the Council of Europe Convention): a
 * suspect who may be a victim is never recorded without a review. Any signal opens a review; a
 * review already decided as "not applicable" reopens only when the identity or role changed, since
 * only then can the signal be new. "applies" is never lowered here: only a new decision can.
 */
export function nonPunishmentReviewAfter(
  current: NonPunishmentReview,
  person: { role: PersonRole; signals: VictimSignals; hasIdentityOrRoleChanged: boolean },
): NonPunishmentReview {
  if (person.role !== 'suspect' || !hasVictimSignal(person.signals)) return current;
  if (current === 'none') return 'pending';
  if (current === 'not_applicable' && person.hasIdentityOrRoleChanged) return 'pending';
  return current;
}

/** A pending review is decided once; a decided one may be revisited by a new decision. */
export function canDecideNonPunishment(current: NonPunishmentReview): boolean {
  return current !== 'none';
}
