import type { TraffickingStatus } from '#shared/domain/identification.js';
import type { ServiceCode } from '#shared/domain/services.js';
import type { CONSENT_PURPOSES, DATA_CATEGORIES } from '#shared/contracts/victims.js';

/* Code → catalogue key, spelled out so typed keys and the catalogue test see every key. */
export const TRAFFICKING_STATUS_KEYS = {
  NotScreened: 'traffickingStatus.NotScreened',
  PossibleVictimOfTrafficking: 'traffickingStatus.PossibleVictimOfTrafficking',
  PresumedVictimOfTrafficking: 'traffickingStatus.PresumedVictimOfTrafficking',
  ActualVictimOfTrafficking: 'traffickingStatus.ActualVictimOfTrafficking',
  NotAVictimOfTrafficking: 'traffickingStatus.NotAVictimOfTrafficking',
} as const satisfies Record<TraffickingStatus, string>;

export const STATUS_COLORS = {
  NotScreened: 'gray',
  PossibleVictimOfTrafficking: 'yellow',
  PresumedVictimOfTrafficking: 'orange',
  ActualVictimOfTrafficking: 'red',
  NotAVictimOfTrafficking: 'blue',
} as const satisfies Record<TraffickingStatus, string>;

export const SEXES = ['F', 'M', 'U'] as const;
export const SEX_KEYS = {
  F: 'victims.sexes.F',
  M: 'victims.sexes.M',
  U: 'victims.sexes.U',
} as const satisfies Record<(typeof SEXES)[number], string>;

export const DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'residence_permit',
  'travel_document',
  'other',
] as const;
export const DOCUMENT_TYPE_KEYS = {
  passport: 'victims.documentTypes.passport',
  national_id: 'victims.documentTypes.national_id',
  residence_permit: 'victims.documentTypes.residence_permit',
  travel_document: 'victims.documentTypes.travel_document',
  other: 'victims.documentTypes.other',
} as const satisfies Record<(typeof DOCUMENT_TYPES)[number], string>;

export const CONTACT_KINDS = ['phone', 'email', 'address'] as const;
export const CONTACT_KIND_KEYS = {
  phone: 'victims.contactKinds.phone',
  email: 'victims.contactKinds.email',
  address: 'victims.contactKinds.address',
} as const satisfies Record<(typeof CONTACT_KINDS)[number], string>;

export const PURPOSE_KEYS = {
  assistance: 'consent.purposes.assistance',
  investigation: 'consent.purposes.investigation',
  prosecution: 'consent.purposes.prosecution',
  statistics: 'consent.purposes.statistics',
} as const satisfies Record<(typeof CONSENT_PURPOSES)[number], string>;

export const DATA_CATEGORY_KEYS = {
  identity: 'consent.categories.identity',
  assistance: 'consent.categories.assistance',
  health: 'consent.categories.health',
  psychosocial: 'consent.categories.psychosocial',
} as const satisfies Record<(typeof DATA_CATEGORIES)[number], string>;

export const CONSENT_METHOD_KEYS = {
  signed_form: 'consent.methods.signed_form',
  verbal_witnessed: 'consent.methods.verbal_witnessed',
  legal_basis: 'consent.methods.legal_basis',
} as const;

export const GIVEN_BY_KEYS = {
  victim: 'consent.givenByValues.victim',
  guardian: 'consent.givenByValues.guardian',
  override: 'consent.givenByValues.override',
} as const;

export const SERVICE_KEYS = {
  shelter: 'services.shelter',
  medical: 'services.medical',
  psychosocial: 'services.psychosocial',
  legal_aid: 'services.legal_aid',
  interpretation: 'services.interpretation',
  documents: 'services.documents',
  assisted_voluntary_return: 'services.assisted_voluntary_return',
  reintegration: 'services.reintegration',
} as const satisfies Record<ServiceCode, string>;

export const HISTORY_BASIS_KEYS = {
  screening: 'victims.historyBasis.screening',
  decision: 'victims.historyBasis.decision',
  operation: 'victims.historyBasis.operation',
} as const;

export function isKeyIn<T extends object>(map: T, code: string): code is Extract<keyof T, string> {
  return Object.hasOwn(map, code);
}
