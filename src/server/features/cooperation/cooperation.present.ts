import type {
  CooperationEvent,
  CooperationRequestDetail,
  CooperationRequestSummary,
} from '#shared/contracts/cooperation.js';
import { daysOverdue, type CooperationStatus } from '#shared/domain/cooperation.js';
import type { CooperationSummaryRow } from './cooperation.repo.js';
import type { CooperationView } from './cooperation-view.service.js';

type Summary = CooperationRequestSummary;
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toCooperationSummary(row: CooperationSummaryRow, now: Date): Summary {
  const status = row.status as CooperationStatus;
  const isIncoming = row.direction === 'incoming';
  const overdueDays = daysOverdue({ status, dueOn: row.due_on }, now);
  return {
    id: row.id,
    reference: row.reference,
    direction: row.direction as Summary['direction'],
    type: row.type,
    status,
    urgency: row.urgency as Summary['urgency'],
    foreignCountry: row.foreign_country,
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyName: row.owner_agency_name,
    executingAgencyId: row.executing_agency_id,
    executingAgencyName: row.executing_agency_name,
    legalBasis: row.legal_basis,
    channel: row.channel,
    language: row.language as Summary['language'],
    requestingAuthority: row.requesting_authority,
    requestedAuthority: row.requested_authority,
    foreignReference: row.foreign_reference,
    createdAt: row.created_at.toISOString(),
    sentAt: isIncoming ? null : iso(row.sent_at),
    receivedAt: isIncoming ? iso(row.sent_at) : null,
    acknowledgedAt: iso(row.acknowledged_at),
    executedAt: iso(row.executed_at),
    closedAt: iso(row.closed_at),
    dueOn: row.due_on,
    isOverdue: overdueDays > 0,
    daysOverdue: overdueDays,
    escalationLevel: row.escalation_level,
    refusalGround: row.refusal_ground as Summary['refusalGround'],
    version: row.version,
  };
}

/** Event data holds codes only; anything else is dropped rather than sent. */
function eventData(data: Record<string, unknown>): CooperationEvent['data'] {
  return Object.fromEntries(
    Object.entries(data).filter(
      (entry): entry is [string, string | number | boolean | null] =>
        entry[1] === null || ['string', 'number', 'boolean'].includes(typeof entry[1]),
    ),
  );
}

/**
 * The full request. The national coordinator oversees requests without the persons concerned:
 * `withPersons: false` sends `persons: null`.
 */
export function toCooperationDetail(
  view: CooperationView,
  now: Date,
  options: { withPersons: boolean },
): CooperationRequestDetail {
  const { row, contents } = view;
  return {
    ...toCooperationSummary(row, now),
    investigationId: row.investigation_id,
    prosecutionId: row.prosecution_id,
    legalBasisInstrument: row.legal_basis_instrument,
    legalBasisDetail: row.legal_basis_detail,
    translationLanguages:
      row.translation_languages as CooperationRequestDetail['translationLanguages'],
    measures: row.measures,
    contents: { ...contents, persons: options.withPersons ? contents.persons : null },
    events: view.events.map((event) => ({
      id: event.id,
      at: event.occurred_at.toISOString(),
      type: event.type,
      fromStatus: event.from_status as CooperationStatus | null,
      toStatus: event.to_status as CooperationStatus | null,
      data: eventData(event.data),
      transmissionReference: event.transmission_reference,
      channel: event.channel,
      foreignReference: event.foreign_reference,
      receiptOn: event.receipt_on,
      note: event.note,
      actorName: event.display_name,
      actorAgencyName: event.agency_name,
    })),
    evidence: view.evidence.map((item) => ({
      id: item.id,
      description: item.description,
      itemCount: item.itemCount,
      receivedFrom: item.receivedFrom,
      receivedAt: item.receivedAt.toISOString(),
      receivedByName: item.receivedByName,
      custody: item.custody.map((link) => ({
        seq: link.seq,
        action:
          link.action as CooperationRequestDetail['evidence'][number]['custody'][number]['action'],
        holder: link.holder,
        at: link.at.toISOString(),
        byName: link.byName,
        note: link.note,
        hash: link.hash,
      })),
      isChainIntact: item.isChainIntact,
    })),
    check: { isComplete: view.missing.length === 0, missing: view.missing },
  };
}
