import type {
  ProsecutionCreateInput,
  ProsecutionMemberInput,
  ProsecutionStageInput,
} from '#shared/contracts/prosecutions.js';
import { isProsecutionOpen, moveProsecutionStage } from '#shared/domain/prosecution.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import {
  formatReference,
  nextReferenceNumber,
} from '#server/platform/db/reference-counter.repo.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  AppError,
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import type { ProsecutionScope } from './prosecutions.policy.js';
import {
  countVerdicts,
  findInvestigationOfCountry,
  findProsecutionVersion,
  findProsecutorOfCountry,
  insertMember,
  insertProsecution,
  insertProsecutionEvent,
  listMembers,
  updateProsecution,
} from './prosecutions.repo.js';

export type ProsecutionsContext = { db: Db; sealer: Sealer; now: Date; requestId: string };

type EventData = Record<string, string | number | boolean | null>;

/**
 * One audited change of a prosecution: its timeline event and the audit row, written in the
 * transaction of the change. Timeline data are codes and ids; never names or victim case ids.
 */
export async function recordProsecutionChange(
  trx: Db,
  ctx: ProsecutionsContext,
  actor: Actor,
  change: {
    prosecutionId: string;
    action: string;
    event: string;
    data: EventData;
    auditDetails?: Record<string, unknown>;
  },
): Promise<void> {
  await insertProsecutionEvent(trx, {
    id: newId(),
    prosecutionId: change.prosecutionId,
    type: change.event,
    actorUserId: actor.userId,
    data: change.data,
    now: ctx.now,
  });
  await writeAudit(trx, {
    actor,
    action: change.action,
    subject: ['prosecution', change.prosecutionId],
    details: change.auditDetails ?? change.data,
    requestId: ctx.requestId,
    now: ctx.now,
  });
}

/** A closed case is a record of the court: nothing new is added to it. */
export function assertProsecutionOpen(scope: ProsecutionScope): void {
  if (!isProsecutionOpen(scope.stage)) throw new InvalidTransitionError('prosecution.closed');
}

/** Opens a case in the prosecutor's own office; the opener leads its need-to-know team. */
export async function openProsecution(
  ctx: ProsecutionsContext,
  actor: Actor,
  input: ProsecutionCreateInput,
): Promise<{ id: string }> {
  return inTransaction(ctx.db, async (trx) => {
    if (
      input.investigationId &&
      !(await findInvestigationOfCountry(trx, input.investigationId, actor.countryCode))
    ) {
      throw new InvalidInputError('prosecution.unknown_investigation', 'errors.validation', [
        { path: 'body.investigationId', message: 'no such investigation in this country' },
      ]);
    }
    const year = ctx.now.getUTCFullYear();
    const n = await nextReferenceNumber(trx, `PROS-${actor.countryCode}-${String(year)}`);
    const id = newId();
    await insertProsecution(trx, {
      id,
      reference: formatReference('PROS', actor.countryCode, year, n),
      country_code: actor.countryCode,
      agency_id: actor.agencyId,
      investigation_id: input.investigationId,
      title: input.title,
      court_name: input.courtName,
      stage: 'investigation',
      opened_at: ctx.now,
      opened_by_user_id: actor.userId,
    });
    await insertMember(trx, {
      prosecutionId: id,
      userId: actor.userId,
      teamRole: 'lead',
      by: actor.userId,
      now: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: id,
      action: 'prosecution.create',
      event: 'opened',
      data: { stage: 'investigation', investigationId: input.investigationId },
    });
    return { id };
  });
}

/** Adds a prosecutor of the country to the team (need-to-know crosses offices, not borders). */
export async function addProsecutionMember(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  input: ProsecutionMemberInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    if (!(await findProsecutorOfCountry(trx, input.userId, scope.country_code))) {
      throw new InvalidInputError('prosecution.member_not_prosecutor', 'errors.validation', [
        { path: 'body.userId', message: 'not an active prosecutor of this country' },
      ]);
    }
    const members = await listMembers(trx, scope.id);
    if (members.some((member) => member.user_id === input.userId)) {
      throw new AppError('conflict', 'prosecution.already_member', 'errors.duplicate');
    }
    await insertMember(trx, {
      prosecutionId: scope.id,
      userId: input.userId,
      teamRole: input.teamRole,
      by: actor.userId,
      now: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.add_member',
      event: 'member_added',
      data: { userId: input.userId, teamRole: input.teamRole },
    });
  });
}

/** Moves the case along its stages (shared/domain/prosecution.ts); an invalid move changes nothing. */
export async function changeProsecutionStage(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  input: ProsecutionStageInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const move = moveProsecutionStage(scope.stage, input.to, {
      verdictCount: await countVerdicts(trx, scope.id),
      closingReason: input.reason ?? null,
    });
    if (!move.ok && move.code === 'prosecution.closing_reason_required') {
      throw new InvalidInputError(move.code, 'errors.validation', [
        { path: 'body.reason', message: 'a reason is required to close' },
      ]);
    }
    if (!move.ok) throw new InvalidTransitionError(move.code);
    const isClosing = move.to === 'closed';
    const updated = await updateProsecution(
      trx,
      { id: scope.id, version: input.version, fromStage: scope.stage },
      {
        stage: move.to,
        ...(isClosing ? { closing_reason: input.reason ?? null, closed_at: ctx.now } : {}),
      },
    );
    if (!updated) throw new StaleVersionError(await findProsecutionVersion(trx, scope.id));
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.change_stage',
      event: 'stage_changed',
      data: { from: scope.stage, to: move.to, reason: isClosing ? (input.reason ?? null) : null },
    });
  });
}
