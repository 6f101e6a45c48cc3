import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  findAgencyStaff,
  findCoordinators,
  insertNotifications,
} from '#server/features/notifications/index.js';
import {
  findReferralsToEscalate,
  findReferralsToRemind,
  insertSystemReferralEvent,
  markReferral,
} from './referral-deadlines.repo.js';

type Step = {
  type: 'reminded' | 'escalated';
  mark: 'reminded_at' | 'escalated_at';
  kind: 'referral_reminder' | 'referral_escalated';
};
const REMIND: Step = { type: 'reminded', mark: 'reminded_at', kind: 'referral_reminder' };
const ESCALATE: Step = { type: 'escalated', mark: 'escalated_at', kind: 'referral_escalated' };

/**
 * The acceptance-deadline sweep, run by the job queue every minute: a reminder to the receiving
 * agency when 75 % of the window has passed, then escalation to the national coordinators once
 * the deadline is missed. Each step happens once per referral, with its event and audit row.
 */
export async function sweepReferralDeadlines(
  db: Db,
  now: Date,
): Promise<{ reminded: number; escalated: number }> {
  return inTransaction(db, async (trx) => {
    const toRemind = await findReferralsToRemind(trx, now);
    for (const referral of toRemind) {
      const userIds = await findAgencyStaff(trx, referral.receiving_agency_id, [
        'case_worker',
        'national_coordinator',
      ]);
      await apply(trx, REMIND, referral, userIds, now);
    }
    const toEscalate = await findReferralsToEscalate(trx, now);
    for (const referral of toEscalate) {
      await apply(trx, ESCALATE, referral, await findCoordinators(trx, referral.country_code), now);
    }
    return { reminded: toRemind.length, escalated: toEscalate.length };
  });
}

async function apply(
  trx: Db,
  step: Step,
  referral: { id: string; acceptance_due_at: Date; case_id: string },
  userIds: string[],
  now: Date,
) {
  const data = {
    acceptanceDueAt: referral.acceptance_due_at.toISOString(),
    caseId: referral.case_id,
  };
  await markReferral(trx, referral.id, step.mark, now);
  await insertSystemReferralEvent(trx, {
    id: newId(),
    referralId: referral.id,
    type: step.type,
    data,
    now,
  });
  await insertNotifications(trx, {
    userIds,
    kind: step.kind,
    subject: ['referral', referral.id],
    data,
    now,
  });
  await writeAudit(trx, {
    actor: { kind: 'system' },
    action: `referral.${step.type}`,
    subject: ['referral', referral.id],
    details: { notified: userIds.length },
    now,
  });
}
