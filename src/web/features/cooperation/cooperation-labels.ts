import type { MissingItem } from '#shared/contracts/cooperation.js';
import type {
  CooperationCommand,
  CooperationDirection,
  CooperationEventType,
  CooperationStatus,
  CooperationUrgency,
  CustodyAction,
  RefusalGround,
  RequestPersonRole,
} from '#shared/domain/cooperation.js';
import type { MissingItemCode } from '#shared/domain/cooperation-check.js';
import {
  channelLabel,
  measureLabel,
  legalBasisLabel,
  regionalInstrumentLabel,
  typeLabel,
  type CooperationLabel,
} from '#shared/reference/cooperation-codes.js';
import type { Locale } from '#shared/i18n/locales.js';

/* Code → catalogue key, spelled out so the catalogue test sees every key used. */
export const STATUS_KEYS = {
  draft: 'cooperation.status.draft',
  checked: 'cooperation.status.checked',
  sent: 'cooperation.status.sent',
  acknowledged: 'cooperation.status.acknowledged',
  in_execution: 'cooperation.status.in_execution',
  partially_executed: 'cooperation.status.partially_executed',
  executed: 'cooperation.status.executed',
  refused: 'cooperation.status.refused',
  withdrawn: 'cooperation.status.withdrawn',
} as const satisfies Record<CooperationStatus, string>;

/** An incoming request is "sent" by the other State: to us it is received. */
export const INCOMING_SENT_KEY = 'cooperation.status.received';

export const STATUS_COLORS: Record<CooperationStatus, string> = {
  draft: 'gray',
  checked: 'cyan',
  sent: 'blue',
  acknowledged: 'indigo',
  in_execution: 'violet',
  partially_executed: 'grape',
  executed: 'green',
  refused: 'red',
  withdrawn: 'dark',
};

export const DIRECTION_KEYS = {
  outgoing: 'cooperation.direction.outgoing',
  incoming: 'cooperation.direction.incoming',
} as const satisfies Record<CooperationDirection, string>;

export const URGENCY_KEYS = {
  normal: 'cooperation.urgency.normal',
  urgent: 'cooperation.urgency.urgent',
} as const satisfies Record<CooperationUrgency, string>;

export const REFUSAL_GROUND_KEYS = {
  dual_criminality: 'cooperation.refusalGround.dual_criminality',
  political_offence: 'cooperation.refusalGround.political_offence',
  prejudice_sovereignty_security: 'cooperation.refusalGround.prejudice_sovereignty_security',
  ne_bis_in_idem: 'cooperation.refusalGround.ne_bis_in_idem',
  insufficient_information: 'cooperation.refusalGround.insufficient_information',
  disproportionate: 'cooperation.refusalGround.disproportionate',
  domestic_law_bars: 'cooperation.refusalGround.domestic_law_bars',
  death_penalty_assurance: 'cooperation.refusalGround.death_penalty_assurance',
  other: 'cooperation.refusalGround.other',
} as const satisfies Record<RefusalGround, string>;

export const PERSON_ROLE_KEYS = {
  suspect: 'cooperation.personRole.suspect',
  accused: 'cooperation.personRole.accused',
  sentenced_person: 'cooperation.personRole.sentenced_person',
  witness: 'cooperation.personRole.witness',
  victim: 'cooperation.personRole.victim',
  expert: 'cooperation.personRole.expert',
  other: 'cooperation.personRole.other',
} as const satisfies Record<RequestPersonRole, string>;

export const CUSTODY_ACTION_KEYS = {
  received: 'cooperation.custodyAction.received',
  transferred: 'cooperation.custodyAction.transferred',
  stored: 'cooperation.custodyAction.stored',
  examined: 'cooperation.custodyAction.examined',
  released: 'cooperation.custodyAction.released',
  returned: 'cooperation.custodyAction.returned',
} as const satisfies Record<CustodyAction, string>;

