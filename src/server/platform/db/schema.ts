import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type {
  ReferralEventTable,
  ReferralTable,
  ServiceProviderTable,
} from './schema-referrals.js';
import type {
  InvestigationEventTable,
  InvestigationLeadTable,
  InvestigationLocationTable,
  InvestigationMemberTable,
  InvestigationOffenceTable,
  InvestigationOrganisationTable,
  InvestigationPersonTable,
  InvestigationStatusChangeTable,
  InvestigationTable,
  InvestigationVictimLinkTable,
  OperationArrestTable,
  OperationBatchTable,
  OperationParticipantTable,
  OperationRescueTable,
  OperationSeizureTable,
  OperationStatusChangeTable,
  OperationTable,
} from './schema-investigations.js';
import type { ProsecutionTables } from './schema-prosecutions.js';
import type {
  CoopEvidenceCustodyTable,
  CoopEvidenceTable,
  CoopRequestEventTable,
  CoopRequestTable,
} from './schema-cooperation.js';
import type {
  VictimConsentTable,
  VictimDocumentTable,
  VictimGuardianTable,
  VictimNeedsAssessmentTable,
  VictimScreeningTable,
  VictimStatusEventTable,
  VictimTable,
} from './schema-victims.js';
import type {
  ReintegrationEventTable,
  ReintegrationFollowUpTable,
  ReintegrationPlanTable,
} from './schema-reintegration.js';

