import type { OperationCreateInput, ParticipantInput } from '#shared/contracts/operations.js';
import { nextOperationStatus, type OperationCommand } from '#shared/domain/operation.js';
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
import { findInvestigationScope } from '#server/features/investigations/index.js';
import type { OperationScope } from './operations.policy.js';
import {
  findActiveAgencyOfCountry,
  findOperationVersion,
  insertOperation,
  insertOperationStatusChange,
  insertParticipant,
  updateOperation,
} from './operations.repo.js';

export type OperationsContext = { db: Db; sealer: Sealer; now: Date; requestId: string };

/** An operation may serve an investigation only when the actor is on that investigation's team. */
async function requireOwnInvestigation(trx: Db, actor: Actor, investigationId: string | null) {
  if (investigationId === null) return;
  const file = await findInvestigationScope(trx, investigationId, actor.userId);
  if (file?.country_code !== actor.countryCode || file.team_role === null) {
    throw new InvalidInputError('operation.unknown_investigation', 'errors.validation', [
      { path: 'body.investigationId', message: 'no such investigation on your team' },
    ]);
  }
}

/** Plans an operation led by the actor's agency, which is recorded as its lead participant. */
export async function planOperation(
  ctx: OperationsContext,
  actor: Actor,
  input: OperationCreateInput,
): Promise<{ id: string }> {
  return inTransaction(ctx.db, async (trx) => {
    await requireOwnInvestigation(trx, actor, input.investigationId);
    const year = ctx.now.getUTCFullYear();
    const n = await nextReferenceNumber(trx, `OPS-${actor.countryCode}-${String(year)}`);
    const id = newId();
    await insertOperation(trx, {
      id,
      reference: formatReference('OPS', actor.countryCode, year, n),
      country_code: actor.countryCode,
      lead_agency_id: actor.agencyId,
      investigation_id: input.investigationId,
      name: input.name,
      status: 'planned',
      created_at: ctx.now,
      created_by_user_id: actor.userId,
      objective_sealed: input.objective ? ctx.sealer.seal(input.objective) : null,
      planned_start: input.plannedStart,
      planned_end: input.plannedEnd,
    });
    await insertParticipant(trx, {
      id: newId(),
      operation_id: id,
      agency_id: actor.agencyId,
      role: 'lead',
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    await writeAudit(trx, {
      actor,
      action: 'operation.create',
      subject: ['operation', id],
      details: { investigationId: input.investigationId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id };
  });
}

/**
 * Starts, completes or cancels an operation: current-state row, append-only status change and
 * audit row together; a move the lifecycle refuses, or a stale version, changes nothing.
 */
export async function applyOperationCommand(
  ctx: OperationsContext,
  actor: Actor,
  scope: OperationScope,
  command: OperationCommand,
  input: { version: number; reason?: string },
): Promise<void> {
  const status = nextOperationStatus(scope.status, command);
  if (!status) throw new InvalidTransitionError(`operation.cannot_${command}`);
  await inTransaction(ctx.db, async (trx) => {
    const updated = await updateOperation(
      trx,
      { id: scope.id, version: input.version, fromStatus: scope.status },
      {
        status,
        ...(command === 'start' ? { started_at: ctx.now } : { ended_at: ctx.now }),
        ...(command === 'cancel' ? { cancel_reason: input.reason ?? null } : {}),
      },
    );
    if (!updated) throw new StaleVersionError(await findOperationVersion(trx, scope.id));
    await insertOperationStatusChange(trx, {
      id: newId(),
      operationId: scope.id,
      actorUserId: actor.userId,
      from: scope.status,
      to: status,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: `operation.${command}`,
      subject: ['operation', scope.id],
      details: { from: scope.status, to: status },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

/** Adds an agency of the country (its investigators then see the operation) or a foreign one. */
export async function addParticipant(
  ctx: OperationsContext,
  actor: Actor,
  scope: OperationScope,
  input: ParticipantInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const agencyId = input.agencyId ?? null;
    if (agencyId && !(await findActiveAgencyOfCountry(trx, agencyId, scope.country_code))) {
      throw new InvalidInputError('operation.unknown_agency', 'errors.validation', [
        { path: 'body.agencyId', message: 'no such active agency in this country' },
      ]);
    }
    const id = newId();
    const isNew = await insertParticipant(trx, {
      id,
      operation_id: scope.id,
      agency_id: agencyId,
      country_code: input.countryCode ?? null,
      authority_name: input.authorityName ?? null,
      role: input.role,
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    if (!isNew) throw new AppError('conflict', 'operation.already_participant', 'errors.duplicate');
    await writeAudit(trx, {
      actor,
      action: 'operation.participant.add',
      subject: ['operation', scope.id],
      details: { participantId: id, agencyId, countryCode: input.countryCode ?? null },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
