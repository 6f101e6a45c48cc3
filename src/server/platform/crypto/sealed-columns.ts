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
  { table: 'investigation_person', idColumn: 'id', sealedColumns: ['identity_sealed'] },
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
];
