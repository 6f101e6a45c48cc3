import type { CustodyCreateInput, EvidenceCreateInput } from '#shared/contracts/cooperation.js';
import type { CooperationStatus, CustodyAction } from '#shared/domain/cooperation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
} from '#server/platform/errors.js';
import {
  findLastCustodyLink,
  insertCustodyLink,
  insertEvidence,
  lockEvidence,
} from './cooperation-evidence.repo.js';
import type { CooperationScope } from './cooperation.policy.js';
import { insertCooperationEvent } from './cooperation.repo.js';
import type { CooperationContext } from './cooperation.service.js';
import { GENESIS_HASH, hashCustodyLink } from './custody-chain.js';

/** Evidence arrives once a request has left (or arrived) and until it is executed. */
const RECEIVING_STATUSES: readonly CooperationStatus[] = [
  'sent',
  'acknowledged',
  'in_execution',
  'partially_executed',
  'executed',
];

async function appendLink(
  trx: Db,
  ctx: CooperationContext,
  actor: Actor,
  link: { evidenceId: string; action: CustodyAction; holder: string; note: string | null },
): Promise<number> {
  const last = await findLastCustodyLink(trx, link.evidenceId);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = { ...link, seq, at: ctx.now, byUserId: actor.userId };
  await insertCustodyLink(trx, {
    id: newId(),
    evidence_id: link.evidenceId,
    seq,
    action: link.action,
    holder: link.holder,
    occurred_at: ctx.now,
    by_user_id: actor.userId,
    note_sealed: link.note === null ? null : ctx.sealer.seal(link.note),
    prev_hash: prevHash,
    hash: hashCustodyLink(prevHash, content),
  });
  return seq;
}

/**
 * Logs evidence received under a request, with the first link of its chain of custody
 * (`received`, by the holder named), a request event and the audit row, together.
 */
export async function recordEvidence(
  ctx: CooperationContext,
  actor: Actor,
  scope: CooperationScope,
  input: EvidenceCreateInput,
): Promise<{ id: string }> {
  if (!RECEIVING_STATUSES.includes(scope.status)) {
    throw new InvalidTransitionError('cooperation.evidence_not_expected');
  }
  if (Date.parse(input.receivedAt) > ctx.now.getTime()) {
    throw new InvalidInputError('cooperation.received_in_future', 'errors.validation', [
      { path: 'body.receivedAt', message: 'received after now' },
    ]);
  }
  return inTransaction(ctx.db, async (trx) => {
    const id = newId();
    await insertEvidence(trx, {
      id,
      request_id: scope.id,
      description_sealed: ctx.sealer.seal(input.description),
      item_count: input.itemCount,
      received_from: input.receivedFrom,
      received_at: input.receivedAt,
      received_by_user_id: actor.userId,
      recorded_at: ctx.now,
    });
    await appendLink(trx, ctx, actor, {
      evidenceId: id,
      action: 'received',
      holder: input.holder,
      note: input.note ?? null,
    });
    const data = { evidenceId: id, itemCount: input.itemCount };
    await insertCooperationEvent(trx, {
      id: newId(),
      requestId: scope.id,
      type: 'evidence_received',
      fromStatus: null,
      toStatus: null,
      data,
      noteSealed: null,
      actor,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: 'cooperation.evidence_add',
      subject: ['coop_request', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id };
  });
}

/** Appends one step to an evidence item's chain of custody (never edits a past step). */
export async function recordCustodyStep(
  ctx: CooperationContext,
  actor: Actor,
  scope: CooperationScope,
  evidenceId: string,
  input: CustodyCreateInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const evidence = await lockEvidence(trx, scope.id, evidenceId);
    if (!evidence) throw new NotFoundError();
    const seq = await appendLink(trx, ctx, actor, {
      evidenceId,
      action: input.action,
      holder: input.holder,
      note: input.note ?? null,
    });
    await writeAudit(trx, {
      actor,
      action: 'cooperation.custody_add',
      subject: ['coop_request', scope.id],
      details: { evidenceId, seq, action: input.action },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
