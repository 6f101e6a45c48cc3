import type {
  ChargeOutcome,
  ChargeStatus,
  ConfiscationStatus,
  CourtLevel,
  HearingKind,
  HearingOutcome,
  NonPunishmentReview,
  NonPunishmentTrigger,
  ProsecutionClosingReason,
  ProsecutionStage,
  ProsecutionTeamRole,
  ProtectionMeasure,
  ProtectionStatus,
  VerdictOutcome,
} from '#shared/domain/prosecution.js';

/* Code → catalogue key, spelled out so typed keys and the catalogue test see every key. */
export const STAGE_KEYS = {
  investigation: 'prosecutions.stages.investigation',
  indictment: 'prosecutions.stages.indictment',
  trial: 'prosecutions.stages.trial',
  appeal: 'prosecutions.stages.appeal',
  closed: 'prosecutions.stages.closed',
} as const satisfies Record<ProsecutionStage, string>;

export const STAGE_COLORS = {
  investigation: 'gray',
  indictment: 'blue',
  trial: 'orange',
  appeal: 'grape',
  closed: 'dark',
} as const satisfies Record<ProsecutionStage, string>;

/** The button that moves a file to a stage. */
export const MOVE_KEYS = {
  investigation: 'prosecutions.stage.moveTo.investigation',
  indictment: 'prosecutions.stage.moveTo.indictment',
  trial: 'prosecutions.stage.moveTo.trial',
  appeal: 'prosecutions.stage.moveTo.appeal',
  closed: 'prosecutions.stage.moveTo.closed',
} as const satisfies Record<ProsecutionStage, string>;

export const CLOSING_REASON_KEYS = {
  discontinued: 'prosecutions.closingReasons.discontinued',
  judgment_final: 'prosecutions.closingReasons.judgment_final',
  merged: 'prosecutions.closingReasons.merged',
  other: 'prosecutions.closingReasons.other',
} as const satisfies Record<ProsecutionClosingReason, string>;

export const TEAM_ROLE_KEYS = {
  lead: 'prosecutions.teamRoles.lead',
  member: 'prosecutions.teamRoles.member',
} as const satisfies Record<ProsecutionTeamRole, string>;

export const REVIEW_KEYS = {
  none: 'prosecutions.review.status.none',
  pending: 'prosecutions.review.status.pending',
  not_applicable: 'prosecutions.review.status.not_applicable',
  applies: 'prosecutions.review.status.applies',
} as const satisfies Record<NonPunishmentReview, string>;

export const TRIGGER_KEYS = {
  investigation_flag: 'prosecutions.review.triggers.investigation_flag',
  victim_match: 'prosecutions.review.triggers.victim_match',
  manual: 'prosecutions.review.triggers.manual',
} as const satisfies Record<NonPunishmentTrigger, string>;

export const CHARGE_STATUS_KEYS = {
  filed: 'prosecutions.chargeStatus.filed',
  amended: 'prosecutions.chargeStatus.amended',
  withdrawn: 'prosecutions.chargeStatus.withdrawn',
  convicted: 'prosecutions.chargeStatus.convicted',
  acquitted: 'prosecutions.chargeStatus.acquitted',
  dismissed: 'prosecutions.chargeStatus.dismissed',
} as const satisfies Record<ChargeStatus, string>;

export const CHARGE_STATUS_COLORS = {
  filed: 'blue',
  amended: 'cyan',
  withdrawn: 'gray',
  convicted: 'red',
  acquitted: 'teal',
  dismissed: 'gray',
} as const satisfies Record<ChargeStatus, string>;

export const CHARGE_OUTCOME_KEYS = {
  convicted: 'prosecutions.chargeStatus.convicted',
  acquitted: 'prosecutions.chargeStatus.acquitted',
  dismissed: 'prosecutions.chargeStatus.dismissed',
} as const satisfies Record<ChargeOutcome, string>;

export const VERDICT_KEYS = {
  convicted: 'prosecutions.verdicts.outcomes.convicted',
  acquitted: 'prosecutions.verdicts.outcomes.acquitted',
  partially_convicted: 'prosecutions.verdicts.outcomes.partially_convicted',
  dismissed: 'prosecutions.verdicts.outcomes.dismissed',
} as const satisfies Record<VerdictOutcome, string>;

