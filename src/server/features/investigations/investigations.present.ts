import type {
  InvestigationDetail,
  InvestigationPerson,
  InvestigationSummary,
  Lead,
  Location,
  Offence,
  Organisation,
  PersonIdentity,
  TeamMember,
  TimelineEvent,
  VictimLink,
} from '#shared/contracts/investigations.js';
import type { listTeamInvestigations } from './investigations.repo.js';
import type { InvestigationView } from './investigation-view.service.js';

type Open = (sealed: Buffer) => string;
type Row<T extends readonly unknown[]> = T[number];
type View = InvestigationView;

const iso = (date: Date) => date.toISOString();
const openOr = (open: Open, sealed: Buffer | null) => (sealed ? open(sealed) : '');

export function toInvestigationSummary(
  row: Awaited<ReturnType<typeof listTeamInvestigations>>['items'][number],
): InvestigationSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status as InvestigationSummary['status'],
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    openedAt: iso(row.opened_at),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    myTeamRole: row.team_role as InvestigationSummary['myTeamRole'],
    version: row.version,
  };
}

export function toOffence(row: Row<View['offences']>): Offence {
  return {
    id: row.id,
    code: row.code as Offence['code'],
    lawArticle: row.law_article,
    addedAt: iso(row.added_at),
  };
}

/** Says whether a review is required or how it was decided; never why. */
export function toInvestigationPerson(row: Row<View['persons']>, open: Open): InvestigationPerson {
  const review = row.non_punishment_review as InvestigationPerson['nonPunishmentReview'];
  return {
    id: row.id,
    role: row.role as InvestigationPerson['role'],
    identity: JSON.parse(open(row.identity_sealed)) as PersonIdentity,
    possibleVictim: row.possible_victim,
    victimLinkId: row.victim_link_id,
    nonPunishmentReview: review,
    isReviewRequired: review === 'pending',
    reviewReason: row.review_reason_sealed ? open(row.review_reason_sealed) : null,
    reviewedAt: row.reviewed_at ? iso(row.reviewed_at) : null,
    createdAt: iso(row.created_at),
    version: row.version,
  };
}

export function toOrganisation(row: Row<View['organisations']>, open: Open): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Organisation['kind'],
    countryCode: row.country_code,
    notes: openOr(open, row.notes_sealed),
    memberPersonIds: row.member_person_ids,
    addedAt: iso(row.added_at),
  };
}

export function toTimelineEvent(row: Row<View['events']>, open: Open): TimelineEvent {
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    kind: row.kind as TimelineEvent['kind'],
    countryCode: row.country_code,
    place: openOr(open, row.place_sealed),
    description: open(row.description_sealed),
    personIds: row.person_ids,
    addedAt: iso(row.added_at),
  };
}

export function toLocation(row: Row<View['locations']>, open: Open): Location {
  return {
    id: row.id,
    label: row.label,
    kind: row.kind as Location['kind'],
    countryCode: row.country_code,
    address: openOr(open, row.address_sealed),
    addedAt: iso(row.added_at),
  };
}

export function toLead(row: Row<View['leads']>): Lead {
  return {
    id: row.id,
    tipId: row.tip_id,
    tipReference: row.tip_reference,
    tipStatus: row.tip_status,
    linkedAt: iso(row.linked_at),
    linkedByName: row.linked_by_name,
  };
}

export function toVictimLink(row: Row<View['victimLinks']>): VictimLink {
  return {
    id: row.id,
    caseReference: row.case_reference,
    traffickingStatus: row.trafficking_status as VictimLink['traffickingStatus'],
    basis: row.basis as VictimLink['basis'],
    legalBasis: row.legal_basis,
    linkedAt: iso(row.linked_at),
    linkedByName: row.linked_by_name,
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
  };
}

export function toTeamMember(row: Row<View['team']>): TeamMember {
  return {
    userId: row.user_id,
    displayName: row.display_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    teamRole: row.team_role as TeamMember['teamRole'],
    addedAt: iso(row.added_at),
  };
}

export function toInvestigationDetail(view: View, open: Open): InvestigationDetail {
  return {
    ...toInvestigationSummary(view.file),
    summary: view.summary,
    offences: view.offences.map(toOffence),
    persons: view.persons.map((row) => toInvestigationPerson(row, open)),
    organisations: view.organisations.map((row) => toOrganisation(row, open)),
    events: view.events.map((row) => toTimelineEvent(row, open)),
    locations: view.locations.map((row) => toLocation(row, open)),
    leads: view.leads.map(toLead),
    victimLinks: view.victimLinks.map(toVictimLink),
    team: view.team.map(toTeamMember),
  };
}
