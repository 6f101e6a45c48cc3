import { sql } from 'kysely';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';

/**
 * Sent referrals past the reminder point (75 % of the acceptance window) not yet reminded, and
 * those past the deadline not yet escalated. Rows are locked so two sweeps never act twice.
 */
export async function findReferralsToRemind(db: Db, now: Date) {
  return db
    .selectFrom('referral')
    .select(['id', 'country_code', 'receiving_agency_id', 'acceptance_due_at', 'case_id'])
    .where('status', '=', 'sent')
    .where('reminded_at', 'is', null)
    .where(sql<boolean>`sent_at + (acceptance_due_at - sent_at) * 0.75 <= ${now}`)
    .where('acceptance_due_at', '>', now)
    .forUpdate()
    .skipLocked()
    .limit(500)
    .execute();
}

export async function findReferralsToEscalate(db: Db, now: Date) {
  return db
    .selectFrom('referral')
    .select(['id', 'country_code', 'receiving_agency_id', 'acceptance_due_at', 'case_id'])
    .where('status', '=', 'sent')
    .where('escalated_at', 'is', null)
    .where('acceptance_due_at', '<=', now)
    .forUpdate()
    .skipLocked()
    .limit(500)
    .execute();
}

export async function markReferral(
  db: Db,
  referralId: string,
  mark: 'reminded_at' | 'escalated_at',
  now: Date,
): Promise<void> {
  await db
    .updateTable('referral')
    .set(mark === 'reminded_at' ? { reminded_at: now } : { escalated_at: now })
    .where('id', '=', referralId)
    .execute();
}

/** An event the system (the deadline sweep) records: no acting user or agency. */
export async function insertSystemReferralEvent(
  db: Db,
  event: {
    id: string;
    referralId: string;
    type: 'reminded' | 'escalated';
    data: Record<string, unknown>;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('referral_event')
    .values({
      id: event.id,
      referral_id: event.referralId,
      occurred_at: event.now,
      type: event.type,
      actor_user_id: null,
      actor_agency_id: null,
      data: toJsonb(event.data),
      note_sealed: null,
    })
    .execute();
}
