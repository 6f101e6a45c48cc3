import type { Transfer } from '#shared/contracts/transfers.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import type { findTransfer } from './transfers.repo.js';

type Row = Awaited<ReturnType<typeof findTransfer>>;

export function toTransfer(row: Row, actor: Actor, sealer: Sealer): Transfer {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    caseKind: row.case_kind,
    fromAgencyId: row.from_agency_id,
    fromAgencyName: row.from_agency_name,
    toAgencyId: row.to_agency_id,
    toAgencyName: row.to_agency_name,
    reason: row.reason as Transfer['reason'],
    note: row.note_sealed ? sealer.openText(row.note_sealed) : '',
    status: row.status as Transfer['status'],
    declineReason: row.decline_reason as Transfer['declineReason'],
    requestedAt: row.requested_at.toISOString(),
    answeredAt: row.answered_at?.toISOString() ?? null,
    isIncoming: row.to_agency_id === actor.agencyId,
    version: row.version,
  };
}