/**
 * Row types of the migrated database, written to match db/migrations (snake_case as in SQL).
 * `Generated` marks columns with a database default.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<Record<string, unknown>, string, string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

// Re-exported: repositories import every row type from here.
export type {
  VictimConsentTable,
  VictimDocumentTable,
  VictimGuardianTable,
  VictimNeedsAssessmentTable,
  VictimScreeningTable,
  VictimStatusEventTable,
  VictimTable,
} from './schema-victims.js';

export interface AgencyTable {
  id: string;
  country_code: string;
  kind: string;
  name: string;
  region_code: string | null;
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface RegionTable {
  country_code: string;
  code: string;
  label_en: string;
  label_fr: string;
  label_ar: string;
}

export interface AppUserTable {
  id: string;
  email: string;
  display_name: string;
  agency_id: string;
  roles: string[];
  password_hash: string;
  totp_secret_sealed: Buffer | null;
  mfa_enrolled_at: Timestamp | null;
  totp_last_step: ColumnType<string | null, number | null, number | null>;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface UserSessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  is_mfa_passed: boolean;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface AuditLogTable {
  seq: ColumnType<string, number, never>;
  id: string;
  occurred_at: Timestamp;
  actor_kind: string;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Json;
  request_id: string | null;
  prev_hash: string;
  row_hash: string;
}

export interface AuditChainHeadTable {
  singleton: boolean;
  last_seq: ColumnType<string, number, number>;
  last_hash: string;
}

export interface ReferenceCounterTable {
  scope: string;
  last_value: ColumnType<string, number, number>;
}

export interface TipRoutingRuleTable {
  id: string;
  country_code: string;
  region_code: string | null;
  category: string | null;
  target_agency_id: string;
  created_at: GeneratedTimestamp;
}

export interface TipTable {
  id: string;
  reference: string;
  country_code: string;
  channel: string;
  received_at: Timestamp;
  received_by_user_id: string | null;
  region_code: string | null;
  location_text_sealed: Buffer;
  what_was_seen_sealed: Buffer;
  people_involved_sealed: Buffer;
  reporter_contact_sealed: Buffer | null;
  reporter_language: string;
  category: string | null;
  child_involved: boolean;
  imminent_danger: boolean;
  priority: string;
  status: string;
  assigned_agency_id: string;
  due_at: Timestamp;
  first_action_at: Timestamp | null;
  close_reason: string | null;
  case_id: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface TipEventTable {
  id: string;
  tip_id: string;
  occurred_at: Timestamp;
  type: string;
  actor_user_id: string | null;
  data: Json;
  note_sealed: Buffer | null;
}

export interface TipAttachmentTable {
  id: string;
  tip_id: string;
  filename_sealed: Buffer;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content_sealed: Buffer;
  created_at: Timestamp;
}

export interface CaseFileTable {
  id: string;
  reference: string;
  country_code: string;
  agency_id: string;
  kind: string;
  title: string;
  status: string;
  source_tip_id: string | null;
  opened_at: Timestamp;
  opened_by_user_id: string | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
}

export interface CaseAssignmentTable {
  case_id: string;
  user_id: string;
  assigned_at: Timestamp;
}

export interface CaseEventTable {
  id: string;
  case_id: string;
  occurred_at: Timestamp;
  type: string;
  actor_user_id: string | null;
  data: Json;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  data: Json;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface CaseTransferTable {
  id: string;
  case_id: string;
  country_code: string;
  from_agency_id: string;
  to_agency_id: string;
  reason: string;
  note_sealed: Buffer | null;
  status: string;
  decline_reason: string | null;
  requested_by: string;
  requested_at: Timestamp;
  answered_by: string | null;
  answered_at: Timestamp | null;
  version: Generated<number>;
}

export interface CountrySettingTable {
  country_code: string;
  reflection_days: number | null;
  coop_reminder_days: number | null;
  coop_escalation_days: number | null;
  coop_diplomatic_days: number | null;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SavedViewTable {
  id: string;
  user_id: string;
  scope: string;
  name: string;
  filters: Json;
  created_at: Timestamp;
}

export interface SchemaMigrationTable {
  name: string;
  sha256: string;
  applied_at: GeneratedTimestamp;
}

/** Tables of some features are listed in their own schema file (schema-<feature>.ts). */
export interface Database extends ProsecutionTables {
  agency: AgencyTable;
  region: RegionTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  reference_counter: ReferenceCounterTable;
  tip_routing_rule: TipRoutingRuleTable;
  tip: TipTable;
  tip_event: TipEventTable;
  tip_attachment: TipAttachmentTable;
  case_file: CaseFileTable;
  case_assignment: CaseAssignmentTable;
  case_event: CaseEventTable;
  service_provider: ServiceProviderTable;
  referral: ReferralTable;
  referral_event: ReferralEventTable;
  victim: VictimTable;
  victim_screening: VictimScreeningTable;
  victim_status_event: VictimStatusEventTable;
  victim_guardian: VictimGuardianTable;
  victim_consent: VictimConsentTable;
  victim_needs_assessment: VictimNeedsAssessmentTable;
  notification: NotificationTable;
  reintegration_plan: ReintegrationPlanTable;
  reintegration_follow_up: ReintegrationFollowUpTable;
  reintegration_event: ReintegrationEventTable;
  case_transfer: CaseTransferTable;
  victim_document: VictimDocumentTable;
  country_setting: CountrySettingTable;
  saved_view: SavedViewTable;
  investigation: InvestigationTable;
  investigation_member: InvestigationMemberTable;
  investigation_person: InvestigationPersonTable;
  operation: OperationTable;
  investigation_status_change: InvestigationStatusChangeTable;
  investigation_offence: InvestigationOffenceTable;
  investigation_victim_link: InvestigationVictimLinkTable;
  investigation_organisation: InvestigationOrganisationTable;
  investigation_event: InvestigationEventTable;
  investigation_location: InvestigationLocationTable;
  investigation_lead: InvestigationLeadTable;
  operation_status_change: OperationStatusChangeTable;
  operation_participant: OperationParticipantTable;
  operation_batch: OperationBatchTable;
  operation_rescue: OperationRescueTable;
  operation_arrest: OperationArrestTable;
  operation_seizure: OperationSeizureTable;
  coop_request: CoopRequestTable;
  coop_request_event: CoopRequestEventTable;
  coop_evidence: CoopEvidenceTable;
  coop_evidence_custody: CoopEvidenceCustodyTable;
  schema_migration: SchemaMigrationTable;
}

/** A database handle or a transaction: services take this and never import a global client. */
export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
