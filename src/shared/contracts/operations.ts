import { z } from 'zod';
import {
  MAX_PERSONS_PER_BATCH,
  OPERATION_STATUSES,
  PARTICIPANT_ROLES,
  SEIZURE_KINDS,
} from '../domain/operation.js';
import { CountryCode, Id, Instant, Version } from './common.js';
import { NonPunishmentReview, PersonIdentity } from './investigations.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1');
/** Decimals travel as strings: no float ever rounds a quantity or an amount. */
const Quantity = z.string().regex(/^\d{1,11}(\.\d{1,3})?$/, 'decimal, up to 3 places');
const Amount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'decimal, up to 2 places');
const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217');
/** A retry of the same request carries the same batch id and records nothing twice. */
const BatchId = Id.optional();

export const OperationStatus = z.enum(OPERATION_STATUSES);
export const ParticipantRole = z.enum(PARTICIPANT_ROLES);
export const SeizureKind = z.enum(SEIZURE_KINDS);

// ---- The operation -----------------------------------------------------------------------

export const OperationCreateInput = z
  .strictObject({
    /** Code name; no personal names. */
    name: Text(200),
    objective: z.string().trim().max(10_000).default(''),
    investigationId: Id.nullable().default(null),
    plannedStart: Instant,
    plannedEnd: Instant,
  })
  .refine((input) => Date.parse(input.plannedEnd) >= Date.parse(input.plannedStart), {
    path: ['plannedEnd'],
    message: 'ends before it starts',
  });
export type OperationCreateInput = z.infer<typeof OperationCreateInput>;

/** start, complete. */
export const OperationCommandInput = z.strictObject({ version: Version });
export type OperationCommandInput = z.infer<typeof OperationCommandInput>;

export const OperationCancelInput = z.strictObject({ version: Version, reason: Text(1000) });
export type OperationCancelInput = z.infer<typeof OperationCancelInput>;

export const OperationListQuery = z.strictObject({
  status: OperationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type OperationListQuery = z.infer<typeof OperationListQuery>;

export const OperationSummary = z.object({
  id: Id,
  reference: z.string(),
  name: z.string(),
  status: OperationStatus,
  leadAgencyId: Id,
  leadAgencyName: z.string(),
  investigationId: Id.nullable(),
  plannedStart: Instant,
  plannedEnd: Instant,
  startedAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  isLedByMyAgency: z.boolean(),
  version: z.number().int(),
});
export type OperationSummary = z.infer<typeof OperationSummary>;

export const OperationList = z.object({
  items: z.array(OperationSummary),
  total: z.number().int(),
});
export type OperationList = z.infer<typeof OperationList>;

// ---- Participants ------------------------------------------------------------------------

/** An agency of the country, or a foreign authority (country + name). */
export const ParticipantInput = z
  .strictObject({
    agencyId: Id.optional(),
    countryCode: CountryCode.optional(),
    authorityName: Text(200).optional(),
    role: ParticipantRole,
  })
  .refine(
    (input) =>
      input.agencyId !== undefined
        ? input.countryCode === undefined && input.authorityName === undefined
        : input.countryCode !== undefined && input.authorityName !== undefined,
    { path: ['agencyId'], message: 'either an agency, or a foreign country and authority name' },
  );
export type ParticipantInput = z.infer<typeof ParticipantInput>;

export const Participant = z.object({
  id: Id,
  agencyId: Id.nullable(),
  agencyName: z.string().nullable(),
  countryCode: z.string().nullable(),
  authorityName: z.string().nullable(),
  role: ParticipantRole,
  addedAt: Instant,
});
export type Participant = z.infer<typeof Participant>;

// ---- Outcomes ----------------------------------------------------------------------------

export const RescuedPersonInput = z.strictObject({
  sex: z.enum(['F', 'M', 'U']),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  citizenship: CountryCode.nullable().default(null),
  nameArabic: Text(200).nullable().default(null),
  nameLatin: Text(200).nullable().default(null),
  languages: z.array(LanguageCode).max(10).default([]),
  /** Where the person was found; sealed, shown to the operation's readers. */
  location: z.string().trim().max(300).default(''),
});
export type RescuedPersonInput = z.infer<typeof RescuedPersonInput>;

export const RescueInput = z.strictObject({
  batchId: BatchId,
  /** The officer who identified the persons: assigned to each new victim case. */
  identifyingOfficerUserId: Id,
  persons: z.array(RescuedPersonInput).min(1).max(MAX_PERSONS_PER_BATCH),
});
export type RescueInput = z.infer<typeof RescueInput>;

export const ArrestedPersonInput = z.strictObject({
  identity: PersonIdentity,
  arrestedAt: Instant,
  /** The officer believes the person may be a victim: the suspect record then needs a review. */
  possibleVictim: z.boolean().default(false),
});
export type ArrestedPersonInput = z.infer<typeof ArrestedPersonInput>;

export const ArrestInput = z.strictObject({
  batchId: BatchId,
  persons: z.array(ArrestedPersonInput).min(1).max(MAX_PERSONS_PER_BATCH),
});
export type ArrestInput = z.infer<typeof ArrestInput>;

export const SeizureInput = z
  .strictObject({
    batchId: BatchId,
    kind: SeizureKind,
    quantity: Quantity,
    unit: Text(30),
    estimatedValue: Amount.nullable().default(null),
    currency: CurrencyCode.nullable().default(null),
    description: z.string().trim().max(2000).default(''),
  })
  .refine((input) => (input.estimatedValue === null) === (input.currency === null), {
    path: ['currency'],
    message: 'a value needs its currency, and a currency a value',
  });
export type SeizureInput = z.infer<typeof SeizureInput>;

/** A rescued person as the operation shows it: the victim case it opened, no identity. */
export const Rescue = z.object({
  id: Id,
  caseId: Id,
  caseReference: z.string(),
  identifyingOfficerUserId: Id,
  identifyingOfficerName: z.string(),
  sex: z.enum(['F', 'M', 'U']),
  birthYear: z.number().int().nullable(),
  citizenship: z.string().nullable(),
  location: z.string(),
  recordedAt: Instant,
});
export type Rescue = z.infer<typeof Rescue>;

export const Arrest = z.object({
  id: Id,
  identity: PersonIdentity,
  nationality: z.string().nullable(),
  sex: z.enum(['F', 'M', 'U']),
  arrestedAt: Instant,
  /** The suspect record added to the operation's investigation, if it has one. */
  investigationPersonId: Id.nullable(),
  nonPunishmentReview: NonPunishmentReview.nullable(),
  recordedAt: Instant,
});
export type Arrest = z.infer<typeof Arrest>;

export const Seizure = z.object({
  id: Id,
  kind: SeizureKind,
  quantity: z.string(),
  unit: z.string(),
  estimatedValue: z.string().nullable(),
  currency: z.string().nullable(),
  description: z.string(),
  recordedAt: Instant,
});
export type Seizure = z.infer<typeof Seizure>;

/** Computed from the outcome rows, so a retried batch can never be counted twice. */
export const OperationTotals = z.object({
  rescued: z.number().int(),
  arrested: z.number().int(),
  seizuresByKind: z.record(SeizureKind, z.number().int()),
});
export type OperationTotals = z.infer<typeof OperationTotals>;

export const OperationDetail = OperationSummary.extend({
  objective: z.string(),
  cancelReason: z.string().nullable(),
  participants: z.array(Participant),
  rescues: z.array(Rescue),
  arrests: z.array(Arrest),
  seizures: z.array(Seizure),
  totals: OperationTotals,
});
export type OperationDetail = z.infer<typeof OperationDetail>;
