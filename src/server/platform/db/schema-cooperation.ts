import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of international cooperation requests (anchor in
 * db/migrations/20261125090000_create_criminal_justice_anchors.sql, extended by later migrations).
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

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
}
