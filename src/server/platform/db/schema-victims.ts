import type { ColumnType, Generated } from 'kysely';

/** Row types of the victim record (db/migrations/20261123170000_create_victims.sql and later). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface VictimTable {
  reflection_alerted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  id: string;
  case_id: string;
  identity_sealed: Buffer;
  identity_blind_index: string | null;
  sex: string;
  birth_year: number | null;
  is_child: boolean;
  citizenship: string | null;
  languages: string[];
  trafficking_status: string;
  reflection_ends_on: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface VictimScreeningTable {
  id: string;
  victim_id: string;
  conducted_at: Timestamp;
  conducted_by: string;
  answers: Json;
  recruitment_codes: string[];
  control_codes: string[];
  exploitation_codes: string[];
  fired_indicators: string[];
  proposed_status: string;
  has_interpreter: boolean;
  notes_sealed: Buffer | null;
}

export interface VictimStatusEventTable {
  id: string;
  victim_id: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  from_status: string;
  to_status: string;
  basis: string;
  screening_id: string | null;
  decided_on: string | null;
  deciding_body: string | null;
  legal_basis: string | null;
  operation_id: ColumnType<string | null, string | null | undefined, never>;
  identifying_officer_user_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface VictimGuardianTable {
  id: string;
  victim_id: string;
  identity_sealed: Buffer;
  appointed_on: string;
  appointing_body: string;
  recorded_by: string;
  recorded_at: Timestamp;
  ended_on: string | null;
}

export interface VictimConsentTable {
  id: string;
  victim_id: string;
  recipient_agency_id: string;
  purpose: string;
  data_category: string;
  method: string;
  given_by: string;
  witness_sealed: Buffer | null;
  legal_basis: string | null;
  approver_user_id: string | null;
  recorded_by: string;
  given_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
}

export interface VictimNeedsAssessmentTable {
  id: string;
  victim_id: string;
  assessed_at: Timestamp;
  assessed_by: string;
  needs: string[];
  notes_sealed: Buffer | null;
}

export interface VictimDocumentTable {
  id: string;
  victim_id: string;
  kind: string;
  filename_sealed: Buffer;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content_sealed: Buffer;
  uploaded_by: string;
  uploaded_at: Timestamp;
}
