import { z } from 'zod';
import { MISSING_ITEM_CODES } from '../domain/cooperation-check.js';
import {
  COOPERATION_DIRECTIONS,
  COOPERATION_STATUSES,
  COOPERATION_URGENCIES,
  CUSTODY_ACTIONS,
  REFUSAL_GROUNDS,
  REQUEST_LANGUAGES,
  REQUEST_PERSON_ROLES,
} from '../domain/cooperation.js';
import {
  CHANNEL_CODES,
  COOPERATION_TYPE_CODES,
  LEGAL_BASIS_CODES,
  REGIONAL_INSTRUMENT_CODES,
} from '../reference/cooperation-codes.js';
import { CountryCode, Id, Instant, Version } from './common.js';

export const CooperationStatus = z.enum(COOPERATION_STATUSES);
export const CooperationDirection = z.enum(COOPERATION_DIRECTIONS);
export const CooperationUrgency = z.enum(COOPERATION_URGENCIES);
export const CooperationType = z.enum(COOPERATION_TYPE_CODES);
export const LegalBasisCode = z.enum(LEGAL_BASIS_CODES);
export const RegionalInstrumentCode = z.enum(REGIONAL_INSTRUMENT_CODES);
export const ChannelCode = z.enum(CHANNEL_CODES);
export const RequestLanguage = z.enum(REQUEST_LANGUAGES);
export const RefusalGround = z.enum(REFUSAL_GROUNDS);
export const RequestPersonRole = z.enum(REQUEST_PERSON_ROLES);
export const CustodyAction = z.enum(CUSTODY_ACTIONS);
export const MissingItemCode = z.enum(MISSING_ITEM_CODES);
/** Measure codes of the request's type (cooperation.json); the server checks they belong to it. */
export const MeasureCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'measure code');
const Day = z.iso.date();
/** ISO 639-1: annexes may be in any language. */
const AnnexLanguage = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code');

const ShortText = z.string().trim().max(300);
const LongText = z.string().trim().max(20_000);
/** Free text about the case or persons: sealed at rest. */
const Note = z.string().trim().min(3).max(2000);
const Reference = z.string().trim().min(1).max(100);

/** A person concerned by the request (UNTOC art. 18(15)(e)); sealed with the contents. */
export const RequestPerson = z.strictObject({
  names: z.strictObject({
    /** Names in Arabic script. */
    arabic: z.string().trim().max(300).nullable().default(null),
    /** Names in Latin script (as in passports). */
    latin: z.string().trim().max(300).nullable().default(null),
  }),
  birthDate: Day.nullable().default(null),
  nationality: CountryCode.nullable().default(null),
  /** Where the person is or lives (address, place of detention...). */
  location: z.string().trim().max(1000).nullable().default(null),
  role: RequestPersonRole,
});
export type RequestPerson = z.infer<typeof RequestPerson>;

export const RequestAnnex = z.strictObject({
  title: z.string().trim().min(1).max(300),
  pages: z.number().int().min(1).max(100_000).nullable().default(null),
  language: AnnexLanguage,
  isTranslation: z.boolean().default(false),
});
export type RequestAnnex = z.infer<typeof RequestAnnex>;

/**
 * The body of the request, sealed at rest. Drafts may be incomplete: empty strings are allowed
 * here and reported by the pre-send check.
 */
export const CooperationContents = z.strictObject({
  subjectMatter: LongText.default(''),
  natureOfInvestigation: LongText.default(''),
  summaryOfFacts: LongText.default(''),
  assistanceSought: LongText.default(''),
  /** A particular procedure the requesting State wishes followed (art. 18(15)(d)); optional. */
  procedure: LongText.default(''),
  purpose: LongText.default(''),
  persons: z.array(RequestPerson).max(50).default([]),
  annexes: z.array(RequestAnnex).max(100).default([]),
  /** The requesting State asks that the request and its contents be kept confidential. */
  isConfidential: z.boolean().default(false),
});
export type CooperationContents = z.infer<typeof CooperationContents>;