export const EVENT_KEYS = {
  drafted: 'cooperation.event.drafted',
  received: 'cooperation.event.received',
  edited: 'cooperation.event.edited',
  checked: 'cooperation.event.checked',
  returned: 'cooperation.event.returned',
  sent: 'cooperation.event.sent',
  acknowledged: 'cooperation.event.acknowledged',
  execution_started: 'cooperation.event.execution_started',
  partially_executed: 'cooperation.event.partially_executed',
  executed: 'cooperation.event.executed',
  refused: 'cooperation.event.refused',
  withdrawn: 'cooperation.event.withdrawn',
  evidence_received: 'cooperation.event.evidence_received',
  reminded: 'cooperation.event.reminded',
  escalated: 'cooperation.event.escalated',
  diplomatic_follow_up: 'cooperation.event.diplomatic_follow_up',
} as const satisfies Record<CooperationEventType, string>;

export const COMMAND_KEYS = {
  check: 'cooperation.commands.check',
  return: 'cooperation.commands.return',
  send: 'cooperation.commands.send',
  acknowledge: 'cooperation.commands.acknowledge',
  start_execution: 'cooperation.commands.start_execution',
  partially_execute: 'cooperation.commands.partially_execute',
  execute: 'cooperation.commands.execute',
  refuse: 'cooperation.commands.refuse',
  withdraw: 'cooperation.commands.withdraw',
} as const satisfies Record<CooperationCommand, string>;

/** 0 none, 1 reminder, 2 escalation to the head of the central authority, 3 diplomatic. */
export const ESCALATION_KEYS = [
  'cooperation.escalation.level0',
  'cooperation.escalation.level1',
  'cooperation.escalation.level2',
  'cooperation.escalation.level3',
] as const;

export const MISSING_KEYS = {
  requesting_authority: 'cooperation.missing.requesting_authority',
  requested_authority: 'cooperation.missing.requested_authority',
  subject_matter: 'cooperation.missing.subject_matter',
  nature_of_investigation: 'cooperation.missing.nature_of_investigation',
  summary_of_facts: 'cooperation.missing.summary_of_facts',
  assistance_sought: 'cooperation.missing.assistance_sought',
  person_identity: 'cooperation.missing.person_identity',
  person_location: 'cooperation.missing.person_location',
  person_nationality: 'cooperation.missing.person_nationality',
  purpose: 'cooperation.missing.purpose',
  legal_basis: 'cooperation.missing.legal_basis',
  legal_basis_detail: 'cooperation.missing.legal_basis_detail',
  language: 'cooperation.missing.language',
} as const satisfies Record<MissingItemCode, string>;

export type MissingKey =
  | (typeof MISSING_KEYS)[MissingItemCode]
  | 'cooperation.missing.measures'
  | 'cooperation.missing.no_person'
  | 'cooperation.missing.person_birth_date';

/**
 * The catalogue key of one missing item and the person it is about (1-based), read from the field
 * the check names: `contents.persons.2.location` is the third person's location.
 */
export function missingItemKey(item: MissingItem): { key: MissingKey; person: number | null } {
  const match = /^contents\.persons\.(\d+)\./.exec(item.field);
  const person = match?.[1] === undefined ? null : Number(match[1]) + 1;
  if (item.code === 'assistance_sought' && item.field === 'measures') {
    return { key: 'cooperation.missing.measures', person };
  }
  if (item.code === 'person_identity' && person === null) {
    return { key: 'cooperation.missing.no_person', person };
  }
  if (item.code === 'person_identity' && item.field.endsWith('.birthDate')) {
    return { key: 'cooperation.missing.person_birth_date', person };
  }
  return { key: MISSING_KEYS[item.code], person };
}

/* Labels of cooperation.json codes in the UI language; an unknown code shows as itself. */
const pick = (label: CooperationLabel | undefined, code: string, locale: Locale) =>
  label?.[locale] ?? code;

export const referenceLabels = (locale: Locale) => ({
  type: (code: string) => pick(typeLabel(code), code, locale),
  measure: (type: string, code: string) => pick(measureLabel(type, code), code, locale),
  legalBasis: (code: string) => pick(legalBasisLabel(code), code, locale),
  instrument: (code: string) => pick(regionalInstrumentLabel(code), code, locale),
  channel: (code: string) => pick(channelLabel(code), code, locale),
});
