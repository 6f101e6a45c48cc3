import type {
  ConfiscationCreateInput,
  ConfiscationUpdateInput,
  HearingCreateInput,
  HearingUpdateInput,
  ProtectionMeasureCreateInput,
  ProtectionMeasureUpdateInput,
} from '#shared/contracts/prosecutions.js';
import {
  canMoveConfiscation,
  canMoveProtection,
  isProtectionDecision,
  recordHearingOutcome,
} from '#shared/domain/prosecution.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { newId } from '#server/platform/db/ids.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { findCaseScope } from '#server/features/cases/index.js';
import {
  findConfiscation,
  findHearing,
  findProtectionMeasure,
  findRecordVersion,
  insertConfiscation,
  insertHearing,
  insertProtectionMeasure,
  updateConfiscation,
  updateProtectionMeasure,
  updateScheduledHearing,
} from './court-records.repo.js';
import { findDefendant } from './defendants.repo.js';
import type { ProsecutionScope } from './prosecutions.policy.js';
import {
  assertProsecutionOpen,
  recordProsecutionChange,
  type ProsecutionsContext,
} from './prosecutions.service.js';

export async function scheduleHearing(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  input: HearingCreateInput,
): Promise<{ id: string }> {
  assertProsecutionOpen(scope);
  return inTransaction(ctx.db, async (trx) => {
    const id = newId();
    await insertHearing(trx, {
      id,
      prosecution_id: scope.id,
      kind: input.kind,
      scheduled_at: input.scheduledAt,
      created_at: ctx.now,
      created_by_user_id: actor.userId,
      updated_at: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.schedule_hearing',
      event: 'hearing_scheduled',
      data: { hearingId: id, kind: input.kind, scheduledAt: input.scheduledAt },
    });
    return { id };
  });
}

function checkHearingOutcome(
  hearing: { outcome: HearingUpdateInput['outcome'] | null; scheduled_at: Date },
  input: HearingUpdateInput,
): void {
  if (input.nextScheduledAt !== undefined && input.outcome !== 'adjourned') {
    throw new InvalidInputError('prosecution.next_date_only_when_adjourned', 'errors.validation', [
      { path: 'body.nextScheduledAt', message: 'a next date goes with an adjournment' },
    ]);
  }
  if (!input.outcome) return;
  const result = recordHearingOutcome(hearing.outcome ?? null, input.outcome, {
    scheduledAt: hearing.scheduled_at,
    nextScheduledAt: input.nextScheduledAt ? new Date(input.nextScheduledAt) : null,
  });
  if (result.ok) return;
  if (result.code === 'prosecution.hearing_next_date_required') {
    throw new InvalidInputError(result.code, 'errors.validation', [
      { path: 'body.nextScheduledAt', message: 'an adjournment needs a later next date' },
    ]);
  }
  throw new InvalidTransitionError(result.code);
}

/**
 * Records the outcome of a scheduled hearing, or moves its date. An adjournment schedules the
 * next hearing (same kind) in the same transaction.
 */
export async function changeHearing(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  hearingId: string,
  input: HearingUpdateInput,
): Promise<void> {
  assertProsecutionOpen(scope);
  await inTransaction(ctx.db, async (trx) => {
    const hearing = await findHearing(trx, scope.id, hearingId);
    if (!hearing) throw new NotFoundError('prosecution.hearing_not_found');
    if (hearing.outcome !== null) {
      throw new InvalidTransitionError('prosecution.hearing_already_decided');
    }
    checkHearingOutcome(hearing, input);
    const target = { id: hearing.id, prosecutionId: scope.id, version: input.version };
    const updated = await updateScheduledHearing(trx, target, {
      ...(input.outcome ? { outcome: input.outcome } : {}),
      ...(input.nextScheduledAt ? { next_scheduled_at: input.nextScheduledAt } : {}),
      ...(input.scheduledAt ? { scheduled_at: input.scheduledAt } : {}),
      updated_at: ctx.now,
    });
    if (!updated) throw new StaleVersionError(await findRecordVersion(trx, 'hearing', hearing.id));
    const nextId = input.outcome === 'adjourned' && input.nextScheduledAt ? newId() : null;
    if (nextId && input.nextScheduledAt) {
      await insertHearing(trx, {
        id: nextId,
        prosecution_id: scope.id,
        kind: hearing.kind,
        scheduled_at: input.nextScheduledAt,
        created_at: ctx.now,
        created_by_user_id: actor.userId,
        updated_at: ctx.now,
      });
    }
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.update_hearing',
      event: input.outcome ? 'hearing_concluded' : 'hearing_rescheduled',
      data: {
        hearingId: hearing.id,
        outcome: input.outcome ?? null,
        scheduledAt: input.scheduledAt ?? null,
        nextHearingId: nextId,
        nextScheduledAt: input.nextScheduledAt ?? null,
      },
    });
  });
}