const PersonView = z.object({
  names: z.object({ arabic: z.string().nullable(), latin: z.string().nullable() }),
  birthDate: Day.nullable(),
  nationality: CountryCode.nullable(),
  location: z.string().nullable(),
  role: RequestPersonRole,
});

export const CooperationContentsView = z.object({
  subjectMatter: z.string(),
  natureOfInvestigation: z.string(),
  summaryOfFacts: z.string(),
  assistanceSought: z.string(),
  procedure: z.string(),
  purpose: z.string(),
  /** Null for the national coordinator, who reads requests without the persons. */
  persons: z.array(PersonView).nullable(),
  annexes: z.array(
    z.object({
      title: z.string(),
      pages: z.number().int().nullable(),
      language: z.string(),
      isTranslation: z.boolean(),
    }),
  ),
  isConfidential: z.boolean(),
});
export type CooperationContentsView = z.infer<typeof CooperationContentsView>;

/** Fields of an outgoing request its drafter sets and changes while it is a draft. */
const DraftFields = {
  urgency: CooperationUrgency.default('normal'),
  legalBasis: LegalBasisCode.nullable().default(null),
  legalBasisInstrument: RegionalInstrumentCode.nullable().default(null),
  /** Treaty reference, reciprocity undertaking, domestic law reference or instrument name. */
  legalBasisDetail: ShortText.nullable().default(null),
  language: RequestLanguage.nullable().default(null),
  translationLanguages: z.array(RequestLanguage).max(3).default([]),
  measures: z.array(MeasureCode).max(20).default([]),
  requestingAuthority: ShortText.nullable().default(null),
  requestedAuthority: ShortText.nullable().default(null),
  /** A date the drafter needs the answer by, when earlier than the ladder's. */
  dueOn: Day.nullable().default(null),
  contents: CooperationContents.prefault({}),
};

export const OutgoingRequestCreateInput = z.strictObject({
  direction: z.literal('outgoing'),
  type: CooperationType,
  foreignCountry: CountryCode,
  investigationId: Id.nullable().default(null),
  prosecutionId: Id.nullable().default(null),
  ...DraftFields,
});

/** An incoming request, recorded by the central authority on receipt (status `sent`). */
export const IncomingRequestCreateInput = z.strictObject({
  direction: z.literal('incoming'),
  type: CooperationType,
  foreignCountry: CountryCode,
  receivedAt: Instant,
  channel: ChannelCode,
  foreignReference: Reference,
  ...DraftFields,
});

export const CooperationRequestCreateInput = z.discriminatedUnion('direction', [
  OutgoingRequestCreateInput,
  IncomingRequestCreateInput,
]);
export type CooperationRequestCreateInput = z.infer<typeof CooperationRequestCreateInput>;

/** A PATCH of a draft (or checked request, which goes back to draft); absent fields stay. */
export const CooperationRequestUpdateInput = z.strictObject({
  version: Version,
  urgency: CooperationUrgency.optional(),
  legalBasis: LegalBasisCode.nullable().optional(),
  legalBasisInstrument: RegionalInstrumentCode.nullable().optional(),
  legalBasisDetail: ShortText.nullable().optional(),
  language: RequestLanguage.nullable().optional(),
  translationLanguages: z.array(RequestLanguage).max(3).optional(),
  measures: z.array(MeasureCode).max(20).optional(),
  requestingAuthority: ShortText.nullable().optional(),
  requestedAuthority: ShortText.nullable().optional(),
  dueOn: Day.nullable().optional(),
  /** Replaces the whole contents. */
  contents: CooperationContents.optional(),
});
export type CooperationRequestUpdateInput = z.infer<typeof CooperationRequestUpdateInput>;

export const CooperationCommandInput = z.strictObject({
  version: Version,
  note: Note.optional(),
});
export type CooperationCommandInput = z.infer<typeof CooperationCommandInput>;

