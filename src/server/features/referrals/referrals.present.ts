import type { Provider, ReferralDetail, ReferralSummary } from '#shared/contracts/referrals.js';
import { isReferralOverdue, type ReferralStatus } from '#shared/domain/referral-lifecycle.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { ProviderRow } from './providers.repo.js';
import type { viewReferral } from './referrals.service.js';

export function toProvider(row: ProviderRow): Provider {
  return {
    id: row.id,
    countryCode: row.country_code,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    name: row.name,
    services: row.services as Provider['services'],
    languages: row.languages,
    regionCodes: row.region_codes,
    capacity: row.capacity,
    availablePlaces: row.available_places,
    isActive: row.is_active,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

type SummaryRow = {
  id: string;
  case_id: string;
  case_reference: string;
  provider_id: string;
  provider_name: string;
  referring_agency_id: string;
  referring_agency_name: string;
  receiving_agency_id: string;
  receiving_agency_name: string;
  services: string[];
  urgency: string;
  status: string;
  decline_reason: string | null;
  sent_at: Date;
  acceptance_due_at: Date;
  version: number;
};

/** The minimal summary both sides see: needs, urgency, case reference; never case content. */
export function toReferralSummary(row: SummaryRow, actor: Actor, now: Date): ReferralSummary {
  const status = row.status as ReferralStatus;
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    providerId: row.provider_id,
    providerName: row.provider_name,
    referringAgencyId: row.referring_agency_id,
    referringAgencyName: row.referring_agency_name,
    receivingAgencyId: row.receiving_agency_id,
    receivingAgencyName: row.receiving_agency_name,
    services: row.services as ReferralSummary['services'],
    urgency: row.urgency as ReferralSummary['urgency'],
    status,
    declineReason: row.decline_reason as ReferralSummary['declineReason'],
    sentAt: row.sent_at.toISOString(),
    acceptanceDueAt: row.acceptance_due_at.toISOString(),
    isOverdue: isReferralOverdue({ status, acceptanceDueAt: row.acceptance_due_at }, now),
    isSentByMyAgency: row.referring_agency_id === actor.agencyId,
    isReceivedByMyAgency: row.receiving_agency_id === actor.agencyId,
    version: row.version,
  };
}

export function toReferralDetail(
  view: Awaited<ReturnType<typeof viewReferral>>,
  actor: Actor,
  now: Date,
): ReferralDetail {
  return {
    ...toReferralSummary(view.referral, actor, now),
    reason: view.reason,
    events: view.events.map((event) => ({ ...event, at: event.at.toISOString() })),
  };
}
