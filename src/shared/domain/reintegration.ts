/**
 * Reintegration of a victim: a plan with goals, follow-ups scheduled in months after the start
 * date, and the HTCDS case status (cas_Status): Active → FollowUp → Closed | ClosedReferred.
 * Pure: today's date is always a parameter.
 */
export const REINTEGRATION_STATUSES = ['Active', 'FollowUp', 'Closed', 'ClosedReferred'] as const;
export type ReintegrationStatus = (typeof REINTEGRATION_STATUSES)[number];

export const CLOSED_STATUSES = ['Closed', 'ClosedReferred'] as const;
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

export const REINTEGRATION_GOAL_CODES = [
  'housing',
  'income',
  'education',
  'health',
  'family',
  'legal_status',
  'safety',
  'other',
] as const;

export const FOLLOW_UP_OUTCOMES = [
  'on_track',
  'needs_support',
  'lost_contact',
  're_trafficked_risk',
  'completed',
] as const;

/** Why a plan was closed: codes, so closures are countable and hold no personal data. */
export const CLOSURE_REASONS = [
  'goals_met',
  'moved_abroad',
  'declined_further_support',
  'referred_elsewhere',
  'deceased',
  'other',
] as const;

/** Follow-ups at 3, 6 and 12 months unless the plan sets its own schedule. */
export const DEFAULT_FOLLOW_UP_MONTHS: readonly number[] = [3, 6, 12];
export const MAX_FOLLOW_UP_MONTHS = 60;

export type ReintegrationEvent =
  | { type: 'follow_up_recorded' }
  | { type: 'plan_changed' }
  | { type: 'closed'; status: ClosedStatus };

export const isClosed = (status: ReintegrationStatus): boolean =>
  (CLOSED_STATUSES as readonly string[]).includes(status);

/**
 * The status after `event`, or null when the event is not possible in `status`. A recorded
 * follow-up moves an active plan into follow-up; only a plan in follow-up can be closed; a closed
 * plan changes no more.
 */
export function nextReintegrationStatus(
  status: ReintegrationStatus,
  event: ReintegrationEvent,
): ReintegrationStatus | null {
  if (isClosed(status)) return null;
  switch (event.type) {
    case 'follow_up_recorded':
      return 'FollowUp';
    case 'plan_changed':
      return status;
    case 'closed':
      return status === 'FollowUp' ? event.status : null;
  }
}

/** The schedule as stored: distinct months in ascending order. */
export function normaliseSchedule(months: readonly number[]): number[] {
  return [...new Set(months)].sort((a, b) => a - b);
}

/** `YYYY-MM-DD` plus whole months; the day is clamped to the month's end (31 Jan + 1 → 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)))
    .toISOString()
    .slice(0, 10);
}

/** The calendar date of an instant, in UTC (the node's dates are UTC dates). */
export const dateOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** A follow-up not held by its due date is overdue (computed at read time, never stored). */
export function isFollowUpOverdue(
  followUp: { dueOn: string; heldOn: string | null },
  today: string,
): boolean {
  return followUp.heldOn === null && followUp.dueOn < today;
}
