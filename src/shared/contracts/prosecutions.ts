import { z } from 'zod';
import {
  CHARGE_OUTCOMES,
  CHARGE_STATUSES,
  CHARGE_UPDATE_STATUSES,
  CONFISCATION_STATUSES,
  COURT_LEVELS,
  HEARING_KINDS,
  HEARING_OUTCOMES,
  DEFENDANT_REVIEW_OUTCOMES,
  NON_PUNISHMENT_REVIEWS,
  NON_PUNISHMENT_TRIGGERS,
  PROSECUTION_CLOSING_REASONS,
  PROSECUTION_OFFENCES,
  PROSECUTION_STAGES,
  PROSECUTION_TEAM_ROLES,
  PROTECTION_MEASURES,
  PROTECTION_STATUSES,
  VERDICT_OUTCOMES,
} from '../domain/prosecution.js';
import { CountryCode, Id, Instant, Version } from './common.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
const IsoDate = z.iso.date();
/** Money travels as a decimal string (numeric(14,2) in the database), never as a float. */
export const MoneyAmount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'decimal amount');
/** ISO 4217 alphabetic code. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code');

export const ProsecutionStage = z.enum(PROSECUTION_STAGES);
export const ProsecutionClosingReason = z.enum(PROSECUTION_CLOSING_REASONS);
export const ProsecutionOffence = z.enum(PROSECUTION_OFFENCES);
export const ProsecutionTeamRole = z.enum(PROSECUTION_TEAM_ROLES);
export const NonPunishmentReview = z.enum(NON_PUNISHMENT_REVIEWS);
export const NonPunishmentTrigger = z.enum(NON_PUNISHMENT_TRIGGERS);
export const ChargeStatus = z.enum(CHARGE_STATUSES);
export const ChargeOutcome = z.enum(CHARGE_OUTCOMES);
export const VerdictOutcome = z.enum(VERDICT_OUTCOMES);
export const CourtLevel = z.enum(COURT_LEVELS);
export const HearingKind = z.enum(HEARING_KINDS);
export const HearingOutcome = z.enum(HEARING_OUTCOMES);
export const ConfiscationStatus = z.enum(CONFISCATION_STATUSES);
export const ProtectionMeasureCode = z.enum(PROTECTION_MEASURES);
export const ProtectionStatus = z.enum(PROTECTION_STATUSES);

// ---------------------------------------------------------------------------------------------
// Inputs

export const ProsecutionCreateInput = z.strictObject({
  /** Working title; staff are told not to put names in it. */
  title: Text(200),
  courtName: Text(200).nullable().default(null),
  /** The investigation the case comes from (same country), if any. */
  investigationId: Id.nullable().default(null),
});
export type ProsecutionCreateInput = z.infer<typeof ProsecutionCreateInput>;

