import {
  isReferralClosed,
  nextReferralStatus,
  REFERRAL_EVENT_OF,
  type ReferralCommand,
  type ReferralDeclineReason,
} from '#shared/domain/referral-lifecycle.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import type { ReferralScope } from './referrals.policy.js';
import { findReferralVersion, insertReferralEvent, updateReferral } from './referrals.repo.js';
import type { ReferralsContext } from './referrals.service.js';

export type ReferralCommandInput = {
  version: number;
  note?: string | undefined;
  /** Required by the contract for `decline`, absent otherwise. */
  reason?: ReferralDeclineReason | undefined;
};

/**
 * Moves a referral one step (accept, decline, start, complete, cancel): the current-state row,
 * an append-only referral_event and the audit row commit together. A move the lifecycle does not
 * allow, or a stale version, changes nothing.
 */
export async function applyReferralCommand(
  ctx: ReferralsContext,
  actor: Actor,
  scope: ReferralScope,
  command: ReferralCommand,
  input: ReferralCommandInput,
): Promise<void> {
  const status = nextReferralStatus(scope.status, command);
  if (!status) throw new InvalidTransitionError(`referral.cannot_${command}`);
  const declineReason = command === 'decline' ? (input.reason ?? null) : null;
  if (command === 'decline' && !declineReason) {
    throw new InvalidInputError('referral.decline_reason_required', 'errors.validation', [
      { path: 'body.reason', message: 'a reason is required to decline' },
    ]);
  }
  await inTransaction(ctx.db, async (trx) => {
    const updated = await updateReferral(
      trx,
      { id: scope.id, version: input.version, fromStatus: scope.status },
      {
        status,
        ...(declineReason ? { decline_reason: declineReason } : {}),
        ...(isReferralClosed(status) ? { closed_at: ctx.now } : {}),
      },
      ctx.now,
    );
    if (!updated) throw new StaleVersionError(await findReferralVersion(trx, scope.id));
    const data = {
      from: scope.status,
      to: status,
      ...(declineReason ? { declineReason } : {}),
    };
    await insertReferralEvent(trx, {
      id: newId(),
      referralId: scope.id,
      type: REFERRAL_EVENT_OF[command],
      actor,
      data,
      noteSealed: input.note ? ctx.sealer.seal(input.note) : null,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: `referral.${command}`,
      subject: ['referral', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
