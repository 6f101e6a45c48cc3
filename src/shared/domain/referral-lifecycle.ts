/**
 * The referral lifecycle of the national referral mechanism:
 * sent → accepted | declined; accepted → in_progress → completed; cancelled by the referring side
 * while sent, accepted or in progress. Pure: `now` is always a parameter.
 */
export const REFERRAL_STATUSES = [
  'sent',
  'accepted',
  'declined',
  'in_progress',
  'completed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_URGENCIES = ['urgent', 'normal'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** Why a provider declines a referral: codes, so the reason is countable and holds no PII. */
export const REFERRAL_DECLINE_REASONS = [
  'no_capacity',
  'service_not_offered',
  'outside_service_area',
  'not_eligible',
  'safety_concern',
  'other',
] as const;
export type ReferralDeclineReason = (typeof REFERRAL_DECLINE_REASONS)[number];

/** Hours the receiving provider has to accept or decline, from the moment the referral is sent. */
export const ACCEPTANCE_DEADLINE_HOURS: Record<ReferralUrgency, number> = {
  urgent: 24,
  normal: 72,
};

export function acceptanceDueAt(sentAt: Date, urgency: ReferralUrgency): Date {
  return new Date(sentAt.getTime() + ACCEPTANCE_DEADLINE_HOURS[urgency] * 3_600_000);
}

/** Still waiting for an answer after the acceptance deadline (computed at read time). */
export function isReferralOverdue(
  referral: { status: ReferralStatus; acceptanceDueAt: Date },
  now: Date,
): boolean {
  return referral.status === 'sent' && now.getTime() > referral.acceptanceDueAt.getTime();
}

export type ReferralCommand = 'accept' | 'decline' | 'start' | 'complete' | 'cancel';
/** Which side of a referral may give a command: the provider receiving it, or the case's agency. */
export type ReferralSide = 'receiving' | 'referring';

export const REFERRAL_COMMAND_SIDE: Record<ReferralCommand, ReferralSide> = {
  accept: 'receiving',
  decline: 'receiving',
  start: 'receiving',
  complete: 'receiving',
  cancel: 'referring',
};

const TRANSITIONS: Record<
  ReferralCommand,
  { from: readonly ReferralStatus[]; to: ReferralStatus }
> = {
  accept: { from: ['sent'], to: 'accepted' },
  decline: { from: ['sent'], to: 'declined' },
  start: { from: ['accepted'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  cancel: { from: ['sent', 'accepted', 'in_progress'], to: 'cancelled' },
};

/** The event type each command appends to referral_event. */
export const REFERRAL_EVENT_OF: Record<ReferralCommand, string> = {
  accept: 'accepted',
  decline: 'declined',
  start: 'started',
  complete: 'completed',
  cancel: 'cancelled',
};

/** The reducer: the next status, or null when the command is not allowed in `current`. */
export function nextReferralStatus(
  current: ReferralStatus,
  command: ReferralCommand,
): ReferralStatus | null {
  const transition = TRANSITIONS[command];
  return transition.from.includes(current) ? transition.to : null;
}

export function isReferralClosed(status: ReferralStatus): boolean {
  return status === 'declined' || status === 'completed' || status === 'cancelled';
}