export const ProsecutionListQuery = z.strictObject({
  stage: ProsecutionStage.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ProsecutionListQuery = z.infer<typeof ProsecutionListQuery>;

/** Adds a prosecutor of the country to the need-to-know team. */
export const ProsecutionMemberInput = z.strictObject({
  userId: Id,
  teamRole: ProsecutionTeamRole.default('member'),
});
export type ProsecutionMemberInput = z.infer<typeof ProsecutionMemberInput>;

export const ProsecutionStageInput = z.strictObject({
  to: ProsecutionStage,
  /** Required when closing. */
  reason: ProsecutionClosingReason.optional(),
  version: Version,
});
export type ProsecutionStageInput = z.infer<typeof ProsecutionStageInput>;

/** Sealed at rest; the court uses the names in both scripts. */
export const DefendantIdentity = z
  .strictObject({
    nameArabic: Text(200).nullable().default(null),
    nameLatin: Text(200).nullable().default(null),
    birthDate: IsoDate.nullable().default(null),
    birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
    nationality: CountryCode.nullable().default(null),
    sex: z.enum(['F', 'M', 'U']),
  })
  .refine((identity) => identity.nameArabic !== null || identity.nameLatin !== null, {
    path: ['nameLatin'],
    message: 'a name in Arabic or Latin script is required',
  });
export type DefendantIdentity = z.infer<typeof DefendantIdentity>;

export const DefendantCreateInput = z.strictObject({
  identity: DefendantIdentity,
  /** The person recorded in the linked investigation, if the defendant comes from it. */
  investigationPersonId: Id.nullable().default(null),
});
export type DefendantCreateInput = z.infer<typeof DefendantCreateInput>;

export const NonPunishmentReviewInput = z.strictObject({
  outcome: z.enum(DEFENDANT_REVIEW_OUTCOMES),
  /** The grounds of the review decision; may discuss the person, so it is sealed. */
  reason: Text(2000),
  version: Version,
});
export type NonPunishmentReviewInput = z.infer<typeof NonPunishmentReviewInput>;

export const ChargeCreateInput = z.strictObject({
  offenceCode: ProsecutionOffence,
  /** Article of national law, as cited in the indictment. */
  lawArticle: Text(300),
});
export type ChargeCreateInput = z.infer<typeof ChargeCreateInput>;

export const ChargeUpdateInput = z.strictObject({
  status: z.enum(CHARGE_UPDATE_STATUSES),
  /** An amendment may requalify the offence or change the article. */
  offenceCode: ProsecutionOffence.optional(),
  lawArticle: Text(300).optional(),
  version: Version,
});
export type ChargeUpdateInput = z.infer<typeof ChargeUpdateInput>;

export const HearingCreateInput = z.strictObject({
  kind: HearingKind,
  scheduledAt: Instant,
});
export type HearingCreateInput = z.infer<typeof HearingCreateInput>;

/** Either records the outcome of a scheduled hearing or moves its date (not both). */
export const HearingUpdateInput = z
  .strictObject({
    outcome: HearingOutcome.optional(),
    /** For `adjourned`: the date of the next hearing, scheduled at once. */
    nextScheduledAt: Instant.optional(),
    scheduledAt: Instant.optional(),
    version: Version,
  })
  .refine((input) => (input.outcome === undefined) !== (input.scheduledAt === undefined), {
    path: ['outcome'],
    message: 'give either an outcome or a new date',
  });
export type HearingUpdateInput = z.infer<typeof HearingUpdateInput>;

const hasCurrencyFor = (amount: string | null, currency: string | null) =>
  amount === null || currency !== null;

export const SentenceInput = z
  .strictObject({
    prisonMonths: z.number().int().min(0).max(1200).nullable().default(null),
    isSuspended: z.boolean().default(false),
    fineAmount: MoneyAmount.nullable().default(null),
    currency: CurrencyCode.nullable().default(null),
    /** Bans, expulsion, compensation to named victims: sealed. */
    otherMeasures: Text(2000).nullable().default(null),
  })
  .refine((sentence) => hasCurrencyFor(sentence.fineAmount, sentence.currency), {
    path: ['currency'],
    message: 'a fine needs its currency',
  });
export type SentenceInput = z.infer<typeof SentenceInput>;

export const VerdictCreateInput = z.strictObject({
  outcome: VerdictOutcome,
  decidedOn: IsoDate,
  courtLevel: CourtLevel,
  /** One outcome for every charge of the defendant that is not withdrawn. */
  charges: z
    .array(z.strictObject({ chargeId: Id, outcome: ChargeOutcome }))
    .min(1)
    .max(100),
  sentence: SentenceInput.nullable().default(null),
});
export type VerdictCreateInput = z.infer<typeof VerdictCreateInput>;

export const ConfiscationCreateInput = z
  .strictObject({
    defendantId: Id.nullable().default(null),
    /** What is confiscated (property, accounts, vehicles): may identify persons, so sealed. */
    description: Text(2000),
    estimatedValue: MoneyAmount.nullable().default(null),
    currency: CurrencyCode.nullable().default(null),
  })
  .refine((order) => hasCurrencyFor(order.estimatedValue, order.currency), {
    path: ['currency'],
    message: 'a value needs its currency',
  });
export type ConfiscationCreateInput = z.infer<typeof ConfiscationCreateInput>;

export const ConfiscationUpdateInput = z.strictObject({
  status: ConfiscationStatus,
  version: Version,
});
export type ConfiscationUpdateInput = z.infer<typeof ConfiscationUpdateInput>;

export const ProtectionMeasureCreateInput = z.strictObject({
  /** The victim case of the witness; the prosecutor must be assigned to it. */
  victimCaseId: Id,
  measure: ProtectionMeasureCode,
});
export type ProtectionMeasureCreateInput = z.infer<typeof ProtectionMeasureCreateInput>;

export const ProtectionMeasureUpdateInput = z.strictObject({
  status: ProtectionStatus,
  /** When the court decided (grant or refusal); defaults to now. */
  decidedAt: Instant.optional(),
  version: Version,
});
export type ProtectionMeasureUpdateInput = z.infer<typeof ProtectionMeasureUpdateInput>;

// ---------------------------------------------------------------------------------------------
// Outputs

/** A row of the prosecution list: no personal data, so the coordinator's view is the same. */
export const ProsecutionSummary = z.object({
  id: Id,
  reference: z.string(),
  title: z.string(),
  stage: ProsecutionStage,
  closingReason: ProsecutionClosingReason.nullable(),
  courtName: z.string().nullable(),
  agencyId: Id,
  agencyName: z.string(),
  investigationId: Id.nullable(),
  openedAt: Instant,
  defendantCount: z.number().int(),
  chargeCount: z.number().int(),
  verdictCount: z.number().int(),
  nextHearingAt: Instant.nullable(),
  /** Whether the caller is on the need-to-know team (only members open the file). */
  isMember: z.boolean(),
  version: z.number().int(),
});
export type ProsecutionSummary = z.infer<typeof ProsecutionSummary>;

export const ProsecutionList = z.object({
  items: z.array(ProsecutionSummary),
  total: z.number().int(),
});
export type ProsecutionList = z.infer<typeof ProsecutionList>;

export const ProsecutionMember = z.object({
  userId: Id,
  displayName: z.string(),
  agencyName: z.string(),
  teamRole: ProsecutionTeamRole,
  addedAt: Instant,
});
export type ProsecutionMember = z.infer<typeof ProsecutionMember>;

export const Sentence = z.object({
  prisonMonths: z.number().int().nullable(),
  isSuspended: z.boolean(),
  fineAmount: MoneyAmount.nullable(),
  currency: CurrencyCode.nullable(),
  otherMeasures: z.string().nullable(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Verdict = z.object({
  id: Id,
  outcome: VerdictOutcome,
  decidedOn: IsoDate,
  courtLevel: CourtLevel,
  charges: z.array(z.object({ chargeId: Id, outcome: ChargeOutcome })),
  sentence: Sentence.nullable(),
  recordedAt: Instant,
});
export type Verdict = z.infer<typeof Verdict>;

export const Charge = z.object({
  id: Id,
  offenceCode: ProsecutionOffence,
  lawArticle: z.string(),
  status: ChargeStatus,
  filedAt: Instant,
  version: z.number().int(),
});
export type Charge = z.infer<typeof Charge>;

export const DefendantIdentityView = z.object({
  nameArabic: z.string().nullable(),
  nameLatin: z.string().nullable(),
  birthDate: IsoDate.nullable(),
  birthYear: z.number().int().nullable(),
  nationality: CountryCode.nullable(),
  sex: z.enum(['F', 'M', 'U']),
});

/**
 * A defendant as the prosecution team sees it. The review trigger is a code: the matching
 * victim's case is never named.
 */
export const Defendant = z.object({
  id: Id,
  identity: DefendantIdentityView,
  investigationPersonId: Id.nullable(),
  nonPunishmentReview: NonPunishmentReview,
  nonPunishmentTrigger: NonPunishmentTrigger.nullable(),
  nonPunishmentReason: z.string().nullable(),
  charges: z.array(Charge),
  verdicts: z.array(Verdict),
  createdAt: Instant,
  version: z.number().int(),
});
export type Defendant = z.infer<typeof Defendant>;

export const Hearing = z.object({
  id: Id,
  kind: HearingKind,
  scheduledAt: Instant,
  outcome: HearingOutcome.nullable(),
  nextScheduledAt: Instant.nullable(),
  version: z.number().int(),
});
export type Hearing = z.infer<typeof Hearing>;

export const ConfiscationOrder = z.object({
  id: Id,
  defendantId: Id.nullable(),
  description: z.string(),
  estimatedValue: MoneyAmount.nullable(),
  currency: CurrencyCode.nullable(),
  status: ConfiscationStatus,
  orderedAt: Instant,
  version: z.number().int(),
});
export type ConfiscationOrder = z.infer<typeof ConfiscationOrder>;

/** A protection measure names the victim case by its reference only, never its content. */
export const ProtectionMeasure = z.object({
  id: Id,
  caseReference: z.string(),
  measure: ProtectionMeasureCode,
  status: ProtectionStatus,
  requestedAt: Instant,
  decidedAt: Instant.nullable(),
  version: z.number().int(),
});
export type ProtectionMeasure = z.infer<typeof ProtectionMeasure>;

/** One step of the case timeline; details are codes and dates, never names. */
export const ProsecutionEvent = z.object({
  at: Instant,
  type: z.string(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type ProsecutionEvent = z.infer<typeof ProsecutionEvent>;

/** The whole file, for members of the prosecution team. */
export const ProsecutionDetail = ProsecutionSummary.extend({
  access: z.literal('member'),
  members: z.array(ProsecutionMember),
  defendants: z.array(Defendant),
  hearings: z.array(Hearing),
  confiscations: z.array(ConfiscationOrder),
  protectionMeasures: z.array(ProtectionMeasure),
  events: z.array(ProsecutionEvent),
});
export type ProsecutionDetail = z.infer<typeof ProsecutionDetail>;

/** The national coordinator's oversight view: stage and counts, no identities. */
export const ProsecutionOverview = ProsecutionSummary.extend({
  access: z.literal('overview'),
  hearingCount: z.number().int(),
  confiscationCount: z.number().int(),
  protectionMeasureCount: z.number().int(),
});
export type ProsecutionOverview = z.infer<typeof ProsecutionOverview>;

export const ProsecutionView = z.discriminatedUnion('access', [
  ProsecutionDetail,
  ProsecutionOverview,
]);
export type ProsecutionView = z.infer<typeof ProsecutionView>;

export const DefendantParams = z.strictObject({ id: Id, defendantId: Id });
export const ChargeParams = z.strictObject({ id: Id, defendantId: Id, chargeId: Id });
export const HearingParams = z.strictObject({ id: Id, hearingId: Id });
export const ConfiscationParams = z.strictObject({ id: Id, orderId: Id });
export const ProtectionMeasureParams = z.strictObject({ id: Id, measureId: Id });
