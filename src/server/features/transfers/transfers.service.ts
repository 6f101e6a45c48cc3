import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  AppError,
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { handOverCase, recordCaseEvent, type CaseScope } from '#server/features/cases/index.js';
import type { TransferScope } from './transfers.policy.js';
import {
  answerTransfer,
  findActiveAgencyOf,
  findTransferScope,
  hasOpenTransfer,
  insertTransfer,
} from './transfers.repo.js';

export type TransfersContext = {
  db: Db;
  sealer: Sealer;
  actor: Actor;
  now: Date;
  requestId: string;
};

export async function requestTransfer(
  ctx: TransfersContext,
  kase: CaseScope,
  input: { toAgencyId: string; reason: string; note: string },
): Promise<string> {
  return inTransaction(ctx.db, async (trx) => {
    const target = await findActiveAgencyOf(trx, input.toAgencyId);
    if (target?.country_code !== kase.country_code || target.id === kase.agency_id) {
      throw new InvalidInputError('transfer.unknown_agency', 'errors.validation', [
        { path: 'body.toAgencyId', message: 'another active agency of this country is needed' },
      ]);
    }
    if (await hasOpenTransfer(trx, kase.id)) {
      throw new AppError('conflict', 'transfer.already_open', 'errors.duplicate');
    }
    const id = newId();
    await insertTransfer(trx, {
      id,
      case_id: kase.id,
      country_code: kase.country_code,
      from_agency_id: kase.agency_id,
      to_agency_id: input.toAgencyId,
      reason: input.reason,
      note_sealed: input.note ? ctx.sealer.seal(input.note) : null,
      status: 'requested',
      decline_reason: null,
      requested_by: ctx.actor.userId,
      requested_at: ctx.now,
    });
    const data = { transferId: id, toAgencyId: input.toAgencyId, reason: input.reason };
    await recordCaseEvent(trx, {
      caseId: kase.id,
      type: 'transfer_requested',
      actor: ctx.actor,
      data,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'transfer.request',
      subject: ['case_transfer', id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return id;
  });
}

type Answer = 'accepted' | 'declined' | 'cancelled';
const VERB = { accepted: 'accept', declined: 'decline', cancelled: 'cancel' } as const;
const CASE_EVENT = { declined: 'transfer_declined', cancelled: 'transfer_cancelled' } as const;

/** Accept, decline or cancel an open transfer, with optimistic locking; accepting moves the case. */
export async function answerTransferRequest(
  ctx: TransfersContext,
  transfer: TransferScope,
  answer: Answer,
  input: { version: number; declineReason?: string },
): Promise<void> {
  if (transfer.status !== 'requested')
    throw new InvalidTransitionError(`transfer.cannot_${VERB[answer]}`);
  await inTransaction(ctx.db, async (trx) => {
    const updated = await answerTransfer(trx, transfer.id, input.version, {
      status: answer,
      decline_reason: answer === 'declined' ? (input.declineReason ?? 'other') : null,
      answered_by: ctx.actor.userId,
      answered_at: ctx.now,
    });
    if (!updated) {
      const current = await findTransferScope(trx, transfer.id);
      if (current?.status !== 'requested')
        throw new InvalidTransitionError(`transfer.cannot_${VERB[answer]}`);
      throw new StaleVersionError(current.version);
    }
    const data = {
      transferId: transfer.id,
      fromAgencyId: transfer.from_agency_id,
      toAgencyId: transfer.to_agency_id,
    };
    if (answer === 'accepted') {
      await handOverCase(
        trx,
        ctx.actor,
        {
          caseId: transfer.case_id,
          fromAgencyId: transfer.from_agency_id,
          toAgencyId: transfer.to_agency_id,
          transferId: transfer.id,
        },
        ctx.now,
      );
    } else {
      await recordCaseEvent(trx, {
        caseId: transfer.case_id,
        type: CASE_EVENT[answer],
        actor: ctx.actor,
        data,
        now: ctx.now,
      });
    }
    await writeAudit(trx, {
      actor: ctx.actor,
      action: `transfer.${answer}`,
      subject: ['case_transfer', transfer.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