/** Routing back to the drafter: the central authority says why. */
export const CooperationReturnInput = z.strictObject({ version: Version, reason: Note });
export type CooperationReturnInput = z.infer<typeof CooperationReturnInput>;

/** The sending receipt: how and under which transmission reference the request left. */
export const CooperationSendInput = z.strictObject({
  version: Version,
  channel: ChannelCode,
  transmissionReference: Reference,
  note: Note.optional(),
});
export type CooperationSendInput = z.infer<typeof CooperationSendInput>;

/**
 * The acknowledgement receipt: for an outgoing request, the other State's reference (required)
 * and date; for an incoming one, the date we acknowledged it.
 */
export const CooperationAcknowledgeInput = z.strictObject({
  version: Version,
  foreignReference: Reference.optional(),
  acknowledgedOn: Day,
  note: Note.optional(),
});
export type CooperationAcknowledgeInput = z.infer<typeof CooperationAcknowledgeInput>;

/** Incoming requests name the national agency that executes them. */
export const CooperationStartExecutionInput = z.strictObject({
  version: Version,
  executingAgencyId: Id.optional(),
  note: Note.optional(),
});
export type CooperationStartExecutionInput = z.infer<typeof CooperationStartExecutionInput>;

export const CooperationRefuseInput = z.strictObject({
  version: Version,
  ground: RefusalGround,
  note: Note.optional(),
});
export type CooperationRefuseInput = z.infer<typeof CooperationRefuseInput>;

