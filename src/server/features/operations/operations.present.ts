import type { PersonIdentity } from '#shared/contracts/investigations.js';
import type {
  Arrest,
  OperationDetail,
  OperationSummary,
  Participant,
  Rescue,
  Seizure,
} from '#shared/contracts/operations.js';
import { countSeizuresByKind } from '#shared/domain/operation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { listVisibleOperations } from './operations.repo.js';
import type { OperationView } from './operation-view.service.js';

type Open = (sealed: Buffer) => string;
type Row<T extends readonly unknown[]> = T[number];
type Sex = Rescue['sex'];

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? iso(date) : null);

export function toOperationSummary(
  row: Awaited<ReturnType<typeof listVisibleOperations>>['items'][number],
  actor: Actor,
): OperationSummary {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    status: row.status as OperationSummary['status'],
    leadAgencyId: row.lead_agency_id,
    leadAgencyName: row.lead_agency_name,
    investigationId: row.investigation_id,
    plannedStart: iso(row.planned_start),
    plannedEnd: iso(row.planned_end),
    startedAt: isoOrNull(row.started_at),
    endedAt: isoOrNull(row.ended_at),
    isLedByMyAgency: row.lead_agency_id === actor.agencyId,
    version: row.version,
  };
}

function toParticipant(row: Row<OperationView['participants']>): Participant {
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    countryCode: row.country_code,
    authorityName: row.authority_name,
    role: row.role as Participant['role'],
    addedAt: iso(row.added_at),
  };
}

/** The victim case a rescue opened, never the person's identity (it lives behind the case). */
function toRescue(row: Row<OperationView['rescues']>, open: Open): Rescue {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    identifyingOfficerUserId: row.identifying_officer_user_id,
    identifyingOfficerName: row.identifying_officer_name,
    sex: row.sex as Sex,
    birthYear: row.birth_year,
    citizenship: row.citizenship,
    location: row.located_at_sealed ? open(row.located_at_sealed) : '',
    recordedAt: iso(row.recorded_at),
  };
}

function toArrest(row: Row<OperationView['arrests']>, open: Open): Arrest {
  return {
    id: row.id,
    identity: JSON.parse(open(row.identity_sealed)) as PersonIdentity,
    nationality: row.nationality,
    sex: row.sex as Sex,
    arrestedAt: iso(row.arrested_at),
    investigationPersonId: row.investigation_person_id,
    nonPunishmentReview: row.non_punishment_review as Arrest['nonPunishmentReview'],
    recordedAt: iso(row.recorded_at),
  };
}

function toSeizure(row: Row<OperationView['seizures']>, open: Open): Seizure {
  return {
    id: row.id,
    kind: row.kind as Seizure['kind'],
    quantity: row.quantity,
    unit: row.unit,
    estimatedValue: row.estimated_value,
    currency: row.currency,
    description: row.description_sealed ? open(row.description_sealed) : '',
    recordedAt: iso(row.recorded_at),
  };
}

/** Totals are counted from the outcome rows, so they can never drift from what was recorded. */
export function toOperationDetail(view: OperationView, actor: Actor, open: Open): OperationDetail {
  return {
    ...toOperationSummary(view.operation, actor),
    objective: view.operation.objective_sealed ? open(view.operation.objective_sealed) : '',
    cancelReason: view.operation.cancel_reason,
    participants: view.participants.map(toParticipant),
    rescues: view.rescues.map((row) => toRescue(row, open)),
    arrests: view.arrests.map((row) => toArrest(row, open)),
    seizures: view.seizures.map((row) => toSeizure(row, open)),
    totals: {
      rescued: view.rescues.length,
      arrested: view.arrests.length,
      seizuresByKind: countSeizuresByKind(view.seizures.map((row) => row.kind)),
    },
  };
}
