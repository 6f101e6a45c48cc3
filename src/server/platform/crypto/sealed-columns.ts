/**
 * Every sealed column of the schema: table → id column → its `*_sealed` bytea columns. Key
 * rotation and `keys status` walk this list, and a test compares it with information_schema, so a
 * migration that adds a sealed column fails the build until the column is listed here.
 */
export type SealedTable = { table: string; idColumn: string; sealedColumns: readonly string[] };

export const SEALED_COLUMNS: readonly SealedTable[] = [
  { table: 'app_user', idColumn: 'id', sealedColumns: ['totp_secret_sealed'] },
  {
    table: 'tip',
    idColumn: 'id',
    sealedColumns: [
      'location_text_sealed',
      'what_was_seen_sealed',
      'people_involved_sealed',
      'reporter_contact_sealed',
    ],
  },
  { table: 'tip_event', idColumn: 'id', sealedColumns: ['note_sealed'] },
  { table: 'tip_attachment', idColumn: 'id', sealedColumns: ['filename_sealed', 'content_sealed'] },
  { table: 'victim', idColumn: 'id', sealedColumns: ['identity_sealed'] },
  {
    table: 'investigation_person',
    idColumn: 'id',
    sealedColumns: ['identity_sealed', 'review_reason_sealed'],
  },
  { table: 'investigation', idColumn: 'id', sealedColumns: ['summary_sealed'] },
  { table: 'investigation_organisation', idColumn: 'id', sealedColumns: ['notes_sealed'] },
  {
    table: 'investigation_event',
    idColumn: 'id',
    sealedColumns: ['place_sealed', 'description_sealed'],
  },
  { table: 'investigation_location', idColumn: 'id', sealedColumns: ['address_sealed'] },
  { table: 'operation', idColumn: 'id', sealedColumns: ['objective_sealed'] },
  { table: 'operation_rescue', idColumn: 'id', sealedColumns: ['located_at_sealed'] },
  { table: 'operation_arrest', idColumn: 'id', sealedColumns: ['identity_sealed'] },
  { table: 'operation_seizure', idColumn: 'id', sealedColumns: ['description_sealed'] },
  { table: 'victim_screening', idColumn: 'id', sealedColumns: ['notes_sealed'] },
  { table: 'victim_guardian', idColumn: 'id', sealedColumns: ['identity_sealed'] },
  { table: 'victim_consent', idColumn: 'id', sealedColumns: ['witness_sealed'] },
  { table: 'victim_needs_assessment', idColumn: 'id', sealedColumns: ['notes_sealed'] },
  {
    table: 'victim_document',
    idColumn: 'id',
    sealedColumns: ['filename_sealed', 'content_sealed'],
  },
  { table: 'referral', idColumn: 'id', sealedColumns: ['reason_sealed'] },
  { table: 'referral_event', idColumn: 'id', sealedColumns: ['note_sealed'] },
  { table: 'case_transfer', idColumn: 'id', sealedColumns: ['note_sealed'] },
  { table: 'reintegration_plan', idColumn: 'id', sealedColumns: ['goal_descriptions_sealed'] },
  { table: 'reintegration_follow_up', idColumn: 'id', sealedColumns: ['notes_sealed'] },
  { table: 'coop_request', idColumn: 'id', sealedColumns: ['contents_sealed'] },
  { table: 'coop_request_event', idColumn: 'id', sealedColumns: ['note_sealed'] },
  { table: 'coop_evidence', idColumn: 'id', sealedColumns: ['description_sealed'] },
  { table: 'coop_evidence_custody', idColumn: 'id', sealedColumns: ['note_sealed'] },
  {
    table: 'defendant',
    idColumn: 'id',
    sealedColumns: ['identity_sealed', 'non_punishment_reason_sealed'],
  },
  { table: 'sentence', idColumn: 'verdict_id', sealedColumns: ['other_measures_sealed'] },
  { table: 'confiscation_order', idColumn: 'id', sealedColumns: ['description_sealed'] },
  {
    table: 'jit_agreement',
    idColumn: 'id',
    sealedColumns: ['scope_sealed', 'termination_reason_sealed'],
  },
  { table: 'jit_extension', idColumn: 'id', sealedColumns: ['reason_sealed'] },
  { table: 'jit_member', idColumn: 'id', sealedColumns: ['external_name_sealed'] },
  { table: 'jit_workspace_entry', idColumn: 'id', sealedColumns: ['body_sealed'] },
];
