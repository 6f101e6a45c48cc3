import { dateOf } from '#shared/domain/reintegration.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { insertNotifications } from '#server/features/notifications/index.js';
import { findCaseAssignees } from './reflection-alerts.repo.js';
import { findFollowUpsDue, markFollowUpNotified } from './reintegration.repo.js';

/**
 * Sweep: tells the staff assigned to the case, once, that a reintegration follow-up is due, so
 * that a person leaving assistance is not lost from sight. Closed plans are not swept.
 */
export async function sweepFollowUps(db: Db, now: Date): Promise<{ notified: number }> {
  return inTransaction(db, async (trx) => {
    const followUps = await findFollowUpsDue(trx, dateOf(now));
    for (const followUp of followUps) {
      const userIds = await findCaseAssignees(trx, followUp.case_id);
      await markFollowUpNotified(trx, followUp.id, now);
      await insertNotifications(trx, {
        userIds,
        kind: 'follow_up_due',
        subject: ['reintegration_follow_up', followUp.id],
        data: {
          caseId: followUp.case_id,
          dueOn: followUp.due_on,
          monthsAfterStart: followUp.months_after_start,
        },
        now,
      });
      await writeAudit(trx, {
        actor: { kind: 'system' },
        action: 'victim.reintegration.follow_up_due',
        subject: ['reintegration_follow_up', followUp.id],
        details: { notified: userIds.length },
        now,
      });
    }
    return { notified: followUps.length };
  });
}
