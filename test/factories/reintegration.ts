import { addMonths } from '#shared/domain/reintegration.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';

/**
 * A reintegration plan written directly (goal text sealed) with follow-ups at 3, 6 and 12 months;
 * `heldMonths` are recorded as held on their due date (status FollowUp when any is).
 */
export async function aReintegrationPlan(
  db: Db,
  sealer: Sealer,
  options: { victimId: string; createdBy: string; startDate?: string; heldMonths?: number[] },
) {
  const now = new Date();
  const startDate = options.startDate ?? '2026-01-15';
  const held = options.heldMonths ?? [];
  const id = newId();
  await db
    .insertInto('reintegration_plan')
    .values({
      id,
      victim_id: options.victimId,
      case_status: held.length > 0 ? 'FollowUp' : 'Active',
      start_date: startDate,
      follow_up_months: [3, 6, 12],
      goal_codes: ['housing'],
      goal_descriptions_sealed: sealer.seal(JSON.stringify(['SYNTH: a flat near the clinic'])),
      created_by: options.createdBy,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const followUps = [3, 6, 12].map((months) => {
    const dueOn = addMonths(startDate, months);
    const isHeld = held.includes(months);
    return {
      id: newId(),
      plan_id: id,
      months_after_start: months,
      due_on: dueOn,
      held_on: isHeld ? dueOn : null,
      outcome: isHeld ? 'on_track' : null,
      recorded_by: isHeld ? options.createdBy : null,
      recorded_at: isHeld ? now : null,
    };
  });
  await db.insertInto('reintegration_follow_up').values(followUps).execute();
  return { id, followUpIds: followUps.map((row) => row.id) };
}
