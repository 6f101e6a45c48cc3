import type { Insertable } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';
import type {
  InvestigationEventTable,
  InvestigationLocationTable,
  InvestigationOffenceTable,
  InvestigationOrganisationTable,
  InvestigationVictimLinkTable,
} from '#server/platform/db/schema-investigations.js';

/** Returns false when the same offence and article are already recorded. */
export async function insertOffence(db: Db, row: Insertable<InvestigationOffenceTable>) {
  const rows = await db
    .insertInto('investigation_offence')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['investigation_id', 'code', 'law_article']).doNothing(),
    )
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function listOffences(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_offence')
    .select(['id', 'code', 'law_article', 'added_at'])
    .where('investigation_id', '=', investigationId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

export async function insertOrganisation(db: Db, row: Insertable<InvestigationOrganisationTable>) {
  await db.insertInto('investigation_organisation').values(row).execute();
}

export async function listOrganisations(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_organisation')
    .select(['id', 'name', 'kind', 'country_code', 'notes_sealed', 'member_person_ids', 'added_at'])
    .where('investigation_id', '=', investigationId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

export async function insertTimelineEvent(db: Db, row: Insertable<InvestigationEventTable>) {
  await db.insertInto('investigation_event').values(row).execute();
}

/** The timeline in the order things happened (then the order they were recorded). */
export async function listTimelineEvents(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_event')
    .select([
      'id',
      'occurred_on',
      'kind',
      'country_code',
      'place_sealed',
      'description_sealed',
      'person_ids',
      'added_at',
    ])
    .where('investigation_id', '=', investigationId)
    .orderBy('occurred_on')
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

export async function insertLocation(db: Db, row: Insertable<InvestigationLocationTable>) {
  await db.insertInto('investigation_location').values(row).execute();
}

export async function listLocations(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_location')
    .select(['id', 'label', 'kind', 'country_code', 'address_sealed', 'added_at'])
    .where('investigation_id', '=', investigationId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

/** Returns false when the tip is already a lead of this investigation. */
export async function insertLead(
  db: Db,
  lead: { id: string; investigationId: string; tipId: string; userId: string; now: Date },
) {
  const rows = await db
    .insertInto('investigation_lead')
    .values({
      id: lead.id,
      investigation_id: lead.investigationId,
      tip_id: lead.tipId,
      linked_by_user_id: lead.userId,
      linked_at: lead.now,
    })
    .onConflict((conflict) => conflict.columns(['investigation_id', 'tip_id']).doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Leads show the tip's reference and status only, never its content. */
export async function listLeads(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_lead')
    .innerJoin('tip', 'tip.id', 'investigation_lead.tip_id')
    .leftJoin('app_user', 'app_user.id', 'investigation_lead.linked_by_user_id')
    .select([
      'investigation_lead.id',
      'investigation_lead.tip_id',
      'tip.reference as tip_reference',
      'tip.status as tip_status',
      'investigation_lead.linked_at',
      'app_user.display_name as linked_by_name',
    ])
    .where('investigation_lead.investigation_id', '=', investigationId)
    .orderBy('investigation_lead.linked_at')
    .orderBy('investigation_lead.id')
    .execute();
}

/** Returns false when the case is already actively linked to this investigation. */
export async function insertVictimLink(db: Db, row: Insertable<InvestigationVictimLinkTable>) {
  const rows = await db
    .insertInto('investigation_victim_link')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['investigation_id', 'case_id']).where('revoked_at', 'is', null).doNothing(),
    )
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function revokeVictimLink(
  db: Db,
  target: { investigationId: string; linkId: string; userId: string; now: Date },
) {
  return db
    .updateTable('investigation_victim_link')
    .set({ revoked_at: target.now, revoked_by_user_id: target.userId })
    .where('id', '=', target.linkId)
    .where('investigation_id', '=', target.investigationId)
    .where('revoked_at', 'is', null)
    .returning('case_id')
    .executeTakeFirst();
}

export async function findActiveVictimLink(db: Db, investigationId: string, linkId: string) {
  return db
    .selectFrom('investigation_victim_link')
    .select(['id', 'case_id'])
    .where('id', '=', linkId)
    .where('investigation_id', '=', investigationId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** A linked victim: case reference and trafficking status only, never assistance data. */
export async function listVictimLinks(db: Db, investigationId: string) {
  return db
    .selectFrom('investigation_victim_link')
    .innerJoin('case_file', 'case_file.id', 'investigation_victim_link.case_id')
    .leftJoin('victim', 'victim.case_id', 'investigation_victim_link.case_id')
    .leftJoin('app_user', 'app_user.id', 'investigation_victim_link.linked_by_user_id')
    .select([
      'investigation_victim_link.id',
      'case_file.reference as case_reference',
      'victim.trafficking_status',
      'investigation_victim_link.basis',
      'investigation_victim_link.legal_basis',
      'investigation_victim_link.linked_at',
      'app_user.display_name as linked_by_name',
      'investigation_victim_link.revoked_at',
    ])
    .where('investigation_victim_link.investigation_id', '=', investigationId)
    .orderBy('investigation_victim_link.linked_at')
    .orderBy('investigation_victim_link.id')
    .execute();
}
