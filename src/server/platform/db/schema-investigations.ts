import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of investigations and operations (anchors in
 * db/migrations/20261125090000_create_criminal_justice_anchors.sql, extended by later migrations).
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface InvestigationTable {
  id: string;
  reference: string;
  country_code: string;
  agency_id: string;
  title: string;
  status: string;
  opened_at: Timestamp;
  opened_by_user_id: string;
  closed_at: Timestamp | null;
  version: Generated<number>;
  summary_sealed: Buffer | null;
}

export interface InvestigationMemberTable {
  investigation_id: string;
  user_id: string;
  team_role: string;
  added_at: Timestamp;
  added_by_user_id: string | null;
}

export interface InvestigationPersonTable {
  id: string;
  investigation_id: string;
  role: string;
  identity_sealed: Buffer;
  identity_blind_index: Buffer | null;
  non_punishment_review: Generated<string>;
  created_at: Timestamp;
  created_by_user_id: string;
  version: Generated<number>;
  possible_victim: Generated<boolean>;
  victim_link_id: string | null;
  name_blind_indexes: Generated<string[]>;
  review_reason_sealed: Buffer | null;
  reviewed_at: Timestamp | null;
  reviewed_by_user_id: string | null;
}

export interface OperationTable {
  id: string;
  reference: string;
  country_code: string;
  lead_agency_id: string;
  investigation_id: string | null;
  name: string;
  status: string;
  created_at: Timestamp;
  created_by_user_id: string;
  version: Generated<number>;
  objective_sealed: Buffer | null;
  planned_start: Timestamp;
  planned_end: Timestamp;
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
  cancel_reason: string | null;
}

export interface InvestigationStatusChangeTable {
  id: string;
  investigation_id: string;
  occurred_at: Timestamp;
  actor_user_id: string;
  from_status: string;
  to_status: string;
}

export interface InvestigationOffenceTable {
  id: string;
  investigation_id: string;
  code: string;
  law_article: string;
  added_at: Timestamp;
  added_by_user_id: string;
}

export interface InvestigationVictimLinkTable {
  id: string;
  investigation_id: string;
  case_id: string;
  basis: string;
  consent_id: string | null;
  legal_basis: string | null;
  linked_by_user_id: string;
  linked_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by_user_id: string | null;
}

export interface InvestigationOrganisationTable {
  id: string;
  investigation_id: string;
  name: string;
  kind: string;
  country_code: string | null;
  notes_sealed: Buffer | null;
  member_person_ids: string[];
  added_at: Timestamp;
  added_by_user_id: string;
}

export interface InvestigationEventTable {
  id: string;
  investigation_id: string;
  /** `date`: a 'YYYY-MM-DD' string on both drivers. */
  occurred_on: string;
  kind: string;
  country_code: string | null;
  place_sealed: Buffer | null;
  description_sealed: Buffer;
  person_ids: string[];
  added_at: Timestamp;
  added_by_user_id: string;
}

export interface InvestigationLocationTable {
  id: string;
  investigation_id: string;
  label: string;
  kind: string;
  country_code: string | null;
  address_sealed: Buffer | null;
  added_at: Timestamp;
  added_by_user_id: string;
}

export interface InvestigationLeadTable {
  id: string;
  investigation_id: string;
  tip_id: string;
  linked_by_user_id: string;
  linked_at: Timestamp;
}

export interface OperationStatusChangeTable {
  id: string;
  operation_id: string;
  occurred_at: Timestamp;
  actor_user_id: string;
  from_status: string;
  to_status: string;
}

export interface OperationParticipantTable {
  id: string;
  operation_id: string;
  agency_id: string | null;
  country_code: string | null;
  authority_name: string | null;
  role: string;
  added_at: Timestamp;
  added_by_user_id: string;
}

export interface OperationBatchTable {
  operation_id: string;
  batch_id: string;
  kind: string;
  recorded_at: Timestamp;
  recorded_by_user_id: string;
}

export interface OperationRescueTable {
  id: string;
  operation_id: string;
  case_id: string;
  identifying_officer_user_id: string;
  recorded_at: Timestamp;
  recorded_by_user_id: string;
  sex: string;
  birth_year: number | null;
  citizenship: string | null;
  located_at_sealed: Buffer | null;
  batch_id: string | null;
}

export interface OperationArrestTable {
  id: string;
  operation_id: string;
  identity_sealed: Buffer;
  nationality: string | null;
  sex: string;
  arrested_at: Timestamp;
  investigation_person_id: string | null;
  recorded_at: Timestamp;
  recorded_by_user_id: string;
  batch_id: string | null;
}

/** `numeric` columns come back as strings on both drivers and are written as strings. */
export interface OperationSeizureTable {
  id: string;
  operation_id: string;
  kind: string;
  quantity: string;
  unit: string;
  estimated_value: string | null;
  currency: string | null;
  description_sealed: Buffer | null;
  recorded_at: Timestamp;
  recorded_by_user_id: string;
  batch_id: string | null;
}
