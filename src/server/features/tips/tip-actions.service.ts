import { nextTipStatus, type TipCommand, type TipStatus } from '#shared/domain/tip-triage.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { openCase } from '#server/features/cases/index.js';
import type { TipScope } from './tips.policy.js';
import { findActiveAgency, findTipVersion, insertTipEvent, updateTip } from './tips.repo.js';
import type { TipsContext } from './tips.service.js';

function requireTransition(scope: TipScope, command: TipCommand): TipStatus {
  const next = nextTipStatus(scope.status as TipStatus, command);
  if (!next) throw new InvalidTransitionError(`tip.cannot_${command}`);
  return next;
}

/** Applies an optimistic update or reports the version the client should reload. */
async function applyUpdate(
  trx: Db,
  tipId: string,
  version: number,
  changes: Parameters<typeof updateTip>[3],
  firstActionAt?: Date,
) {
  const updated = await updateTip(trx, tipId, version, changes, firstActionAt);
  if (!updated) throw new StaleVersionError(await findTipVersion(trx, tipId));
}

/** Appends a tip_event by the acting staff member; a note is sealed (it may name people). */
async function appendEvent(
  trx: Db,
  ctx: TipsContext,
  actor: Actor,
  event: { tipId: string; type: string; data: Record<string, unknown>; note?: string },
): Promise<void> {
  await insertTipEvent(trx, {
    id: newId(),
    tipId: event.tipId,
    type: event.type,
    actorUserId: actor.userId,
    data: event.data,
    noteSealed: event.note ? ctx.sealer.seal(event.note) : null,
    now: ctx.now,
  });
}

export async function triageTip(
  ctx: TipsContext,
  actor: Actor,
  scope: TipScope,
  input: {
    category: string;
    priority: string;
    assignedAgencyId: string;
    note: string;
    version: number;
  },
) {
  const status = requireTransition(scope, 'triage');
  return inTransaction(ctx.db, async (trx) => {
    const agency = await findActiveAgency(trx, input.assignedAgencyId);
    if (agency?.country_code !== scope.country_code) {
      throw new InvalidInputError('tip.unknown_agency', 'errors.validation', [
        { path: 'body.assignedAgencyId', message: 'no such active agency in this country' },
      ]);
    }
    await applyUpdate(
      trx,
      scope.id,
      input.version,
      {
        status,
        category: input.category,
        priority: input.priority,
        assigned_agency_id: input.assignedAgencyId,
        updated_at: ctx.now,
      },
      ctx.now,
    );
    const data = {
      category: input.category,
      priority: input.priority,
      agencyId: input.assignedAgencyId,
    };
    await appendEvent(trx, ctx, actor, {
      tipId: scope.id,
      type: 'triaged',
      data,
      note: input.note,
    });
    if (input.assignedAgencyId !== scope.assigned_agency_id) {
      const moved = { fromAgencyId: scope.assigned_agency_id, toAgencyId: input.assignedAgencyId };
      await appendEvent(trx, ctx, actor, { tipId: scope.id, type: 'rerouted', data: moved });
    }
    await writeAudit(trx, {
      actor,
      action: 'tip.triage',
      subject: ['tip', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

/** Creates the case or lead and links it to the tip, in one transaction. */
export async function convertTip(
  ctx: TipsContext,
  actor: Actor,
  scope: TipScope,
  input: { kind: 'victim_case' | 'lead'; title: string; version: number },
): Promise<{ caseId: string }> {
  const status = requireTransition(scope, 'convert');
  return inTransaction(ctx.db, async (trx) => {
    const kase = await openCase(
      trx,
      actor,
      {
        kind: input.kind,
        title: input.title,
        agencyId: scope.assigned_agency_id,
        sourceTipId: scope.id,
      },
      ctx.now,
      ctx.requestId,
    );
    await applyUpdate(trx, scope.id, input.version, {
      status,
      case_id: kase.id,
      updated_at: ctx.now,
    });
    const data = { caseId: kase.id, kind: input.kind };
    await appendEvent(trx, ctx, actor, { tipId: scope.id, type: 'converted', data });
    await writeAudit(trx, {
      actor,
      action: 'tip.convert',
      subject: ['tip', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { caseId: kase.id };
  });
}

export async function closeTip(
  ctx: TipsContext,
  actor: Actor,
  scope: TipScope,
  input: { reason: string; note: string; version: number },
) {
  const status = requireTransition(scope, 'close');
  return inTransaction(ctx.db, async (trx) => {
    await applyUpdate(
      trx,
      scope.id,
      input.version,
      {
        status,
        close_reason: input.reason,
        updated_at: ctx.now,
      },
      ctx.now,
    );
    const data = { reason: input.reason };
    await appendEvent(trx, ctx, actor, { tipId: scope.id, type: 'closed', data, note: input.note });
    await writeAudit(trx, {
      actor,
      action: 'tip.close',
      subject: ['tip', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