export async function orderConfiscation(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  input: ConfiscationCreateInput,
): Promise<{ id: string }> {
  assertProsecutionOpen(scope);
  return inTransaction(ctx.db, async (trx) => {
    if (input.defendantId && !(await findDefendant(trx, scope.id, input.defendantId))) {
      throw new InvalidInputError('prosecution.unknown_defendant', 'errors.validation', [
        { path: 'body.defendantId', message: 'no such defendant in this prosecution' },
      ]);
    }
    const id = newId();
    await insertConfiscation(trx, {
      id,
      prosecution_id: scope.id,
      defendant_id: input.defendantId,
      description_sealed: ctx.sealer.seal(input.description),
      estimated_value: input.estimatedValue,
      currency: input.currency,
      status: 'ordered',
      ordered_at: ctx.now,
      ordered_by_user_id: actor.userId,
      updated_at: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.order_confiscation',
      event: 'confiscation_ordered',
      data: { orderId: id, defendantId: input.defendantId },
    });
    return { id };
  });
}

/** Execution and return to victims usually follow the final judgment: allowed on a closed case. */
export async function changeConfiscation(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  orderId: string,
  input: ConfiscationUpdateInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const order = await findConfiscation(trx, scope.id, orderId);
    if (!order) throw new NotFoundError('prosecution.confiscation_not_found');
    if (!canMoveConfiscation(order.status, input.status)) {
      throw new InvalidTransitionError('prosecution.invalid_confiscation_transition');
    }
    const target = { id: order.id, prosecutionId: scope.id, version: input.version };
    const updated = await updateConfiscation(
      trx,
      { ...target, fromStatus: order.status },
      { status: input.status, updated_at: ctx.now },
    );
    if (!updated) {
      throw new StaleVersionError(await findRecordVersion(trx, 'confiscation_order', order.id));
    }
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.update_confiscation',
      event: 'confiscation_updated',
      data: { orderId: order.id, from: order.status, to: input.status },
    });
  });
}

/**
 * Requests a protection measure for a victim who testifies. The prosecutor must be assigned to
 * the victim case (need-to-know); an unknown case and a case not assigned to them are refused
 * alike, so the answer never confirms that a case exists. The case id stays out of the timeline.
 */
export async function requestProtection(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  input: ProtectionMeasureCreateInput,
): Promise<{ id: string }> {
  assertProsecutionOpen(scope);
  return inTransaction(ctx.db, async (trx) => {
    const kase = await findCaseScope(trx, input.victimCaseId, actor.userId);
    const isKnownToActor =
      kase?.country_code === scope.country_code && kase.kind === 'victim_case' && kase.is_assigned;
    if (!isKnownToActor) throw new ForbiddenError('prosecution.victim_case_need_to_know');
    const id = newId();
    await insertProtectionMeasure(trx, {
      id,
      prosecution_id: scope.id,
      case_id: input.victimCaseId,
      measure: input.measure,
      status: 'requested',
      requested_at: ctx.now,
      requested_by_user_id: actor.userId,
      updated_at: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.request_protection',
      event: 'protection_requested',
      data: { measureId: id, measure: input.measure },
      // The oversight trail (audit_log, oversight role only) keeps which case it concerns.
      auditDetails: { measureId: id, measure: input.measure, caseId: input.victimCaseId },
    });
    return { id };
  });
}

export async function changeProtection(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  measureId: string,
  input: ProtectionMeasureUpdateInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const measure = await findProtectionMeasure(trx, scope.id, measureId);
    if (!measure) throw new NotFoundError('prosecution.protection_measure_not_found');
    if (!canMoveProtection(measure.status, input.status)) {
      throw new InvalidTransitionError('prosecution.invalid_protection_transition');
    }
    const isDecision = isProtectionDecision(input.status);
    const target = { id: measure.id, prosecutionId: scope.id, version: input.version };
    const updated = await updateProtectionMeasure(
      trx,
      { ...target, fromStatus: measure.status },
      {
        status: input.status,
        ...(isDecision ? { decided_at: input.decidedAt ?? ctx.now } : {}),
        updated_at: ctx.now,
      },
    );
    if (!updated) {
      throw new StaleVersionError(
        await findRecordVersion(trx, 'witness_protection_measure', measure.id),
      );
    }
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.update_protection',
      event: 'protection_updated',
      data: {
        measureId: measure.id,
        measure: measure.measure,
        from: measure.status,
        to: input.status,
      },
    });
  });
}
