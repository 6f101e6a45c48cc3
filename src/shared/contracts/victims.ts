import { z } from 'zod';
import {
  DECISION_STATUSES,
  INDICATOR_ANSWERS,
  TRAFFICKING_STATUSES,
} from '../domain/identification.js';
import { SERVICE_CODES } from '../domain/services.js';
import { CountryCode, Id, Instant, Version } from './common.js';

export const CONSENT_PURPOSES = [
  'assistance',
  'investigation',
  'prosecution',
  'statistics',
] as const;
export const DATA_CATEGORIES = ['identity', 'assistance', 'health', 'psychosocial'] as const;

const Text = (max: number) => z.string().trim().min(1).max(max);
const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1');

export const VictimIdentity = z.strictObject({
  nameArabic: Text(200).nullable().default(null),
  nameLatin: Text(200).nullable().default(null),
  birthDate: z.iso.date().nullable().default(null),
  documents: z
    .array(
      z.strictObject({
        type: z.enum(['passport', 'national_id', 'residence_permit', 'travel_document', 'other']),
        number: Text(60),
        issuingCountry: CountryCode.nullable().default(null),
      }),
    )
    .max(10)
    .default([]),
  contacts: z
    .array(z.strictObject({ kind: z.enum(['phone', 'email', 'address']), value: Text(300) }))
    .max(10)
    .default([]),
});
export type VictimIdentity = z.infer<typeof VictimIdentity>;

const victimFields = {
  identity: VictimIdentity,
  sex: z.enum(['F', 'M', 'U']),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  citizenship: CountryCode.nullable().default(null),
  languages: z.array(LanguageCode).max(10).default([]),
  reflectionDays: z.number().int().min(0).max(365).nullable().default(null),
};

export const VictimCreateInput = z.strictObject(victimFields);
export const VictimUpdateInput = z.strictObject({
  identity: VictimIdentity.optional(),
  sex: z.enum(['F', 'M', 'U']).optional(),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  citizenship: CountryCode.nullable().optional(),
  languages: z.array(LanguageCode).max(10).optional(),
  version: Version,
});

export const ScreeningInput = z.strictObject({
  // Informed consent to the interview comes first (indicators.json usage notes).
  hasConsentToScreening: z.literal(true),
  hasInterpreter: z.boolean(),
  answers: z.record(z.string().regex(/^[A-Z_]{3,60}$/), z.enum(INDICATOR_ANSWERS)),
  recruitmentCodes: z.array(z.string().max(60)).max(20).default([]),
  controlCodes: z.array(z.string().max(60)).max(20).default([]),
  exploitationCodes: z.array(z.string().max(60)).max(20).default([]),
  notes: z.string().trim().max(5000).default(''),
});

export const ScreeningResult = z.object({
  id: Id,
  proposedStatus: z.enum(TRAFFICKING_STATUSES),
  firedIndicators: z.array(z.string()),
  statusAfter: z.enum(TRAFFICKING_STATUSES),
});

export const DecisionInput = z.strictObject({
  status: z.enum(DECISION_STATUSES),
  decidedOn: z.iso.date(),
  decidingBody: Text(200),
  legalBasis: Text(300),
  version: Version,
});

export const GuardianInput = z.strictObject({
  name: Text(200),
  relationship: Text(100),
  contact: z.string().trim().max(200).default(''),
  appointedOn: z.iso.date(),
  appointingBody: Text(200),
});

export const ConsentInput = z.strictObject({
  recipientAgencyId: Id,
  purpose: z.enum(CONSENT_PURPOSES),
  dataCategory: z.enum(DATA_CATEGORIES),
  method: z.enum(['signed_form', 'verbal_witnessed']),
  givenBy: z.enum(['victim', 'guardian']),
  witnessName: z.string().trim().max(200).default(''),
});

export const ConsentOverrideInput = z.strictObject({
  recipientAgencyId: Id,
  purpose: z.enum(CONSENT_PURPOSES),
  dataCategory: z.enum(DATA_CATEGORIES),
  legalBasis: Text(300),
  approverUserId: Id,
});

export const Consent = z.object({
  id: Id,
  recipientAgencyId: Id,
  recipientAgencyName: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  dataCategory: z.enum(DATA_CATEGORIES),
  method: z.enum(['signed_form', 'verbal_witnessed', 'legal_basis']),
  givenBy: z.enum(['victim', 'guardian', 'override']),
  legalBasis: z.string().nullable(),
  givenAt: Instant,
  withdrawnAt: Instant.nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const NeedsAssessmentInput = z.strictObject({
  needs: z.array(z.enum(SERVICE_CODES)).min(1).max(SERVICE_CODES.length),
  notes: z.string().trim().max(5000).default(''),
});

export const NeedsAssessment = z.object({
  id: Id,
  assessedAt: Instant,
  assessedByName: z.string().nullable(),
  needs: z.array(z.enum(SERVICE_CODES)),
  notes: z.string(),
});
export type NeedsAssessment = z.infer<typeof NeedsAssessment>;

export const StatusEvent = z.object({
  at: Instant,
  fromStatus: z.enum(TRAFFICKING_STATUSES),
  toStatus: z.enum(TRAFFICKING_STATUSES),
  /** operation: identified during a law-enforcement operation, by the officer named. */
  basis: z.enum(['screening', 'decision', 'operation']),
  actorName: z.string().nullable(),
  decidedOn: z.iso.date().nullable(),
  decidingBody: z.string().nullable(),
  legalBasis: z.string().nullable(),
  operationReference: z.string().nullable(),
  identifyingOfficerName: z.string().nullable(),
});

export const VictimDetail = z.object({
  id: Id,
  caseId: Id,
  /** Null when the reader may not see the identity of this (child) victim. */
  identity: z
    .object({
      nameArabic: z.string().nullable(),
      nameLatin: z.string().nullable(),
      birthDate: z.string().nullable(),
      documents: z.array(
        z.object({ type: z.string(), number: z.string(), issuingCountry: z.string().nullable() }),
      ),
      contacts: z.array(z.object({ kind: z.string(), value: z.string() })),
    })
    .nullable(),
  sex: z.enum(['F', 'M', 'U']),
  birthYear: z.number().int().nullable(),
  isChild: z.boolean(),
  citizenship: z.string().nullable(),
  languages: z.array(z.string()),
  traffickingStatus: z.enum(TRAFFICKING_STATUSES),
  reflectionEndsOn: z.string().nullable(),
  possibleDuplicateCount: z.number().int(),
  version: z.number().int(),
  statusHistory: z.array(StatusEvent),
  screenings: z.array(
    z.object({
      id: Id,
      conductedAt: Instant,
      proposedStatus: z.enum(TRAFFICKING_STATUSES),
      firedIndicators: z.array(z.string()),
    }),
  ),
  guardians: z.array(
    z.object({
      id: Id,
      appointedOn: z.string(),
      appointingBody: z.string(),
      isActive: z.boolean(),
    }),
  ),
  consents: z.array(Consent),
});
export type VictimDetail = z.infer<typeof VictimDetail>;

export const AssignmentInput = z.strictObject({ userId: Id });

export const DOCUMENT_KINDS = [
  'consent_form',
  'medical_report',
  'identity_document',
  'legal_document',
  'other',
] as const;
/** 5 MiB decoded: a scanned form or report, not a video. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const DocumentUploadInput = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string().trim().min(1).max(200),
  contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const VictimDocument = z.object({
  id: Id,
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: Instant,
  uploadedByName: z.string().nullable(),
});
export type VictimDocument = z.infer<typeof VictimDocument>;
