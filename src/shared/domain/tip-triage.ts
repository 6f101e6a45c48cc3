import type { TIP_PRIORITIES, TIP_STATUSES } from '../contracts/tips.js';

export type TipPriority = (typeof TIP_PRIORITIES)[number];
export type TipStatus = (typeof TIP_STATUSES)[number];

/** Hours to first action per priority: the SLA shown in the triage queue. */
export const FIRST_ACTION_SLA_HOURS: Record<TipPriority, number> = {
  urgent: 2,
  high: 24,
  normal: 48,
  low: 120,
};

/** A child or someone in immediate danger makes a tip urgent whatever else it says. */
export function initialPriority(facts: {
  childInvolved: boolean;
  imminentDanger: boolean;
}): TipPriority {
  return facts.childInvolved || facts.imminentDanger ? 'urgent' : 'normal';
}

export function firstActionDueAt(receivedAt: Date, priority: TipPriority): Date {
  return new Date(receivedAt.getTime() + FIRST_ACTION_SLA_HOURS[priority] * 3_600_000);
}

export function isOverdue(
  tip: { dueAt: Date; firstActionAt: Date | null; status: TipStatus },
  now: Date,
): boolean {
  return tip.firstActionAt === null && tip.status === 'new' && now.getTime() > tip.dueAt.getTime();
}

export type TipCommand = 'triage' | 'convert' | 'close';

const ALLOWED: Record<TipCommand, readonly TipStatus[]> = {
  triage: ['new', 'triaged'],
  // Conversion needs a triage decision first (category, priority, responsible agency).
  convert: ['triaged'],
  close: ['new', 'triaged'],
};

const NEXT_STATUS: Record<TipCommand, TipStatus> = {
  triage: 'triaged',
  convert: 'converted',
  close: 'closed',
};

/** The tip lifecycle: new → triaged → converted | closed. Returns null for a forbidden move. */
export function nextTipStatus(current: TipStatus, command: TipCommand): TipStatus | null {
  return ALLOWED[command].includes(current) ? NEXT_STATUS[command] : null;
}

export type RoutingRule = {
  regionCode: string | null;
  category: string | null;
  targetAgencyId: string;
};

/**
 * The most specific matching rule wins: region and category, then category only, then region
 * only, then the country's default rule (both null).
 */
export function pickRoutingRule(
  rules: readonly RoutingRule[],
  tip: { regionCode: string | null; category: string | null },
): RoutingRule | undefined {
  const specificity = (rule: RoutingRule) => (rule.category ? 2 : 0) + (rule.regionCode ? 1 : 0);
  return rules
    .filter(
      (rule) =>
        (rule.regionCode === null || rule.regionCode === tip.regionCode) &&
        (rule.category === null || rule.category === tip.category),
    )
    .sort((a, b) => specificity(b) - specificity(a))[0];
}
