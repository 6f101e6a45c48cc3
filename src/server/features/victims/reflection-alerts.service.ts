import { writeAudit } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { insertNotifications } from '#server/features/notifications/index.js';
import {
  findCaseAssignees,
  findReflectionsEnding,
  markReflectionAlerted,
} from './reflection-alerts.repo.js';

/** Days before the end of a reflection and recovery period when the case team is alerted. */
export const REFLECTION_ALERT_DAYS = 7;

/**
 * Daily sweep: alerts the staff assigned to the case once, a week before the reflection period
 * ends, so that a residence or protection decision is not missed.
 */
export async function sweepReflectionPeriods(db: Db, now: Date): Promise<{ alerted: number }> {
  const lastDay = new Date(now.getTime() + REFLECTION_ALERT_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return inTransaction(db, async (trx) => {
    const victims = await findReflectionsEnding(trx, lastDay);
    for (const victim of victims) {
      const userIds = await findCaseAssignees(trx, victim.case_id);
      const data = { reflectionEndsOn: victim.reflection_ends_on ?? '', caseId: victim.case_id };
      await markReflectionAlerted(trx, victim.id, now);
      await insertNotifications(trx, {
        userIds,
        kind: 'reflection_ending',
        subject: ['victim', victim.id],
        data,
        now,
      });
      await writeAudit(trx, {
        actor: { kind: 'system' },
        action: 'victim.reflection_alert',
        subject: ['victim', victim.id],
        details: { notified: userIds.length },
        now,
      });
    }
    return { alerted: victims.length };
  });
}
