import type { AgencyKind, Role } from '#shared/domain/roles.js';
import type { CASE_KINDS, CASE_STATUSES } from '#shared/contracts/cases.js';
import type {
  TIP_CHANNELS,
  TIP_CLOSE_REASONS,
  TIP_PRIORITIES,
  TIP_STATUSES,
} from '#shared/contracts/tips.js';

/*
 * Code → catalogue key, spelled out literally: typed keys catch typos, and the catalogue test can
 * see that every key is used.
 */
export const ROLE_KEYS = {
  system_admin: 'roles.system_admin',
  national_coordinator: 'roles.national_coordinator',
  hotline_operator: 'roles.hotline_operator',
  case_worker: 'roles.case_worker',
  investigator: 'roles.investigator',
  prosecutor: 'roles.prosecutor',
  central_authority_officer: 'roles.central_authority_officer',
  notices_officer: 'roles.notices_officer',
  analyst: 'roles.analyst',
  partner: 'roles.partner',
  auditor: 'roles.auditor',
} as const satisfies Record<Role, string>;

export const AGENCY_KIND_KEYS = {
  ministry: 'agencyKinds.ministry',
  police: 'agencyKinds.police',
  prosecution: 'agencyKinds.prosecution',
  central_authority: 'agencyKinds.central_authority',
  labour_inspectorate: 'agencyKinds.labour_inspectorate',
  victim_services: 'agencyKinds.victim_services',
  shelter_ngo: 'agencyKinds.shelter_ngo',
  international_organisation: 'agencyKinds.international_organisation',
} as const satisfies Record<AgencyKind, string>;

export const TIP_STATUS_KEYS = {
  new: 'tipStatus.new',
  triaged: 'tipStatus.triaged',
  converted: 'tipStatus.converted',
  closed: 'tipStatus.closed',
} as const satisfies Record<(typeof TIP_STATUSES)[number], string>;

export const PRIORITY_KEYS = {
  urgent: 'priority.urgent',
  high: 'priority.high',
  normal: 'priority.normal',
  low: 'priority.low',
} as const satisfies Record<(typeof TIP_PRIORITIES)[number], string>;

export const CHANNEL_KEYS = {
  web_form: 'channel.web_form',
  hotline_phone: 'channel.hotline_phone',
  walk_in: 'channel.walk_in',
  email: 'channel.email',
  other: 'channel.other',
} as const satisfies Record<(typeof TIP_CHANNELS)[number], string>;

export const CLOSE_REASON_KEYS = {
  duplicate: 'closeReason.duplicate',
  insufficient_information: 'closeReason.insufficient_information',
  not_tip_or_som: 'closeReason.not_tip_or_som',
  referred_elsewhere: 'closeReason.referred_elsewhere',
  other: 'closeReason.other',
} as const satisfies Record<(typeof TIP_CLOSE_REASONS)[number], string>;

export const CASE_KIND_KEYS = {
  victim_case: 'caseKind.victim_case',
  lead: 'caseKind.lead',
} as const satisfies Record<(typeof CASE_KINDS)[number], string>;

export const CASE_STATUS_KEYS = {
  open: 'caseStatus.open',
  closed: 'caseStatus.closed',
} as const satisfies Record<(typeof CASE_STATUSES)[number], string>;

/** Event types the server writes to tip and case timelines; unknown ones show their code. */
export const EVENT_TYPE_KEYS: Record<string, EventTypeKey> = {
  received: 'eventType.received',
  triaged: 'eventType.triaged',
  rerouted: 'eventType.rerouted',
  converted: 'eventType.converted',
  closed: 'eventType.closed',
  opened: 'eventType.opened',
  assigned: 'eventType.assigned',
  transfer_requested: 'eventType.transfer_requested',
  transferred: 'eventType.transferred',
  transfer_declined: 'eventType.transfer_declined',
  transfer_cancelled: 'eventType.transfer_cancelled',
};
type EventTypeKey =
  | 'eventType.received'
  | 'eventType.triaged'
  | 'eventType.rerouted'
  | 'eventType.converted'
  | 'eventType.closed'
  | 'eventType.opened'
  | 'eventType.assigned'
  | 'eventType.transfer_requested'
  | 'eventType.transferred'
  | 'eventType.transfer_declined'
  | 'eventType.transfer_cancelled';

export function isKeyOf<T extends object>(map: T, code: string): code is Extract<keyof T, string> {
  return Object.hasOwn(map, code);
}
