import type { CaseDetail, CaseSummary } from '#shared/contracts/cases.js';
import type { findCaseDetail } from './cases.repo.js';

type SummaryRow = {
  id: string;
  reference: string;
  kind: string;
  title: string;
  status: string;
  agency_id: string;
  opened_at: Date;
  source_tip_id: string | null;
};

export function toCaseSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind as CaseSummary['kind'],
    title: row.title,
    status: row.status as CaseSummary['status'],
    agencyId: row.agency_id,
    openedAt: row.opened_at.toISOString(),
    sourceTipId: row.source_tip_id,
  };
}

export function toCaseDetail(detail: Awaited<ReturnType<typeof findCaseDetail>>): CaseDetail {
  return {
    ...toCaseSummary(detail.kase),
    sourceTipReference: detail.kase.source_tip_reference,
    assignees: detail.assignees.map((user) => ({
      userId: user.id,
      displayName: user.display_name,
    })),
    events: detail.events.map((event) => ({
      at: event.occurred_at.toISOString(),
      type: event.type,
      actorName: event.display_name,
      note: null,
    })),
  };
}
