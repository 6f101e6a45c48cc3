import type { ColumnType, Generated } from 'kysely';

/** Row types of reintegration plans (db/migrations/20261123181000_create_reintegration.sql). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ReintegrationPlanTable {
  id: string;
  victim_id: string;
  case_status: string;
  start_date: string;
  follow_up_months: number[];
  goal_codes: string[];
  goal_descriptions_sealed: Buffer;
  closure_reason: string | null;
  closed_at: Timestamp | null;
  closed_by: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReintegrationFollowUpTable {
  id: string;
  plan_id: string;
  months_after_start: number;
  due_on: string;
  held_on: string | null;
  outcome: string | null;
  notes_sealed: Buffer | null;
  recorded_by: string | null;
  recorded_at: Timestamp | null;
  notified_at: Timestamp | null;
  cancelled_at: Timestamp | null;
}

export interface ReintegrationEventTable {
  id: string;
  plan_id: string;
  occurred_at: Timestamp;
  actor_user_id: string;
  type: string;
  from_status: string | null;
  to_status: string;
  follow_up_id: string | null;
  closure_reason: string | null;
}