export const COURT_LEVEL_KEYS = {
  first_instance: 'prosecutions.verdicts.levels.first_instance',
  appeal: 'prosecutions.verdicts.levels.appeal',
} as const satisfies Record<CourtLevel, string>;

export const HEARING_KIND_KEYS = {
  preliminary: 'prosecutions.hearings.kinds.preliminary',
  trial: 'prosecutions.hearings.kinds.trial',
  appeal: 'prosecutions.hearings.kinds.appeal',
  sentencing: 'prosecutions.hearings.kinds.sentencing',
  other: 'prosecutions.hearings.kinds.other',
} as const satisfies Record<HearingKind, string>;

export const HEARING_OUTCOME_KEYS = {
  held: 'prosecutions.hearings.outcomes.held',
  adjourned: 'prosecutions.hearings.outcomes.adjourned',
  cancelled: 'prosecutions.hearings.outcomes.cancelled',
} as const satisfies Record<HearingOutcome, string>;

export const CONFISCATION_STATUS_KEYS = {
  ordered: 'prosecutions.confiscations.status.ordered',
  executed: 'prosecutions.confiscations.status.executed',
  returned_to_victims: 'prosecutions.confiscations.status.returned_to_victims',
  annulled: 'prosecutions.confiscations.status.annulled',
} as const satisfies Record<ConfiscationStatus, string>;

/** The button that moves a confiscation order to a status. */
export const CONFISCATION_MOVE_KEYS = {
  ordered: 'prosecutions.confiscations.status.ordered',
  executed: 'prosecutions.confiscations.moves.executed',
  returned_to_victims: 'prosecutions.confiscations.moves.returned_to_victims',
  annulled: 'prosecutions.confiscations.moves.annulled',
} as const satisfies Record<ConfiscationStatus, string>;

export const MEASURE_KEYS = {
  anonymity: 'prosecutions.protection.measures.anonymity',
  screen: 'prosecutions.protection.measures.screen',
  video_link: 'prosecutions.protection.measures.video_link',
  closed_hearing: 'prosecutions.protection.measures.closed_hearing',
  accompaniment: 'prosecutions.protection.measures.accompaniment',
  relocation: 'prosecutions.protection.measures.relocation',
  police_protection: 'prosecutions.protection.measures.police_protection',
} as const satisfies Record<ProtectionMeasure, string>;

export const PROTECTION_STATUS_KEYS = {
  requested: 'prosecutions.protection.status.requested',
  granted: 'prosecutions.protection.status.granted',
  refused: 'prosecutions.protection.status.refused',
  ended: 'prosecutions.protection.status.ended',
} as const satisfies Record<ProtectionStatus, string>;

/** The button that moves a protection measure to a status. */
export const PROTECTION_MOVE_KEYS = {
  requested: 'prosecutions.protection.status.requested',
  granted: 'prosecutions.protection.moves.granted',
  refused: 'prosecutions.protection.moves.refused',
  ended: 'prosecutions.protection.moves.ended',
} as const satisfies Record<ProtectionStatus, string>;

const EVENT_KEYS = {
  opened: 'prosecutions.events.opened',
  member_added: 'prosecutions.events.member_added',
  stage_changed: 'prosecutions.events.stage_changed',
  defendant_added: 'prosecutions.events.defendant_added',
  non_punishment_reviewed: 'prosecutions.events.non_punishment_reviewed',
  charge_filed: 'prosecutions.events.charge_filed',
  charge_updated: 'prosecutions.events.charge_updated',
  verdict_recorded: 'prosecutions.events.verdict_recorded',
  hearing_scheduled: 'prosecutions.events.hearing_scheduled',
  hearing_concluded: 'prosecutions.events.hearing_concluded',
  hearing_rescheduled: 'prosecutions.events.hearing_rescheduled',
  confiscation_ordered: 'prosecutions.events.confiscation_ordered',
  confiscation_updated: 'prosecutions.events.confiscation_updated',
  protection_requested: 'prosecutions.events.protection_requested',
  protection_updated: 'prosecutions.events.protection_updated',
} as const;

/** The catalogue key of a timeline event type; an unknown type (a newer server) has none. */
export function eventKey(type: string): (typeof EVENT_KEYS)[keyof typeof EVENT_KEYS] | null {
  return Object.hasOwn(EVENT_KEYS, type) ? EVENT_KEYS[type as keyof typeof EVENT_KEYS] : null;
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
