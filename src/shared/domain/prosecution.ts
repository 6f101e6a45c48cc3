/**
 * Rules of a prosecution (a criminal case in court): the stage machine, charges, hearings,
 * verdicts, confiscation orders, victim-witness protection measures and the non-punishment review
 * of defendants. Pure: no I/O, no clock.
 */
import {
  NON_PUNISHMENT_REVIEWS,
  OFFENCE_CODES,
  type NonPunishmentReview,
  type OffenceCode,
} from './investigation.js';

export { NON_PUNISHMENT_REVIEWS, type NonPunishmentReview };

export const PROSECUTION_STAGES = [
  'investigation',
  'indictment',
  'trial',
  'appeal',
  'closed',
] as const;
export type ProsecutionStage = (typeof PROSECUTION_STAGES)[number];

/** Why a prosecution is closed: codes, so closures are countable and hold no personal data. */
export const PROSECUTION_CLOSING_REASONS = [
  'discontinued',
  'judgment_final',
  'merged',
  'other',
] as const;
export type ProsecutionClosingReason = (typeof PROSECUTION_CLOSING_REASONS)[number];

/**
 * Offence codes a charge is filed under: the investigation's, so that statistics follow a file
 * from investigation to judgment.
 */
export const PROSECUTION_OFFENCES = OFFENCE_CODES;
export type ProsecutionOffence = OffenceCode;

export const PROSECUTION_TEAM_ROLES = ['lead', 'member'] as const;
export type ProsecutionTeamRole = (typeof PROSECUTION_TEAM_ROLES)[number];

export type StageMoveResult =
  | { ok: true; to: ProsecutionStage }
  | {
      ok: false;
      code:
        | 'prosecution.invalid_stage_transition'
        | 'prosecution.appeal_requires_verdict'
        | 'prosecution.closing_reason_required';
    };

/** The forward steps of a case in court; `closed` is reachable from every open stage. */
const NEXT_STAGE: Partial<Record<ProsecutionStage, ProsecutionStage>> = {
  investigation: 'indictment',
  indictment: 'trial',
  trial: 'appeal',
};

/**
 * The stage reducer: investigation → indictment → trial → appeal (only once a verdict exists),
 * and any open stage → closed with a reason code. Anything else is refused.
 */
export function moveProsecutionStage(
  current: ProsecutionStage,
  to: ProsecutionStage,
  facts: { verdictCount: number; closingReason: ProsecutionClosingReason | null },
): StageMoveResult {
  if (current === 'closed') return { ok: false, code: 'prosecution.invalid_stage_transition' };
  if (to === 'closed') {
    return facts.closingReason
      ? { ok: true, to }
      : { ok: false, code: 'prosecution.closing_reason_required' };
  }
  if (NEXT_STAGE[current] !== to)
    return { ok: false, code: 'prosecution.invalid_stage_transition' };
  if (to === 'appeal' && facts.verdictCount === 0) {
    return { ok: false, code: 'prosecution.appeal_requires_verdict' };
  }
  return { ok: true, to };
}

export function isProsecutionOpen(stage: ProsecutionStage): boolean {
  return stage !== 'closed';
}

/** New charges are filed up to the trial; the appeal court judges the charges already filed. */
export function acceptsNewCharges(stage: ProsecutionStage): boolean {
  return stage === 'investigation' || stage === 'indictment' || stage === 'trial';
}

// ---------------------------------------------------------------------------------------------
// Non-punishment review of a defendant

/*
 * The review values are the investigation's (NON_PUNISHMENT_REVIEWS): none: no indication; pending: the person may be a victim (linked to a flagged investigation
 * person, or matching a registered victim) and must be reviewed before any charge; not_applicable:
 * reviewed, the principle does not apply; applies: the person must not be punished for offences
 * committed as a direct consequence of being trafficked.
 */

/** What raised the review flag (a code; never the victim's record). */
export const NON_PUNISHMENT_TRIGGERS = ['investigation_flag', 'victim_match', 'manual'] as const;
export type NonPunishmentTrigger = (typeof NON_PUNISHMENT_TRIGGERS)[number];

