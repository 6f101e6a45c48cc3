import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of prosecutions (anchor in
 * db/migrations/20261125090000_create_criminal_justice_anchors.sql, extended by later migrations).
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ProsecutionTable {
  id: string;
  reference: string;
  country_code: string;
  agency_id: string;
  investigation_id: string | null;
  title: string;
  stage: string;
  opened_at: Timestamp;
  opened_by_user_id: string;
  version: Generated<number>;
}
