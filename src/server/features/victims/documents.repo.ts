import type { Insertable } from 'kysely';
import type { Db, VictimDocumentTable } from '#server/platform/db/schema.js';

export async function insertDocument(db: Db, document: Insertable<VictimDocumentTable>) {
  await db.insertInto('victim_document').values(document).execute();
}

export async function listDocuments(db: Db, victimId: string) {
  return db
    .selectFrom('victim_document')
    .leftJoin('app_user', 'app_user.id', 'victim_document.uploaded_by')
    .select([
      'victim_document.id',
      'victim_document.kind',
      'victim_document.filename_sealed',
      'victim_document.content_type',
      'victim_document.size_bytes',
      'victim_document.uploaded_at',
      'app_user.display_name',
    ])
    .where('victim_document.victim_id', '=', victimId)
    .orderBy('victim_document.uploaded_at')
    .execute();
}

export async function findDocument(db: Db, victimId: string, documentId: string) {
  return db
    .selectFrom('victim_document')
    .select(['id', 'filename_sealed', 'content_type', 'content_sealed'])
    .where('victim_id', '=', victimId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}