/** Outcomes a prosecutor may record; `pending` re-opens or raises a review by hand. */
export const DEFENDANT_REVIEW_OUTCOMES = ['pending', 'not_applicable', 'applies'] as const;
export type DefendantReviewOutcome = (typeof DEFENDANT_REVIEW_OUTCOMES)[number];

const REVIEW_MOVES: Record<NonPunishmentReview, readonly DefendantReviewOutcome[]> = {
  none: ['pending'],
  pending: ['not_applicable', 'applies'],
  not_applicable: ['pending'],
  // Once the principle is found to apply, the decision stands: charges stay barred.
  applies: [],
};

export function canRecordReview(current: NonPunishmentReview, outcome: DefendantReviewOutcome) {
  return REVIEW_MOVES[current].includes(outcome);
}

/**
 * The review a new defendant starts with: pending whenever the linked investigation person is
 * flagged (pending or applies) or the identity matches a registered victim of the country.
 */
export function initialReview(facts: {
  linkedPersonReview: NonPunishmentReview | null;
  matchesVictim: boolean;
}): { review: NonPunishmentReview; trigger: NonPunishmentTrigger | null } {
  const linked = facts.linkedPersonReview;
  if (linked === 'pending' || linked === 'applies') {
    return { review: 'pending', trigger: 'investigation_flag' };
  }
  if (facts.matchesVictim) return { review: 'pending', trigger: 'victim_match' };
  return { review: 'none', trigger: null };
}

