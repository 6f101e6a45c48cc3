import type {
  JitDetail,
  JitExtension,
  JitMember,
  JitSummary,
  JitWorkspaceEntry,
} from '#shared/contracts/jit.js';
import {
  effectiveJitStatus,
  isWorkspaceOpen,
  type JitMemberRole,
  type JitStatus,
} from '#shared/domain/jit.js';

type Open = (sealed: Buffer) => string;

export type JitSummaryRow = {
  id: string;
  reference: string;
  name: string;
  status: string;
  parties: { countryCode: string; authority: string }[];
  starts_on: string;
  ends_on: string;
  created_at: Date;
  version: number;
  my_role: string | null;
};

/** The status shown is the effective one: past its end date, an active agreement has expired. */
export function toJitSummary(row: JitSummaryRow, today: string): JitSummary {
  const agreement = {
    status: row.status as JitStatus,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    status: effectiveJitStatus(agreement, today),
    parties: row.parties.map((party) => ({
      countryCode: party.countryCode,
      authority: party.authority,
    })),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    myRole: row.my_role as JitMemberRole | null,
    isWorkspaceOpen: isWorkspaceOpen(agreement, today),
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

export function toJitMember(
  row: {
    id: string;
    user_id: string | null;
    external_name_sealed: Buffer | null;
    display_name: string | null;
    country_code: string;
    organisation: string;
    role: string;
    added_at: Date;
  },
  open: Open,
): JitMember {
  const externalName = row.external_name_sealed ? open(row.external_name_sealed) : null;
  return {
    id: row.id,
    kind: row.user_id ? 'local' : 'external',
    userId: row.user_id,
    name: row.display_name ?? externalName ?? '',
    countryCode: row.country_code,
    organisation: row.organisation,
    role: row.role as JitMemberRole,
    addedAt: row.added_at.toISOString(),
  };
}

export function toJitExtension(
  row: {
    previous_ends_on: string;
    new_ends_on: string;
    reason_sealed: Buffer;
    display_name: string | null;
    extended_at: Date;
  },
  open: Open,
): JitExtension {
  return {
    previousEndsOn: row.previous_ends_on,
    newEndsOn: row.new_ends_on,
    reason: open(row.reason_sealed),
    byName: row.display_name,
    at: row.extended_at.toISOString(),
  };
}

export function toJitDetail(
  summary: JitSummary,
  row: {
    scope_sealed: Buffer;
    investigation_id: string | null;
    coop_request_id: string | null;
    coop_request_reference: string | null;
    signed_on: string | null;
    terminated_at: Date | null;
    termination_reason_sealed: Buffer | null;
  },
  lists: { members: JitMember[]; extensions: JitExtension[] },
  open: Open,
): JitDetail {
  return {
    ...summary,
    scope: open(row.scope_sealed),
    investigationId: row.investigation_id,
    coopRequestId: row.coop_request_id,
    coopRequestReference: row.coop_request_reference,
    signedOn: row.signed_on,
    terminatedAt: row.terminated_at ? row.terminated_at.toISOString() : null,
    terminationReason: row.termination_reason_sealed ? open(row.termination_reason_sealed) : null,
    members: lists.members,
    extensions: lists.extensions,
  };
}

export function toWorkspaceEntry(
  row: {
    id: string;
    kind: string;
    body_sealed: Buffer;
    created_at: Date;
    display_name: string | null;
    external_name_sealed: Buffer | null;
    organisation: string;
  },
  open: Open,
): JitWorkspaceEntry {
  const externalName = row.external_name_sealed ? open(row.external_name_sealed) : null;
  return {
    id: row.id,
    kind: row.kind as JitWorkspaceEntry['kind'],
    body: open(row.body_sealed),
    authorName: row.display_name ?? externalName ?? '',
    authorOrganisation: row.organisation,
    createdAt: row.created_at.toISOString(),
  };
}
