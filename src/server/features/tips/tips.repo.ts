import type { Insertable, Updateable } from 'kysely';
import type { Actor } from '#server/platform/authz/actor.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db, TipAttachmentTable, TipTable } from '#server/platform/db/schema.js';

export async function listRoutingRules(db: Db, countryCode: string) {
  const rows = await db
    .selectFrom('tip_routing_rule')
    .innerJoin('agency', 'agency.id', 'tip_routing_rule.target_agency_id')
    .select([
      'tip_routing_rule.region_code',
      'tip_routing_rule.category',
      'tip_routing_rule.target_agency_id',
    ])
    .where('tip_routing_rule.country_code', '=', countryCode)
    .where('agency.is_active', '=', true)
    .execute();
  return rows.map((row) => ({
    regionCode: row.region_code,
    category: row.category,
    targetAgencyId: row.target_agency_id,
  }));
}

export async function listRegions(db: Db, countryCode: string) {
  return db
    .selectFrom('region')
    .select(['code', 'label_en', 'label_fr', 'label_ar'])
    .where('country_code', '=', countryCode)
    .orderBy('code')
    .execute();
}

export async function isRegionOf(
  db: Db,
  countryCode: string,
  regionCode: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('country_code', '=', countryCode)
    .where('code', '=', regionCode)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findActiveAgency(db: Db, agencyId: string) {
  return db
    .selectFrom('agency')
    .select(['id', 'country_code'])
    .where('id', '=', agencyId)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

export async function insertTip(db: Db, tip: Insertable<TipTable>): Promise<void> {
  await db.insertInto('tip').values(tip).execute();
}

export async function insertTipEvent(
  db: Db,
  event: {
    id: string;
    tipId: string;
    type: string;
    actorUserId: string | null;
    data: Record<string, unknown>;
    noteSealed: Buffer | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('tip_event')
    .values({
      id: event.id,
      tip_id: event.tipId,
      occurred_at: event.now,
      type: event.type,
      actor_user_id: event.actorUserId,
      data: toJsonb(event.data),
      note_sealed: event.noteSealed,
    })
    .execute();
}

export async function insertAttachment(db: Db, attachment: Insertable<TipAttachmentTable>) {
  await db.insertInto('tip_attachment').values(attachment).execute();
}

export async function findTipScope(db: Db, tipId: string) {
  return db
    .selectFrom('tip')
    .select(['id', 'country_code', 'assigned_agency_id', 'status'])
    .where('id', '=', tipId)
    .executeTakeFirst();
}

const SUMMARY_COLUMNS = [
  'tip.id',
  'tip.reference',
  'tip.received_at',
  'tip.channel',
  'tip.category',
  'tip.priority',
  'tip.status',
  'tip.region_code',
  'tip.assigned_agency_id',
  'agency.name as assigned_agency_name',
  'tip.due_at',
  'tip.first_action_at',
  'tip.version',
] as const;

/** The queue: open tips first by deadline. Jurisdiction is part of the SQL, never a post-filter. */
export async function listTipQueue(
  db: Db,
  actor: Actor,
  filter: { status?: string | undefined; limit: number; offset: number },
) {
  let query = db
    .selectFrom('tip')
    .innerJoin('agency', 'agency.id', 'tip.assigned_agency_id')
    .where('tip.country_code', '=', actor.countryCode);
  if (!actor.roles.includes('national_coordinator')) {
    query = query.where('tip.assigned_agency_id', '=', actor.agencyId);
  }
  if (filter.status) query = query.where('tip.status', '=', filter.status);
  const [items, total] = await Promise.all([
    query
      .select(SUMMARY_COLUMNS)
      .orderBy((eb) => eb.case().when('tip.status', 'in', ['new', 'triaged']).then(0).else(1).end())
      .orderBy('tip.due_at')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function findTip(db: Db, tipId: string) {
  return db
    .selectFrom('tip')
    .innerJoin('agency', 'agency.id', 'tip.assigned_agency_id')
    .select([
      ...SUMMARY_COLUMNS,
      'tip.location_text_sealed',
      'tip.what_was_seen_sealed',
      'tip.people_involved_sealed',
      'tip.reporter_contact_sealed',
      'tip.reporter_language',
      'tip.child_involved',
      'tip.imminent_danger',
      'tip.close_reason',
      'tip.case_id',
    ])
    .where('tip.id', '=', tipId)
    .executeTakeFirstOrThrow();
}

export async function listTipEvents(db: Db, tipId: string) {
  return db
    .selectFrom('tip_event')
    .leftJoin('app_user', 'app_user.id', 'tip_event.actor_user_id')
    .select([
      'tip_event.occurred_at',
      'tip_event.type',
      'tip_event.note_sealed',
      'app_user.display_name',
    ])
    .where('tip_event.tip_id', '=', tipId)
    .orderBy('tip_event.occurred_at')
    .orderBy('tip_event.id')
    .execute();
}

export async function listAttachmentMeta(db: Db, tipId: string) {
  return db
    .selectFrom('tip_attachment')
    .select(['id', 'filename_sealed', 'content_type', 'size_bytes'])
    .where('tip_id', '=', tipId)
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Db, tipId: string, attachmentId: string) {
  return db
    .selectFrom('tip_attachment')
    .select(['id', 'filename_sealed', 'content_type', 'content_sealed'])
    .where('tip_id', '=', tipId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

/** Optimistic update; returns undefined when the version moved on. */
export async function updateTip(
  db: Db,
  tipId: string,
  version: number,
  changes: Updateable<TipTable>,
  firstActionAt?: Date,
) {
  return db
    .updateTable('tip')
    .set((eb) => ({
      ...changes,
      version: eb('version', '+', 1),
      // The SLA clock stops at the first action only; later actions keep that instant.
      ...(firstActionAt
        ? { first_action_at: eb.fn.coalesce('first_action_at', eb.val(firstActionAt)) }
        : {}),
    }))
    .where('id', '=', tipId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export async function findTipVersion(db: Db, tipId: string): Promise<number> {
  const row = await db
    .selectFrom('tip')
    .select('version')
    .where('id', '=', tipId)
    .executeTakeFirst();
  return row?.version ?? 0;
}
