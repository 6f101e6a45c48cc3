/**
 * The lifecycle of an international cooperation request (MLA, extradition, ...).
 *
 * Outgoing: draft → checked (pre-send check passed) → sent (by the central authority) →
 * acknowledged → in_execution → partially_executed → executed; refused (with a ground) from sent,
 * acknowledged or in_execution; withdrawn from anything not yet executed or refused.
 * Incoming requests are recorded directly as `sent` (meaning received) and then follow the same
 * path. Pure: `now` is always a parameter.
 */
export const COOPERATION_STATUSES = [
  'draft',
  'checked',
  'sent',
  'acknowledged',
  'in_execution',
  'partially_executed',
  'executed',
  'refused',
  'withdrawn',
] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

export const COOPERATION_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type CooperationDirection = (typeof COOPERATION_DIRECTIONS)[number];

export const COOPERATION_URGENCIES = ['normal', 'urgent'] as const;
export type CooperationUrgency = (typeof COOPERATION_URGENCIES)[number];

/** Languages a request is written in (and translated into) on this platform. */
export const REQUEST_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

/**
 * Grounds for refusing assistance. There is deliberately no "fiscal matters" ground: UNTOC
 * art. 18(22) forbids refusing a request on the sole ground that it involves fiscal matters.
 */
export const REFUSAL_GROUNDS = [
  'dual_criminality',
  'political_offence',
  'prejudice_sovereignty_security',
  'ne_bis_in_idem',
  'insufficient_information',
  'disproportionate',
  'domestic_law_bars',
  'death_penalty_assurance',
  'other',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** The role in the case of a person named in a request. */
export const REQUEST_PERSON_ROLES = [
  'suspect',
  'accused',
  'sentenced_person',
  'witness',
  'victim',
  'expert',
  'other',
] as const;
export type RequestPersonRole = (typeof REQUEST_PERSON_ROLES)[number];

/** Steps of the chain of custody of evidence received from abroad. */
export const CUSTODY_ACTIONS = [
  'received',
  'transferred',
  'stored',
  'examined',
  'released',
  'returned',
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

export const COOPERATION_COMMANDS = [
  'check',
  'return',
  'send',
  'acknowledge',
  'start_execution',
  'partially_execute',
  'execute',
  'refuse',
  'withdraw',
] as const;
export type CooperationCommand = (typeof COOPERATION_COMMANDS)[number];

/** The URL segment of each command: POST /api/cooperation/requests/:id/<segment>. */
export const COOPERATION_COMMAND_PATH: Record<CooperationCommand, string> = {
  check: 'check',
  return: 'return',
  send: 'send',
  acknowledge: 'acknowledge',
  start_execution: 'start-execution',
  partially_execute: 'partially-execute',
  execute: 'execute',
  refuse: 'refuse',
  withdraw: 'withdraw',
};

/** Who may give a command: the drafting side, or only the national central authority. */
export type CooperationCommandSide = 'drafter' | 'central_authority' | 'executor';

export const COOPERATION_COMMAND_SIDE: Record<CooperationCommand, CooperationCommandSide> = {
  check: 'drafter',
  return: 'central_authority',
  send: 'central_authority',
  acknowledge: 'central_authority',
  start_execution: 'central_authority',
  partially_execute: 'executor',
  execute: 'executor',
  refuse: 'central_authority',
  withdraw: 'drafter',
};

const TRANSITIONS: Record<
  CooperationCommand,
  { from: readonly CooperationStatus[]; to: CooperationStatus; directions: readonly string[] }
> = {
  check: { from: ['draft'], to: 'checked', directions: ['outgoing'] },
  return: { from: ['checked'], to: 'draft', directions: ['outgoing'] },
  send: { from: ['checked'], to: 'sent', directions: ['outgoing'] },
  acknowledge: { from: ['sent'], to: 'acknowledged', directions: ['outgoing', 'incoming'] },
  start_execution: {
    from: ['sent', 'acknowledged'],
    to: 'in_execution',
    directions: ['outgoing', 'incoming'],
  },
  partially_execute: {
    from: ['in_execution'],
    to: 'partially_executed',
    directions: ['outgoing', 'incoming'],
  },
  execute: {
    from: ['in_execution', 'partially_executed'],
    to: 'executed',
    directions: ['outgoing', 'incoming'],
  },
  refuse: {
    from: ['sent', 'acknowledged', 'in_execution'],
    to: 'refused',
    directions: ['outgoing', 'incoming'],
  },
  withdraw: {
    from: ['draft', 'checked', 'sent', 'acknowledged', 'in_execution'],
    to: 'withdrawn',
    directions: ['outgoing', 'incoming'],
  },
};

/** The event type each command appends to coop_request_event. */
export const COOPERATION_EVENT_OF: Record<CooperationCommand, CooperationEventType> = {
  check: 'checked',
  return: 'returned',
  send: 'sent',
  acknowledge: 'acknowledged',
  start_execution: 'execution_started',
  partially_execute: 'partially_executed',
  execute: 'executed',
  refuse: 'refused',
  withdraw: 'withdrawn',
};

export const COOPERATION_EVENT_TYPES = [
  'drafted',
  'received',
  'edited',
  'checked',
  'returned',
  'sent',
  'acknowledged',
  'execution_started',
  'partially_executed',
  'executed',
  'refused',
  'withdrawn',
  'evidence_received',
  'reminded',
  'escalated',
  'diplomatic_follow_up',
] as const;
export type CooperationEventType = (typeof COOPERATION_EVENT_TYPES)[number];

/** The reducer: the next status, or null when the command is not allowed. */
export function nextCooperationStatus(
  current: CooperationStatus,
  command: CooperationCommand,
  direction: CooperationDirection,
): CooperationStatus | null {
  const transition = TRANSITIONS[command];
  if (!transition.directions.includes(direction)) return null;
  return transition.from.includes(current) ? transition.to : null;
}

/**
 * Contents can be edited while a request is a draft; editing a checked request sends it back to
 * draft, so it must pass the check again. Null: no longer editable (sent or later, or incoming).
 */
export function statusAfterEdit(
  current: CooperationStatus,
  direction: CooperationDirection,
): CooperationStatus | null {
  if (direction !== 'outgoing') return null;
  return current === 'draft' || current === 'checked' ? 'draft' : null;
}

export const CLOSED_COOPERATION_STATUSES: readonly CooperationStatus[] = [
  'executed',
  'refused',
  'withdrawn',
];

export function isCooperationClosed(status: CooperationStatus): boolean {
  return CLOSED_COOPERATION_STATUSES.includes(status);
}

/** Waiting on the other State: what the escalation ladder chases. */
export const AWAITING_STATUSES: readonly CooperationStatus[] = [
  'sent',
  'acknowledged',
  'in_execution',
  'partially_executed',
];

/** Request types an investigator may draft (police-to-police); any other needs a prosecutor. */
export const INVESTIGATOR_REQUEST_TYPES: readonly string[] = [
  'LAW_ENFORCEMENT_COOPERATION',
  'INFORMATION_EXCHANGE',
];

/** Default days after sending for each rung of the escalation ladder (country settings override). */
export const DEFAULT_LADDER_DAYS = { reminderDays: 30, escalationDays: 60, diplomaticDays: 90 };
export type LadderDays = typeof DEFAULT_LADDER_DAYS;

/** Rungs of the ladder: 1 reminder to the drafter, 2 escalation, 3 diplomatic follow-up. */
export const ESCALATION_LEVELS = [0, 1, 2, 3] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const ESCALATION_EVENT_OF: Record<1 | 2 | 3, CooperationEventType> = {
  1: 'reminded',
  2: 'escalated',
  3: 'diplomatic_follow_up',
};

const DAY_MS = 86_400_000;

/** The country's ladder with defaults filled in; urgent requests climb it twice as fast. */
export function ladderDays(
  settings: { [K in keyof LadderDays]?: number | null },
  urgency: CooperationUrgency,
): LadderDays {
  const days = {
    reminderDays: settings.reminderDays ?? DEFAULT_LADDER_DAYS.reminderDays,
    escalationDays: settings.escalationDays ?? DEFAULT_LADDER_DAYS.escalationDays,
    diplomaticDays: settings.diplomaticDays ?? DEFAULT_LADDER_DAYS.diplomaticDays,
  };
  if (urgency === 'normal') return days;
  const half = (n: number) => Math.max(1, Math.ceil(n / 2));
  return {
    reminderDays: half(days.reminderDays),
    escalationDays: half(days.escalationDays),
    diplomaticDays: half(days.diplomaticDays),
  };
}

/** Whole days elapsed since `from`. */
export function daysSince(from: Date, now: Date): number {
  return Math.floor((now.getTime() - from.getTime()) / DAY_MS);
}

/** The highest rung due `now` for a request sent at `sentAt` (0: none yet). */
export function escalationLevelDue(sentAt: Date, now: Date, days: LadderDays): EscalationLevel {
  const elapsed = daysSince(sentAt, now);
  if (elapsed >= days.diplomaticDays) return 3;
  if (elapsed >= days.escalationDays) return 2;
  if (elapsed >= days.reminderDays) return 1;
  return 0;
}

/** YYYY-MM-DD of an instant, in UTC. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/**
 * The answer is due: urgent requests by the reminder day, others by the escalation day (the
 * country's unhalved ladder), unless the drafter asked for an earlier date.
 */
export function dueOnAtSend(
  sentAt: Date,
  urgency: CooperationUrgency,
  countryDays: LadderDays,
  drafterDueOn: string | null,
): string {
  const days = urgency === 'urgent' ? countryDays.reminderDays : countryDays.escalationDays;
  const computed = addDays(isoDay(sentAt), days);
  return drafterDueOn !== null && drafterDueOn < computed ? drafterDueOn : computed;
}

/** Days past the due date (0 when not overdue); closed requests are never overdue. */
export function daysOverdue(
  request: { status: CooperationStatus; dueOn: string | null },
  now: Date,
): number {
  if (request.dueOn === null || isCooperationClosed(request.status)) return 0;
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  const due = Date.parse(`${request.dueOn}T00:00:00Z`);
  return Math.max(0, Math.round((today - due) / DAY_MS));
}

export function isCooperationOverdue(
  request: { status: CooperationStatus; dueOn: string | null },
  now: Date,
): boolean {
  return daysOverdue(request, now) > 0;
}

/**
 * Reference prefixes by request type, so staff tell an extradition file from an MLA request at a
 * glance (EXT-LBY-2026-000003). Types missing here (a newer reference list) fall back to `REQ`.
 */
const REFERENCE_PREFIXES: Readonly<Record<string, string>> = {
  MLA: 'MLA',
  SPONTANEOUS_INFORMATION: 'SPI',
  EXTRADITION: 'EXT',
  TRANSFER_SENTENCED_PERSONS: 'TSP',
  JOINT_INVESTIGATION: 'JIR',
  TRANSFER_PROCEEDINGS: 'TOP',
  LAW_ENFORCEMENT_COOPERATION: 'LEC',
  CONFISCATION_COOPERATION: 'CONF',
  VICTIM_REPATRIATION: 'REP',
  DOCUMENT_VERIFICATION: 'DOC',
  INFORMATION_EXCHANGE: 'INF',
  MIGRANT_RETURN: 'RET',
  VESSEL_BOARDING: 'VSL',
};

export function referencePrefixOf(type: string): string {
  return REFERENCE_PREFIXES[type] ?? 'REQ';
}
