import type {
  ACCOUNT_KINDS,
  DOCUMENT_TYPES,
  EVENT_KINDS,
  InvestigationCommand,
  InvestigationStatus,
  LOCATION_KINDS,
  NonPunishmentReview,
  OffenceCode,
  ORGANISATION_KINDS,
  PersonRole,
  TeamRole,
  VictimLinkBasis,
} from '#shared/domain/investigation.js';

/* Code → catalogue key, spelled out so typed keys and the catalogue test see every key. */
export const INVESTIGATION_STATUS_KEYS = {
  open: 'investigations.status.open',
  suspended: 'investigations.status.suspended',
  closed: 'investigations.status.closed',
} as const satisfies Record<InvestigationStatus, string>;

export const INVESTIGATION_STATUS_COLORS = {
  open: 'teal',
  suspended: 'orange',
  closed: 'gray',
} as const satisfies Record<InvestigationStatus, string>;

export const COMMAND_KEYS = {
  suspend: 'investigations.actions.suspend',
  resume: 'investigations.actions.resume',
  close: 'investigations.actions.close',
} as const satisfies Record<InvestigationCommand, string>;

export const TEAM_ROLE_KEYS = {
  lead: 'investigations.teamRoles.lead',
  member: 'investigations.teamRoles.member',
} as const satisfies Record<TeamRole, string>;

export const OFFENCE_KEYS = {
  trafficking_in_persons: 'investigations.offenceCodes.trafficking_in_persons',
  smuggling_of_migrants: 'investigations.offenceCodes.smuggling_of_migrants',
  document_fraud: 'investigations.offenceCodes.document_fraud',
  money_laundering: 'investigations.offenceCodes.money_laundering',
  corruption: 'investigations.offenceCodes.corruption',
  participation_in_organised_crime: 'investigations.offenceCodes.participation_in_organised_crime',
  forced_labour: 'investigations.offenceCodes.forced_labour',
  sexual_exploitation: 'investigations.offenceCodes.sexual_exploitation',
  child_exploitation: 'investigations.offenceCodes.child_exploitation',
  other: 'investigations.offenceCodes.other',
} as const satisfies Record<OffenceCode, string>;

export const PERSON_ROLE_KEYS = {
  suspect: 'investigations.personRoles.suspect',
  witness: 'investigations.personRoles.witness',
  person_of_interest: 'investigations.personRoles.person_of_interest',
} as const satisfies Record<PersonRole, string>;

export const DOCUMENT_TYPE_KEYS = {
  passport: 'investigations.documentTypes.passport',
  national_id: 'investigations.documentTypes.national_id',
  residence_permit: 'investigations.documentTypes.residence_permit',
  travel_document: 'investigations.documentTypes.travel_document',
  driving_licence: 'investigations.documentTypes.driving_licence',
  other: 'investigations.documentTypes.other',
} as const satisfies Record<(typeof DOCUMENT_TYPES)[number], string>;

export const ACCOUNT_KIND_KEYS = {
  bank: 'investigations.accountKinds.bank',
  mobile_money: 'investigations.accountKinds.mobile_money',
  crypto: 'investigations.accountKinds.crypto',
  other: 'investigations.accountKinds.other',
} as const satisfies Record<(typeof ACCOUNT_KINDS)[number], string>;

export const ORGANISATION_KIND_KEYS = {
  network: 'investigations.organisationKinds.network',
  company: 'investigations.organisationKinds.company',
  other: 'investigations.organisationKinds.other',
} as const satisfies Record<(typeof ORGANISATION_KINDS)[number], string>;

export const EVENT_KIND_KEYS = {
  recruitment: 'investigations.eventKinds.recruitment',
  transport: 'investigations.eventKinds.transport',
  exploitation: 'investigations.eventKinds.exploitation',
  payment: 'investigations.eventKinds.payment',
  other: 'investigations.eventKinds.other',
} as const satisfies Record<(typeof EVENT_KINDS)[number], string>;

export const EVENT_KIND_COLORS = {
  recruitment: 'grape',
  transport: 'blue',
  exploitation: 'red',
  payment: 'yellow',
  other: 'gray',
} as const satisfies Record<(typeof EVENT_KINDS)[number], string>;

export const LOCATION_KIND_KEYS = {
  residence: 'investigations.locationKinds.residence',
  workplace: 'investigations.locationKinds.workplace',
  exploitation_site: 'investigations.locationKinds.exploitation_site',
  transit_point: 'investigations.locationKinds.transit_point',
  border_crossing: 'investigations.locationKinds.border_crossing',
  meeting_point: 'investigations.locationKinds.meeting_point',
  other: 'investigations.locationKinds.other',
} as const satisfies Record<(typeof LOCATION_KINDS)[number], string>;

export const REVIEW_KEYS = {
  none: 'investigations.review.none',
  pending: 'investigations.review.pending',
  not_applicable: 'investigations.review.not_applicable',
  applies: 'investigations.review.applies',
} as const satisfies Record<NonPunishmentReview, string>;

export const LINK_BASIS_KEYS = {
  consent: 'investigations.victims.bases.consent',
  legal_basis: 'investigations.victims.bases.legal_basis',
} as const satisfies Record<VictimLinkBasis, string>;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
