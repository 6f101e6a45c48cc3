import type { Consent, NeedsAssessment, VictimDetail } from '#shared/contracts/victims.js';
import type { listConsents, listNeedsAssessments } from './victims.repo.js';
import type { viewVictim } from './victims.service.js';

type ConsentRow = Awaited<ReturnType<typeof listConsents>>[number];
type NeedsRow = Awaited<ReturnType<typeof listNeedsAssessments>>[number];

export function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    recipientAgencyId: row.recipient_agency_id,
    recipientAgencyName: row.recipient_agency_name,
    purpose: row.purpose as Consent['purpose'],
    dataCategory: row.data_category as Consent['dataCategory'],
    method: row.method as Consent['method'],
    givenBy: row.given_by as Consent['givenBy'],
    legalBasis: row.legal_basis,
    givenAt: row.given_at.toISOString(),
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  };
}

export function toNeedsAssessment(
  row: NeedsRow,
  openText: (sealed: Buffer) => string,
): NeedsAssessment {
  return {
    id: row.id,
    assessedAt: row.assessed_at.toISOString(),
    assessedByName: row.display_name,
    needs: row.needs as NeedsAssessment['needs'],
    notes: row.notes_sealed ? openText(row.notes_sealed) : '',
  };
}

type Status = VictimDetail['traffickingStatus'];

export function toVictimDetail(view: Awaited<ReturnType<typeof viewVictim>>): VictimDetail {
  const { victim, identity } = view;
  return {
    id: victim.id,
    caseId: victim.case_id,
    identity: identity
      ? {
          nameArabic: identity.nameArabic,
          nameLatin: identity.nameLatin,
          birthDate: identity.birthDate,
          documents: identity.documents,
          contacts: identity.contacts,
        }
      : null,
    sex: victim.sex as VictimDetail['sex'],
    birthYear: victim.birth_year,
    isChild: victim.is_child,
    citizenship: victim.citizenship,
    languages: victim.languages,
    traffickingStatus: victim.trafficking_status as Status,
    reflectionEndsOn: victim.reflection_ends_on,
    possibleDuplicateCount: view.duplicates,
    version: victim.version,
    statusHistory: view.statusHistory.map((event) => ({
      at: event.occurred_at.toISOString(),
      fromStatus: event.from_status as Status,
      toStatus: event.to_status as Status,
      basis: event.basis as 'screening' | 'decision' | 'operation',
      actorName: event.display_name,
      decidedOn: event.decided_on,
      decidingBody: event.deciding_body,
      legalBasis: event.legal_basis,
      operationReference: event.operation_reference,
      identifyingOfficerName: event.identifying_officer_name,
    })),
    screenings: view.screenings.map((screening) => ({
      id: screening.id,
      conductedAt: screening.conducted_at.toISOString(),
      proposedStatus: screening.proposed_status as Status,
      firedIndicators: screening.fired_indicators,
    })),
    guardians: view.guardians.map((guardian) => ({
      id: guardian.id,
      appointedOn: guardian.appointed_on,
      appointingBody: guardian.appointing_body,
      isActive: guardian.ended_on === null,
    })),
    consents: view.consents.map(toConsent),
  };
}
