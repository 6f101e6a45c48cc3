import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of international cooperation requests (anchor in
 * db/migrations/20261125090000_create_criminal_justice_anchors.sql, extended by
 * 20261125120000_cooperation_requests.sql).
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface CoopRequestTable {
  id: string;
  reference: string;
  country_code: string;
  direction: string;
  type: string;
  status: string;
  owner_agency_id: string;
  investigation_id: string | null;
  prosecution_id: string | null;
  foreign_country: string;
  created_at: Timestamp;
  created_by_user_id: string;
  version: Generated<number>;
  legal_basis: string | null;
  legal_basis_instrument: string | null;
  legal_basis_detail: string | null;
  channel: string | null;
  urgency: Generated<string>;
  language: string | null;
  translation_languages: Generated<string[]>;
  measures: Generated<string[]>;
  requesting_authority: string | null;
  requested_authority: string | null;
  foreign_reference: string | null;
  contents_sealed: Buffer;
  /** 'YYYY-MM-DD'. */
  due_on: string | null;
  sent_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  executed_at: Timestamp | null;
  closed_at: Timestamp | null;
  refusal_ground: string | null;
  escalation_level: Generated<number>;
  last_escalated_at: Timestamp | null;
  executing_agency_id: string | null;
  updated_at: Timestamp | null;
}

export interface CoopRequestEventTable {
  id: string;
  request_id: string;
  occurred_at: Timestamp;
  type: string;
  from_status: string | null;
  to_status: string | null;
  data: Json;
  transmission_reference: string | null;
  channel: string | null;
  foreign_reference: string | null;
  /** 'YYYY-MM-DD'. */
  receipt_on: string | null;
  note_sealed: Buffer | null;
  actor_user_id: string | null;
  actor_agency_id: string | null;
}

export interface CoopEvidenceTable {
  id: string;
  request_id: string;
  description_sealed: Buffer;
  item_count: number;
  received_from: string;
  received_at: Timestamp;
  received_by_user_id: string;
  recorded_at: Timestamp;
}

export interface CoopEvidenceCustodyTable {
  id: string;
  evidence_id: string;
  seq: number;
  action: string;
  holder: string;
  occurred_at: Timestamp;
  by_user_id: string;
  note_sealed: Buffer | null;
  prev_hash: string;
  hash: string;
}
