import { z } from 'zod';
import { JIT_MEMBER_ROLES, JIT_STATUSES, JIT_WORKSPACE_KINDS } from '../domain/jit.js';
import { CountryCode, Id, Instant, Version } from './common.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
const IsoDate = z.iso.date();

export const JitStatus = z.enum(JIT_STATUSES);
export const JitMemberRole = z.enum(JIT_MEMBER_ROLES);
export const JitWorkspaceKind = z.enum(JIT_WORKSPACE_KINDS);

export const JitParty = z.strictObject({
  countryCode: CountryCode,
  /** The competent authority signing for that State. */
  authority: Text(200),
});
export type JitParty = z.infer<typeof JitParty>;

// ---------------------------------------------------------------------------------------------
// Inputs

export const JitCreateInput = z.strictObject({
  name: Text(200),
  /** Purpose and scope of the team: may describe suspects, so it is sealed. */
  scope: Text(5000),
  /** At least two States, including this node's country. */
  parties: z.array(JitParty).min(2).max(20),
  startsOn: IsoDate,
  endsOn: IsoDate,
  investigationId: Id.nullable().default(null),
  /** The cooperation request (type JIT) the agreement answers, if any. */
  coopRequestId: Id.nullable().default(null),
});
export type JitCreateInput = z.infer<typeof JitCreateInput>;

export const JitListQuery = z.strictObject({
  status: JitStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type JitListQuery = z.infer<typeof JitListQuery>;

export const JitActivateInput = z.strictObject({
  /** Date the last party signed; not in the future. */
  signedOn: IsoDate,
  version: Version,
});
export type JitActivateInput = z.infer<typeof JitActivateInput>;

export const JitTerminateInput = z.strictObject({
  reason: Text(2000),
  version: Version,
});
export type JitTerminateInput = z.infer<typeof JitTerminateInput>;

export const JitExtendInput = z.strictObject({
  newEndsOn: IsoDate,
  reason: Text(2000),
  version: Version,
});
export type JitExtendInput = z.infer<typeof JitExtendInput>;

/** A member is a local user of this node, or an external officer of another party. */
export const JitMemberInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('local'),
    userId: Id,
    role: JitMemberRole,
  }),
  z.strictObject({
    kind: z.literal('external'),
    name: Text(200),
    countryCode: CountryCode,
    organisation: Text(200),
    role: JitMemberRole,
  }),
]);
export type JitMemberInput = z.infer<typeof JitMemberInput>;

export const JitWorkspaceEntryInput = z.strictObject({
  kind: JitWorkspaceKind.default('note'),
  body: Text(10_000),
});
export type JitWorkspaceEntryInput = z.infer<typeof JitWorkspaceEntryInput>;

export const JitWorkspaceQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type JitWorkspaceQuery = z.infer<typeof JitWorkspaceQuery>;

export const JitMemberParams = z.strictObject({ id: Id, memberId: Id });

// ---------------------------------------------------------------------------------------------
// Outputs

export const JitPartyView = z.object({ countryCode: CountryCode, authority: z.string() });

export const JitSummary = z.object({
  id: Id,
  reference: z.string(),
  name: z.string(),
  /** Effective status: an active agreement past its end date reads as expired. */
  status: JitStatus,
  parties: z.array(JitPartyView),
  startsOn: IsoDate,
  endsOn: IsoDate,
  /** The caller's role in the team. */
  myRole: JitMemberRole.nullable(),
  isWorkspaceOpen: z.boolean(),
  createdAt: Instant,
  version: z.number().int(),
});
export type JitSummary = z.infer<typeof JitSummary>;

export const JitList = z.object({ items: z.array(JitSummary), total: z.number().int() });
export type JitList = z.infer<typeof JitList>;

export const JitMember = z.object({
  id: Id,
  kind: z.enum(['local', 'external']),
  userId: Id.nullable(),
  name: z.string(),
  countryCode: CountryCode,
  organisation: z.string(),
  role: JitMemberRole,
  addedAt: Instant,
});
export type JitMember = z.infer<typeof JitMember>;

export const JitExtension = z.object({
  previousEndsOn: IsoDate,
  newEndsOn: IsoDate,
  reason: z.string(),
  byName: z.string().nullable(),
  at: Instant,
});
export type JitExtension = z.infer<typeof JitExtension>;

export const JitDetail = JitSummary.extend({
  scope: z.string(),
  investigationId: Id.nullable(),
  coopRequestId: Id.nullable(),
  coopRequestReference: z.string().nullable(),
  signedOn: IsoDate.nullable(),
  terminatedAt: Instant.nullable(),
  terminationReason: z.string().nullable(),
  members: z.array(JitMember),
  extensions: z.array(JitExtension),
});
export type JitDetail = z.infer<typeof JitDetail>;

export const JitWorkspaceEntry = z.object({
  id: Id,
  kind: JitWorkspaceKind,
  body: z.string(),
  authorName: z.string(),
  authorOrganisation: z.string(),
  createdAt: Instant,
});
export type JitWorkspaceEntry = z.infer<typeof JitWorkspaceEntry>;

export const JitWorkspace = z.object({
  items: z.array(JitWorkspaceEntry),
  total: z.number().int(),
});
export type JitWorkspace = z.infer<typeof JitWorkspace>;
