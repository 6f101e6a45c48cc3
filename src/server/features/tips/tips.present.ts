import type { TipDetail, TipSummary } from '#shared/contracts/tips.js';
import { isOverdue, type TipStatus } from '#shared/domain/tip-triage.js';
import type { viewTip } from './tips.service.js';

type SummaryRow = {
  id: string;
  reference: string;
  received_at: Date;
  channel: string;
  category: string | null;
  priority: string;
  status: string;
  region_code: string | null;
  assigned_agency_id: string;
  assigned_agency_name: string;
  due_at: Date;
  first_action_at: Date | null;
  version: number;
};

export function toTipSummary(row: SummaryRow, now: Date): TipSummary {
  const status = row.status as TipStatus;
  return {
    id: row.id,
    reference: row.reference,
    receivedAt: row.received_at.toISOString(),
    channel: row.channel as TipSummary['channel'],
    category: row.category,
    priority: row.priority as TipSummary['priority'],
    status,
    regionCode: row.region_code,
    assignedAgencyId: row.assigned_agency_id,
    assignedAgencyName: row.assigned_agency_name,
    dueAt: row.due_at.toISOString(),
    firstActionAt: row.first_action_at?.toISOString() ?? null,
    isOverdue: isOverdue({ dueAt: row.due_at, firstActionAt: row.first_action_at, status }, now),
    version: row.version,
  };
}

export function toTipDetail(view: Awaited<ReturnType<typeof viewTip>>, now: Date): TipDetail {
  const contact = view.content.reporterContact;
  return {
    ...toTipSummary(view.tip, now),
    locationText: view.content.locationText,
    whatWasSeen: view.content.whatWasSeen,
    peopleInvolved: view.content.peopleInvolved,
    childInvolved: view.tip.child_involved,
    imminentDanger: view.tip.imminent_danger,
    isAnonymous: contact === null,
    reporterContact: contact
      ? {
          ...(contact.name ? { name: contact.name } : {}),
          ...(contact.phone ? { phone: contact.phone } : {}),
          ...(contact.email ? { email: contact.email } : {}),
        }
      : null,
    reporterLanguage: view.tip.reporter_language,
    closeReason: view.tip.close_reason,
    caseId: view.tip.case_id,
    attachments: view.attachments,
    events: view.events.map((event) => ({ ...event, at: event.at.toISOString() })),
  };
}
