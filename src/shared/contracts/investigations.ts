import { z } from 'zod';
import { TRAFFICKING_STATUSES } from '../domain/identification.js';
import {
  ACCOUNT_KINDS,
  DOCUMENT_TYPES,
  EVENT_KINDS,
  INVESTIGATION_STATUSES,
  LOCATION_KINDS,
  NAME_SCRIPTS,
  NON_PUNISHMENT_OUTCOMES,
  NON_PUNISHMENT_REVIEWS,
  OFFENCE_CODES,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  TEAM_ROLES,
  VICTIM_LINK_BASES,
} from '../domain/investigation.js';
import { CountryCode, Id, Instant, Version } from './common.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
/** Narratives may name people: stored sealed, kept bounded. */
const Narrative = z.string().trim().max(20_000);

export const InvestigationStatus = z.enum(INVESTIGATION_STATUSES);
export const OffenceCode = z.enum(OFFENCE_CODES);
export const TeamRole = z.enum(TEAM_ROLES);
export const PersonRole = z.enum(PERSON_ROLES);
export const NonPunishmentReview = z.enum(NON_PUNISHMENT_REVIEWS);
export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export const EventKind = z.enum(EVENT_KINDS);
export const LocationKind = z.enum(LOCATION_KINDS);
export const VictimLinkBasis = z.enum(VICTIM_LINK_BASES);

// ---- Investigation file -------------------------------------------------------------------

export const InvestigationCreateInput = z.strictObject({
  /** Working title: staff are told not to put names in it. */
  title: Text(200),
  summary: Narrative.default(''),
});
export type InvestigationCreateInput = z.infer<typeof InvestigationCreateInput>;

export const InvestigationUpdateInput = z.strictObject({
  title: Text(200).optional(),
  summary: Narrative.optional(),
  version: Version,
});
export type InvestigationUpdateInput = z.infer<typeof InvestigationUpdateInput>;

/** suspend, resume, close. */
export const InvestigationCommandInput = z.strictObject({ version: Version });
export type InvestigationCommandInput = z.infer<typeof InvestigationCommandInput>;

