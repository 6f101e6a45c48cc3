import type {
  Charge,
  ConfiscationOrder,
  Defendant,
  Hearing,
  ProsecutionEvent,
  ProsecutionMember,
  ProsecutionSummary,
  ProtectionMeasure,
  Verdict,
} from '#shared/contracts/prosecutions.js';
import type { ProsecutionSummaryRow } from './prosecutions.repo.js';

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

export function toProsecutionSummary(row: ProsecutionSummaryRow): ProsecutionSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    stage: row.stage as ProsecutionSummary['stage'],
    closingReason: row.closing_reason as ProsecutionSummary['closingReason'],
    courtName: row.court_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    investigationId: row.investigation_id,
    openedAt: iso(row.opened_at),
    defendantCount: Number(row.defendant_count),
    chargeCount: Number(row.charge_count),
    verdictCount: Number(row.verdict_count),
    // A subquery's timestamptz comes back as a Date from both drivers, or null.
    nextHearingAt: row.next_hearing_at ? new Date(row.next_hearing_at).toISOString() : null,
    isMember: row.is_member,
    version: row.version,
  };
}

export function toMember(row: {
  user_id: string;
  display_name: string;
  agency_name: string;
  team_role: string;
  added_at: Date;
}): ProsecutionMember {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    agencyName: row.agency_name,
    teamRole: row.team_role as ProsecutionMember['teamRole'],
    addedAt: iso(row.added_at),
  };
}

export function toCharge(row: {
  id: string;
  offence_code: string;
  law_article: string;
  status: string;
  filed_at: Date;
  version: number;
}): Charge {
  return {
    id: row.id,
    offenceCode: row.offence_code as Charge['offenceCode'],
    lawArticle: row.law_article,
    status: row.status as Charge['status'],
    filedAt: iso(row.filed_at),
    version: row.version,
  };
}

/** Opened identity of a defendant, as sealed by addDefendant. */
export type DefendantView = Omit<Defendant, 'charges' | 'verdicts'>;

export function toDefendant(
  view: DefendantView,
  charges: readonly Charge[],
  verdicts: readonly Verdict[],
): Defendant {
  return {
    id: view.id,
    identity: {
      nameArabic: view.identity.nameArabic,
      nameLatin: view.identity.nameLatin,
      birthDate: view.identity.birthDate,
      birthYear: view.identity.birthYear,
      nationality: view.identity.nationality,
      sex: view.identity.sex,
    },
    investigationPersonId: view.investigationPersonId,
    nonPunishmentReview: view.nonPunishmentReview,
    nonPunishmentTrigger: view.nonPunishmentTrigger,
    nonPunishmentReason: view.nonPunishmentReason,
    charges: [...charges],
    verdicts: [...verdicts],
    createdAt: view.createdAt,
    version: view.version,
  };
}

export function toHearing(row: {
  id: string;
  kind: string;
  scheduled_at: Date;
  outcome: string | null;
  next_scheduled_at: Date | null;
  version: number;
}): Hearing {
  return {
    id: row.id,
    kind: row.kind as Hearing['kind'],
    scheduledAt: iso(row.scheduled_at),
    outcome: row.outcome as Hearing['outcome'],
    nextScheduledAt: isoOrNull(row.next_scheduled_at),
    version: row.version,
  };
}

export function toConfiscation(
  row: {
    id: string;
    defendant_id: string | null;
    estimated_value: string | null;
    currency: string | null;
    status: string;
    ordered_at: Date;
    version: number;
  },
  description: string,
): ConfiscationOrder {
  return {
    id: row.id,
    defendantId: row.defendant_id,
    description,
    estimatedValue: row.estimated_value,
    currency: row.currency,
    status: row.status as ConfiscationOrder['status'],
    orderedAt: iso(row.ordered_at),
    version: row.version,
  };
}

export function toProtectionMeasure(row: {
  id: string;
  case_reference: string;
  measure: string;
  status: string;
  requested_at: Date;
  decided_at: Date | null;
  version: number;
}): ProtectionMeasure {
  return {
    id: row.id,
    caseReference: row.case_reference,
    measure: row.measure as ProtectionMeasure['measure'],
    status: row.status as ProtectionMeasure['status'],
    requestedAt: iso(row.requested_at),
    decidedAt: isoOrNull(row.decided_at),
    version: row.version,
  };
}

/** Timeline data are codes, ids and dates; anything else is dropped. */
export function toProsecutionEvent(row: {
  occurred_at: Date;
  type: string;
  data: Record<string, unknown>;
  display_name: string | null;
}): ProsecutionEvent {
  const details: ProsecutionEvent['details'] = {};
  for (const [key, value] of Object.entries(row.data)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      details[key] = value as string | number | boolean | null;
    }
  }
  return { at: iso(row.occurred_at), type: row.type, actorName: row.display_name, details };
}