/** A charge may be filed only when no review is open and the principle does not apply. */
export function chargeBarOf(
  review: NonPunishmentReview,
): 'prosecution.non_punishment_review_pending' | 'prosecution.non_punishment_applies' | null {
  if (review === 'pending') return 'prosecution.non_punishment_review_pending';
  if (review === 'applies') return 'prosecution.non_punishment_applies';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Charges and verdicts

export const CHARGE_STATUSES = [
  'filed',
  'amended',
  'withdrawn',
  'convicted',
  'acquitted',
  'dismissed',
] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/** Changes a prosecutor makes to a charge outside a verdict. */
export const CHARGE_UPDATE_STATUSES = ['amended', 'withdrawn', 'dismissed'] as const;
export type ChargeUpdateStatus = (typeof CHARGE_UPDATE_STATUSES)[number];

/** Outcomes a court gives a charge in a verdict. */
export const CHARGE_OUTCOMES = ['convicted', 'acquitted', 'dismissed'] as const;
export type ChargeOutcome = (typeof CHARGE_OUTCOMES)[number];

export function isChargeOpen(status: ChargeStatus): boolean {
  return status === 'filed' || status === 'amended';
}

/** filed | amended → amended | withdrawn | dismissed; decided and withdrawn charges stay. */
export function canUpdateCharge(current: ChargeStatus, to: ChargeUpdateStatus): boolean {
  return isChargeOpen(current) && CHARGE_UPDATE_STATUSES.includes(to);
}

export const VERDICT_OUTCOMES = [
  'convicted',
  'acquitted',
  'partially_convicted',
  'dismissed',
] as const;
export type VerdictOutcome = (typeof VERDICT_OUTCOMES)[number];

export const COURT_LEVELS = ['first_instance', 'appeal'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

/** A first-instance judgment is given at trial, an appeal judgment on appeal. */
export function canRecordVerdict(stage: ProsecutionStage, level: CourtLevel): boolean {
  return level === 'first_instance' ? stage === 'trial' : stage === 'appeal';
}

/**
 * A charge can receive an outcome when still open, or, on appeal, when already decided (the
 * appeal court may reverse it); a withdrawn charge never can.
 */
export function canDecideCharge(current: ChargeStatus, level: CourtLevel): boolean {
  if (isChargeOpen(current)) return true;
  return level === 'appeal' && CHARGE_OUTCOMES.includes(current as ChargeOutcome);
}

/** The overall outcome must agree with the per-charge outcomes. */
export function isVerdictConsistent(
  outcome: VerdictOutcome,
  chargeOutcomes: readonly ChargeOutcome[],
): boolean {
  if (chargeOutcomes.length === 0) return false;
  const convicted = chargeOutcomes.filter((charge) => charge === 'convicted').length;
  switch (outcome) {
    case 'convicted':
      return convicted === chargeOutcomes.length;
    case 'partially_convicted':
      return convicted > 0 && convicted < chargeOutcomes.length;
    case 'acquitted':
      return convicted === 0 && chargeOutcomes.includes('acquitted');
    case 'dismissed':
      return chargeOutcomes.every((charge) => charge === 'dismissed');
  }
}

/** A sentence belongs to a verdict with at least one conviction. */
export function allowsSentence(outcome: VerdictOutcome): boolean {
  return outcome === 'convicted' || outcome === 'partially_convicted';
}

// ---------------------------------------------------------------------------------------------
// Hearings

export const HEARING_KINDS = ['preliminary', 'trial', 'appeal', 'sentencing', 'other'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

export const HEARING_OUTCOMES = ['held', 'adjourned', 'cancelled'] as const;
export type HearingOutcome = (typeof HEARING_OUTCOMES)[number];

export type HearingOutcomeResult =
  | { ok: true }
  | {
      ok: false;
      code: 'prosecution.hearing_already_decided' | 'prosecution.hearing_next_date_required';
    };

/**
 * A hearing is scheduled until it gets its one outcome; an adjournment names the next date,
 * which must come after the adjourned hearing.
 */
export function recordHearingOutcome(
  current: HearingOutcome | null,
  outcome: HearingOutcome,
  hearing: { scheduledAt: Date; nextScheduledAt: Date | null },
): HearingOutcomeResult {
  if (current !== null) return { ok: false, code: 'prosecution.hearing_already_decided' };
  if (outcome === 'adjourned') {
    const next = hearing.nextScheduledAt;
    if (!next || next.getTime() <= hearing.scheduledAt.getTime()) {
      return { ok: false, code: 'prosecution.hearing_next_date_required' };
    }
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Confiscation orders

export const CONFISCATION_STATUSES = [
  'ordered',
  'executed',
  'returned_to_victims',
  'annulled',
] as const;
export type ConfiscationStatus = (typeof CONFISCATION_STATUSES)[number];

const CONFISCATION_MOVES: Record<ConfiscationStatus, readonly ConfiscationStatus[]> = {
  ordered: ['executed', 'annulled'],
  executed: ['returned_to_victims', 'annulled'],
  returned_to_victims: [],
  annulled: [],
};

/** ordered → executed | annulled; executed → returned_to_victims | annulled. */
export function canMoveConfiscation(from: ConfiscationStatus, to: ConfiscationStatus): boolean {
  return CONFISCATION_MOVES[from].includes(to);
}

// ---------------------------------------------------------------------------------------------
// Victim-witness protection measures

export const PROTECTION_MEASURES = [
  'anonymity',
  'screen',
  'video_link',
  'closed_hearing',
  'accompaniment',
  'relocation',
  'police_protection',
] as const;
export type ProtectionMeasure = (typeof PROTECTION_MEASURES)[number];

export const PROTECTION_STATUSES = ['requested', 'granted', 'refused', 'ended'] as const;
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];

const PROTECTION_MOVES: Record<ProtectionStatus, readonly ProtectionStatus[]> = {
  requested: ['granted', 'refused'],
  granted: ['ended'],
  refused: [],
  ended: [],
};

/** requested → granted | refused; granted → ended. */
export function canMoveProtection(from: ProtectionStatus, to: ProtectionStatus): boolean {
  return PROTECTION_MOVES[from].includes(to);
}

/** The court's decision (grant or refusal) carries the decision instant. */
export function isProtectionDecision(to: ProtectionStatus): boolean {
  return to === 'granted' || to === 'refused';
}
