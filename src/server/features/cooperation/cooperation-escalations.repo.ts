import { sql } from 'kysely';
import { AWAITING_STATUSES, DEFAULT_LADDER_DAYS } from '#shared/domain/cooperation.js';
import type { Db } from '#server/platform/db/schema.js';

const setting = (column: string, fallback: number) =>
  sql<number>`coalesce((SELECT ${sql.ref(`cs.${column}`)} FROM country_setting cs WHERE cs.country_code = coop_request.country_code), ${fallback})`;

/**
 * Outgoing requests waiting on the other State whose next rung is due: a pre-filter in SQL (the
 * days of the next rung, halved for urgent requests, as shared/domain's ladderDays computes
 * them); the service decides with the pure rule. Locked, so two sweeps never act twice.
 */
export async function findRequestsToEscalate(db: Db, now: Date) {
  const reminder = setting('coop_reminder_days', DEFAULT_LADDER_DAYS.reminderDays);
  const escalation = setting('coop_escalation_days', DEFAULT_LADDER_DAYS.escalationDays);
  const diplomatic = setting('coop_diplomatic_days', DEFAULT_LADDER_DAYS.diplomaticDays);
  const nextRungDays = sql<number>`(CASE coop_request.escalation_level WHEN 0 THEN ${reminder} WHEN 1 THEN ${escalation} ELSE ${diplomatic} END)`;
  const effectiveDays = sql<number>`(CASE WHEN coop_request.urgency = 'urgent' THEN greatest(1, ceil(${nextRungDays} / 2.0)) ELSE ${nextRungDays} END)`;
  return db
    .selectFrom('coop_request')
    .select([
      'id',
      'reference',
      'country_code',
      'type',
      'foreign_country',
      'urgency',
      'sent_at',
      'due_on',
      'escalation_level',
      'created_by_user_id',
      'owner_agency_id',
    ])
    .where('direction', '=', 'outgoing')
    .where('status', 'in', AWAITING_STATUSES)
    .where('escalation_level', '<', 3)
    .where('sent_at', 'is not', null)
    .where(
      sql<boolean>`coop_request.sent_at <= ${now}::timestamptz - make_interval(days => ${effectiveDays}::int)`,
    )
    .orderBy('sent_at')
    .forUpdate()
    .skipLocked()
    .limit(500)
    .execute();
}

export async function markEscalationLevel(
  db: Db,
  requestId: string,
  level: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable('coop_request')
    .set({ escalation_level: level, last_escalated_at: now })
    .where('id', '=', requestId)
    .execute();
}

/** The drafter, if still active. */
export async function findActiveUserIds(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('id', 'in', userIds)
    .where('is_active', '=', true)
    .execute();
  return rows.map((row) => row.id);
}

/** Active central authority officers of a country (there is no "head" role: all of them). */
export async function findCentralAuthorityOfficers(db: Db, countryCode: string) {
  const rows = await db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select('app_user.id')
    .where('agency.country_code', '=', countryCode)
    .where('app_user.is_active', '=', true)
    .where((eb) => eb(eb.val('central_authority_officer'), '=', eb.fn.any('app_user.roles')))
    .execute();
  return rows.map((row) => row.id);
}