export const CooperationListQuery = z.strictObject({
  direction: CooperationDirection.optional(),
  status: CooperationStatus.optional(),
  type: CooperationType.optional(),
  foreignCountry: CountryCode.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CooperationListQuery = z.infer<typeof CooperationListQuery>;

export const MissingItem = z.object({ code: MissingItemCode, field: z.string() });
export type MissingItem = z.infer<typeof MissingItem>;

/** The pre-send check: what is missing (empty: the request may be sent). */
export const CooperationCheckResult = z.object({
  isComplete: z.boolean(),
  missing: z.array(MissingItem),
});
export type CooperationCheckResult = z.infer<typeof CooperationCheckResult>;

/** The error messageKey of a check/send refused because the request is incomplete. */
export const COOPERATION_INCOMPLETE_MESSAGE_KEY = 'errors.cooperationIncomplete';
export const COOPERATION_INCOMPLETE_CODE = 'cooperation.incomplete';

export const CooperationRequestSummary = z.object({
  id: Id,
  reference: z.string(),
  direction: CooperationDirection,
  type: CooperationType,
  status: CooperationStatus,
  urgency: CooperationUrgency,
  foreignCountry: CountryCode,
  ownerAgencyId: Id,
  ownerAgencyName: z.string(),
  executingAgencyId: Id.nullable(),
  executingAgencyName: z.string().nullable(),
  legalBasis: LegalBasisCode.nullable(),
  channel: ChannelCode.nullable(),
  language: RequestLanguage.nullable(),
  requestingAuthority: z.string().nullable(),
  requestedAuthority: z.string().nullable(),
  foreignReference: z.string().nullable(),
  createdAt: Instant,
  /** Outgoing: when the central authority sent it. */
  sentAt: Instant.nullable(),
  /** Incoming: when it was received. */
  receivedAt: Instant.nullable(),
  acknowledgedAt: Instant.nullable(),
  executedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  dueOn: Day.nullable(),
  isOverdue: z.boolean(),
  daysOverdue: z.number().int(),
  /** 0 none, 1 reminder, 2 escalation to the central authority, 3 diplomatic follow-up. */
  escalationLevel: z.number().int(),
  refusalGround: RefusalGround.nullable(),
  version: z.number().int(),
});
export type CooperationRequestSummary = z.infer<typeof CooperationRequestSummary>;

export const CooperationRequestList = z.object({
  items: z.array(CooperationRequestSummary),
  total: z.number().int(),
});
export type CooperationRequestList = z.infer<typeof CooperationRequestList>;

export const CooperationEvent = z.object({
  id: Id,
  at: Instant,
  type: z.string(),
  fromStatus: CooperationStatus.nullable(),
  toStatus: CooperationStatus.nullable(),
  /** Codes only (refusal ground, escalation level, measures...). */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  transmissionReference: z.string().nullable(),
  channel: ChannelCode.nullable(),
  foreignReference: z.string().nullable(),
  receiptOn: Day.nullable(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  actorAgencyName: z.string().nullable(),
});
export type CooperationEvent = z.infer<typeof CooperationEvent>;

export const CustodyEntry = z.object({
  seq: z.number().int(),
  action: CustodyAction,
  holder: z.string(),
  at: Instant,
  byName: z.string().nullable(),
  note: z.string().nullable(),
  hash: z.string(),
});
export type CustodyEntry = z.infer<typeof CustodyEntry>;

export const CooperationEvidence = z.object({
  id: Id,
  description: z.string(),
  itemCount: z.number().int(),
  receivedFrom: z.string(),
  receivedAt: Instant,
  receivedByName: z.string().nullable(),
  custody: z.array(CustodyEntry),
  /** Every custody entry still matches its hash and its predecessor's. */
  isChainIntact: z.boolean(),
});
export type CooperationEvidence = z.infer<typeof CooperationEvidence>;

export const CooperationRequestDetail = CooperationRequestSummary.extend({
  investigationId: Id.nullable(),
  prosecutionId: Id.nullable(),
  legalBasisInstrument: RegionalInstrumentCode.nullable(),
  legalBasisDetail: z.string().nullable(),
  translationLanguages: z.array(RequestLanguage),
  measures: z.array(z.string()),
  contents: CooperationContentsView,
  events: z.array(CooperationEvent),
  evidence: z.array(CooperationEvidence),
  check: CooperationCheckResult,
});
export type CooperationRequestDetail = z.infer<typeof CooperationRequestDetail>;

export const EvidenceCreateInput = z.strictObject({
  description: z.string().trim().min(3).max(4000),
  itemCount: z.number().int().min(1).max(100_000),
  /** The foreign authority (or courier) the evidence came from. */
  receivedFrom: z.string().trim().min(1).max(300),
  receivedAt: Instant,
  /** Who holds it on receipt: the first link of the chain of custody. */
  holder: z.string().trim().min(1).max(300),
  note: Note.optional(),
});
export type EvidenceCreateInput = z.infer<typeof EvidenceCreateInput>;

export const CustodyCreateInput = z.strictObject({
  action: CustodyAction,
  holder: z.string().trim().min(1).max(300),
  note: Note.optional(),
});
export type CustodyCreateInput = z.infer<typeof CustodyCreateInput>;

export const EvidenceParams = z.strictObject({ id: Id, evidenceId: Id });

export const DocumentQuery = z.strictObject({ lang: RequestLanguage });

export const CooperationDashboard = z.object({
  /** Requests not closed and past draft, by other State and type. */
  pending: z.array(
    z.object({ foreignCountry: CountryCode, type: CooperationType, count: z.number().int() }),
  ),
  /** Days from sending to full execution, over executed requests. */
  executionTime: z.object({
    count: z.number().int(),
    averageDays: z.number().nullable(),
    p90Days: z.number().nullable(),
  }),
  overdue: z.array(
    z.object({
      id: Id,
      reference: z.string(),
      direction: CooperationDirection,
      type: CooperationType,
      foreignCountry: CountryCode,
      status: CooperationStatus,
      dueOn: Day,
      daysOverdue: z.number().int(),
      escalationLevel: z.number().int(),
    }),
  ),
});
export type CooperationDashboard = z.infer<typeof CooperationDashboard>;
