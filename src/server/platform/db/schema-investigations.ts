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
}
