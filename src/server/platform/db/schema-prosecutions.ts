import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of prosecutions (anchor in
 * db/migrations/20261125090000_create_criminal_justice_anchors.sql, extended by later migrations).
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ProsecutionTable extends ProsecutionCourtColumns {
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

/** Columns migration 20261125110000 adds to the anchor. */
export interface ProsecutionCourtColumns {
  court_name: string | null;
  closing_reason: string | null;
  closed_at: Timestamp | null;
}

export interface ProsecutionMemberTable {
  prosecution_id: string;
  user_id: string;
  team_role: string;
  added_at: Timestamp;
  added_by_user_id: string | null;
}

export interface ProsecutionEventTable {
  id: string;
  prosecution_id: string;
  occurred_at: Timestamp;
  type: string;
  actor_user_id: string | null;
  /** jsonb: written with toJsonb, read back as an object. */
  data: ColumnType<Record<string, unknown>, string, never>;
}

export interface DefendantTable {
  id: string;
  prosecution_id: string;
  identity_sealed: Buffer;
  identity_blind_index: string | null;
  investigation_person_id: string | null;
  non_punishment_review: string;
  non_punishment_trigger: string | null;
  non_punishment_reason_sealed: Buffer | null;
  created_at: Timestamp;
  created_by_user_id: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ChargeTable {
  id: string;
  prosecution_id: string;
  defendant_id: string;
  offence_code: string;
  law_article: string;
  status: string;
  filed_at: Timestamp;
  filed_by_user_id: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface HearingTable {
  id: string;
  prosecution_id: string;
  kind: string;
  scheduled_at: Timestamp;
  outcome: string | null;
  next_scheduled_at: Timestamp | null;
  created_at: Timestamp;
  created_by_user_id: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface VerdictTable {
  id: string;
  prosecution_id: string;
  defendant_id: string;
  outcome: string;
  /** date: 'YYYY-MM-DD' (drivers configured alike). */
  decided_on: string;
  court_level: string;
  recorded_at: Timestamp;
  recorded_by_user_id: string;
}

export interface VerdictChargeTable {
  verdict_id: string;
  charge_id: string;
  outcome: string;
}

export interface SentenceTable {
  verdict_id: string;
  prison_months: number | null;
  is_suspended: boolean;
  /** numeric(14,2): a decimal string. */
  fine_amount: string | null;
  currency: string | null;
  other_measures_sealed: Buffer | null;
}

export interface ConfiscationOrderTable {
  id: string;
  prosecution_id: string;
  defendant_id: string | null;
  description_sealed: Buffer;
  /** numeric(14,2): a decimal string. */
  estimated_value: string | null;
  currency: string | null;
  status: string;
  ordered_at: Timestamp;
  ordered_by_user_id: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface WitnessProtectionMeasureTable {
  id: string;
  prosecution_id: string;
  case_id: string;
  measure: string;
  status: string;
  requested_at: Timestamp;
  requested_by_user_id: string;
  decided_at: Timestamp | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

/** Joint investigation teams (migration 20261125110500). */
export interface JitAgreementTable {
  id: string;
  reference: string;
  country_code: string;
  name: string;
  scope_sealed: Buffer;
  /** jsonb array of {countryCode, authority}. */
  parties: ColumnType<{ countryCode: string; authority: string }[], string, string>;
  starts_on: string;
  ends_on: string;
  status: string;
  signed_on: string | null;
  terminated_at: Timestamp | null;
  termination_reason_sealed: Buffer | null;
  investigation_id: string | null;
  coop_request_id: string | null;
  created_at: Timestamp;
  created_by_user_id: string;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface JitExtensionTable {
  id: string;
  agreement_id: string;
  previous_ends_on: string;
  new_ends_on: string;
  reason_sealed: Buffer;
  extended_by_user_id: string;
  extended_at: Timestamp;
}

export interface JitMemberTable {
  id: string;
  agreement_id: string;
  user_id: string | null;
  external_name_sealed: Buffer | null;
  country_code: string;
  organisation: string;
  role: string;
  added_at: Timestamp;
  added_by_user_id: string;
  removed_at: Timestamp | null;
  removed_by_user_id: string | null;
}

export interface JitWorkspaceEntryTable {
  id: string;
  agreement_id: string;
  author_member_id: string;
  kind: string;
  body_sealed: Buffer;
  created_at: Timestamp;
}

/** The prosecution and JIT tables, merged into `Database` (schema.ts). */
export interface ProsecutionTables {
  prosecution: ProsecutionTable;
  prosecution_member: ProsecutionMemberTable;
  prosecution_event: ProsecutionEventTable;
  defendant: DefendantTable;
  charge: ChargeTable;
  hearing: HearingTable;
  verdict: VerdictTable;
  verdict_charge: VerdictChargeTable;
  sentence: SentenceTable;
  confiscation_order: ConfiscationOrderTable;
  witness_protection_measure: WitnessProtectionMeasureTable;
  jit_agreement: JitAgreementTable;
  jit_extension: JitExtensionTable;
  jit_member: JitMemberTable;
  jit_workspace_entry: JitWorkspaceEntryTable;
}