export const InvestigationListQuery = z.strictObject({
  status: InvestigationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type InvestigationListQuery = z.infer<typeof InvestigationListQuery>;

export const InvestigationSummary = z.object({
  id: Id,
  reference: z.string(),
  title: z.string(),
  status: InvestigationStatus,
  agencyId: Id,
  agencyName: z.string(),
  openedAt: Instant,
  closedAt: Instant.nullable(),
  /** The caller's place on the team. */
  myTeamRole: TeamRole,
  version: z.number().int(),
});
export type InvestigationSummary = z.infer<typeof InvestigationSummary>;

export const InvestigationList = z.object({
  items: z.array(InvestigationSummary),
  total: z.number().int(),
});
export type InvestigationList = z.infer<typeof InvestigationList>;

// ---- Team --------------------------------------------------------------------------------

export const TeamMemberInput = z.strictObject({ userId: Id, teamRole: TeamRole });
export type TeamMemberInput = z.infer<typeof TeamMemberInput>;

export const TeamMember = z.object({
  userId: Id,
  displayName: z.string(),
  agencyId: Id,
  agencyName: z.string(),
  teamRole: TeamRole,
  addedAt: Instant,
});
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamList = z.object({ items: z.array(TeamMember) });
export type TeamList = z.infer<typeof TeamList>;

// ---- Offences ----------------------------------------------------------------------------

export const OffenceInput = z.strictObject({
  code: OffenceCode,
  /** The article of national law, e.g. "Law 2/2010 art. 3". */
  lawArticle: Text(200),
});
export type OffenceInput = z.infer<typeof OffenceInput>;

export const Offence = z.object({
  id: Id,
  code: OffenceCode,
  lawArticle: z.string(),
  addedAt: Instant,
});
export type Offence = z.infer<typeof Offence>;

// ---- Persons -----------------------------------------------------------------------------

export const PersonName = z.strictObject({ script: z.enum(NAME_SCRIPTS), value: Text(200) });
export type PersonName = z.infer<typeof PersonName>;

/** Everything that identifies a person of an investigation; sealed at rest as one JSON. */
export const PersonIdentity = z.strictObject({
  names: z.array(PersonName).min(1).max(10),
  aliases: z.array(PersonName).max(20).default([]),
  birthDate: z.iso.date().nullable().default(null),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  sex: z.enum(['F', 'M', 'U']).default('U'),
  nationality: CountryCode.nullable().default(null),
  documents: z
    .array(
      z.strictObject({
        type: z.enum(DOCUMENT_TYPES),
        number: Text(60),
        issuingCountry: CountryCode.nullable().default(null),
      }),
    )
    .max(20)
    .default([]),
  phones: z.array(Text(40)).max(20).default([]),
  accounts: z
    .array(z.strictObject({ kind: z.enum(ACCOUNT_KINDS), value: Text(120) }))
    .max(20)
    .default([]),
  vehicles: z
    .array(z.strictObject({ plate: Text(30), description: z.string().trim().max(200).default('') }))
    .max(20)
    .default([]),
  addresses: z.array(Text(300)).max(20).default([]),
});
export type PersonIdentity = z.infer<typeof PersonIdentity>;

export const PersonCreateInput = z.strictObject({
  role: PersonRole,
  identity: PersonIdentity,
  /** The officer believes the person may be a victim: a suspect then needs a review. */
  possibleVictim: z.boolean().default(false),
  /** The victim link of this investigation the person is (a suspect who is also a victim). */
  victimLinkId: Id.nullable().default(null),
});
export type PersonCreateInput = z.infer<typeof PersonCreateInput>;

export const PersonUpdateInput = z.strictObject({
  role: PersonRole.optional(),
  identity: PersonIdentity.optional(),
  possibleVictim: z.boolean().optional(),
  victimLinkId: Id.nullable().optional(),
  version: Version,
});
export type PersonUpdateInput = z.infer<typeof PersonUpdateInput>;

export const NonPunishmentReviewInput = z.strictObject({
  outcome: z.enum(NON_PUNISHMENT_OUTCOMES),
  reason: Text(2000),
  version: Version,
});
export type NonPunishmentReviewInput = z.infer<typeof NonPunishmentReviewInput>;

/**
 * A person of the file. `nonPunishmentReview` says only whether a review is required or how it
 * was decided, never why: no victim record is ever named here.
 */
export const InvestigationPerson = z.object({
  id: Id,
  role: PersonRole,
  identity: PersonIdentity,
  possibleVictim: z.boolean(),
  victimLinkId: Id.nullable(),
  nonPunishmentReview: NonPunishmentReview,
  isReviewRequired: z.boolean(),
  reviewReason: z.string().nullable(),
  reviewedAt: Instant.nullable(),
  createdAt: Instant,
  version: z.number().int(),
});
export type InvestigationPerson = z.infer<typeof InvestigationPerson>;

// ---- Organisations, events, locations ----------------------------------------------------

export const OrganisationInput = z.strictObject({
  name: Text(200),
  kind: OrganisationKind,
  countryCode: CountryCode.nullable().default(null),
  notes: z.string().trim().max(5000).default(''),
  memberPersonIds: z.array(Id).max(100).default([]),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  kind: OrganisationKind,
  countryCode: z.string().nullable(),
  notes: z.string(),
  memberPersonIds: z.array(Id),
  addedAt: Instant,
});
export type Organisation = z.infer<typeof Organisation>;

export const TimelineEventInput = z.strictObject({
  occurredOn: z.iso.date(),
  kind: EventKind,
  countryCode: CountryCode.nullable().default(null),
  place: z.string().trim().max(300).default(''),
  description: Text(5000),
  personIds: z.array(Id).max(100).default([]),
});
export type TimelineEventInput = z.infer<typeof TimelineEventInput>;

export const TimelineEvent = z.object({
  id: Id,
  occurredOn: z.iso.date(),
  kind: EventKind,
  countryCode: z.string().nullable(),
  place: z.string(),
  description: z.string(),
  personIds: z.array(Id),
  addedAt: Instant,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const LocationInput = z.strictObject({
  /** A label without names ("warehouse near the port"); the address is sealed. */
  label: Text(200),
  kind: LocationKind,
  countryCode: CountryCode.nullable().default(null),
  address: z.string().trim().max(500).default(''),
});
export type LocationInput = z.infer<typeof LocationInput>;

export const Location = z.object({
  id: Id,
  label: z.string(),
  kind: LocationKind,
  countryCode: z.string().nullable(),
  address: z.string(),
  addedAt: Instant,
});
export type Location = z.infer<typeof Location>;

// ---- Leads and victim links --------------------------------------------------------------

export const LeadInput = z.strictObject({ tipId: Id });
export type LeadInput = z.infer<typeof LeadInput>;

/** A tip linked as a lead: its reference and status only, never its content. */
export const Lead = z.object({
  id: Id,
  tipId: Id,
  tipReference: z.string(),
  tipStatus: z.string(),
  linkedAt: Instant,
  linkedByName: z.string().nullable(),
});
export type Lead = z.infer<typeof Lead>;

export const VictimLinkInput = z.discriminatedUnion('basis', [
  z.strictObject({
    caseId: Id,
    basis: z.literal('consent'),
    /** An active consent of the victim to the lead agency for investigation or prosecution. */
    consentId: Id,
  }),
  z.strictObject({
    caseId: Id,
    basis: z.literal('legal_basis'),
    /** The provision that allows the link without consent (prosecutors only). */
    legalBasis: Text(300),
  }),
]);
export type VictimLinkInput = z.infer<typeof VictimLinkInput>;

/** A linked victim: the case reference and trafficking status only, never assistance data. */
export const VictimLink = z.object({
  id: Id,
  caseReference: z.string(),
  traffickingStatus: z.enum(TRAFFICKING_STATUSES).nullable(),
  basis: VictimLinkBasis,
  legalBasis: z.string().nullable(),
  linkedAt: Instant,
  linkedByName: z.string().nullable(),
  revokedAt: Instant.nullable(),
});
export type VictimLink = z.infer<typeof VictimLink>;

// ---- The whole file ----------------------------------------------------------------------

export const InvestigationDetail = InvestigationSummary.extend({
  summary: z.string(),
  offences: z.array(Offence),
  persons: z.array(InvestigationPerson),
  organisations: z.array(Organisation),
  /** Ordered by date. */
  events: z.array(TimelineEvent),
  locations: z.array(Location),
  leads: z.array(Lead),
  victimLinks: z.array(VictimLink),
  team: z.array(TeamMember),
});
export type InvestigationDetail = z.infer<typeof InvestigationDetail>;

export const PersonParams = z.strictObject({ id: Id, personId: Id });
export const MemberParams = z.strictObject({ id: Id, userId: Id });
export const VictimLinkParams = z.strictObject({ id: Id, linkId: Id });
