import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';
import type {
  ReintegrationEventTable,
  ReintegrationFollowUpTable,
  ReintegrationPlanTable,
} from '#server/platform/db/schema-reintegration.js';

export async function findPlanByVictim(db: Db, victimId: string) {
  return db
    .selectFrom('reintegration_plan')
    .selectAll()
    .where('victim_id', '=', victimId)
    .executeTakeFirst();
}

export async function insertPlan(db: Db, plan: Insertable<ReintegrationPlanTable>) {
  await db.insertInto('reintegration_plan').values(plan).execute();
}

/** Updates the plan only at `version`; returns undefined when someone changed it meanwhile. */
export async function updatePlan(
  db: Db,
  planId: string,
  version: number,
  changes: Updateable<ReintegrationPlanTable>,
) {
  return db
    .updateTable('reintegration_plan')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', planId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export async function listFollowUps(db: Db, planId: string) {
  return db
    .selectFrom('reintegration_follow_up')
    .select([
      'id',
      'months_after_start',
      'due_on',
      'held_on',
      'outcome',
      'notes_sealed',
      'recorded_at',
      'cancelled_at',
    ])
    .where('plan_id', '=', planId)
    .orderBy('months_after_start')
    .execute();
}

export async function insertFollowUps(
  db: Db,
  followUps: readonly Insertable<ReintegrationFollowUpTable>[],
) {
  if (followUps.length === 0) return;
  await db.insertInto('reintegration_follow_up').values(followUps).execute();
}

/** Drops months from the schedule: follow-ups not held yet are cancelled, never deleted. */
export async function cancelFollowUps(
  db: Db,
  planId: string,
  months: readonly number[],
  now: Date,
) {
  if (months.length === 0) return;
  await db
    .updateTable('reintegration_follow_up')
    .set({ cancelled_at: now })
    .where('plan_id', '=', planId)
    .where('months_after_start', 'in', months)
    .where('held_on', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
}

/** Puts months that were dropped earlier back on the schedule. */
export async function restoreFollowUps(db: Db, planId: string, months: readonly number[]) {
  if (months.length === 0) return;
  await db
    .updateTable('reintegration_follow_up')
    .set({ cancelled_at: null })
    .where('plan_id', '=', planId)
    .where('months_after_start', 'in', months)
    .where('cancelled_at', 'is not', null)
    .execute();
}

/** Records the outcome of a scheduled follow-up that was not held yet; undefined otherwise. */
export async function recordFollowUpOutcome(
  db: Db,
  planId: string,
  followUpId: string,
  outcome: {
    held_on: string;
    outcome: string;
    notes_sealed: Buffer | null;
    recorded_by: string;
    recorded_at: Date;
  },
) {
  return db
    .updateTable('reintegration_follow_up')
    .set(outcome)
    .where('id', '=', followUpId)
    .where('plan_id', '=', planId)
    .where('held_on', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

export async function findFollowUp(db: Db, planId: string, followUpId: string) {
  return db
    .selectFrom('reintegration_follow_up')
    .select(['id', 'held_on', 'cancelled_at'])
    .where('id', '=', followUpId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
}

export async function insertPlanEvent(db: Db, event: Insertable<ReintegrationEventTable>) {
  await db.insertInto('reintegration_event').values(event).execute();
}

/** Follow-ups due by `today` of open plans that nobody was told about yet. */
export async function findFollowUpsDue(db: Db, today: string) {
  return db
    .selectFrom('reintegration_follow_up')
    .innerJoin('reintegration_plan', 'reintegration_plan.id', 'reintegration_follow_up.plan_id')
    .innerJoin('victim', 'victim.id', 'reintegration_plan.victim_id')
    .select([
      'reintegration_follow_up.id',
      'reintegration_follow_up.due_on',
      'reintegration_follow_up.months_after_start',
      'victim.case_id',
    ])
    .where('reintegration_follow_up.due_on', '<=', today)
    .where('reintegration_follow_up.held_on', 'is', null)
    .where('reintegration_follow_up.notified_at', 'is', null)
    .where('reintegration_follow_up.cancelled_at', 'is', null)
    .where('reintegration_plan.case_status', 'in', ['Active', 'FollowUp'])
    .forUpdate('reintegration_follow_up')
    .skipLocked()
    .limit(500)
    .execute();
}

export async function markFollowUpNotified(db: Db, followUpId: string, now: Date) {
  await db
    .updateTable('reintegration_follow_up')
    .set({ notified_at: now })
    .where('id', '=', followUpId)
    .execute();
}
