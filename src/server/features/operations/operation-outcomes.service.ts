import type { ArrestInput, RescueInput, SeizureInput } from '#shared/contracts/operations.js';
import { acceptsOutcomes } from '#shared/domain/operation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, InvalidInputError } from '#server/platform/errors.js';
import { assignToCase, openCase } from '#server/features/cases/index.js';
import { insertInvestigationPerson } from '#server/features/investigations/index.js';
import { recordRescuedVictim } from '#server/features/victims/index.js';
import {
  claimBatch,
  countRescues,
  findBatchKind,
  findOfficerOfCountry,
  insertArrest,
  insertRescue,
  insertSeizure,
  type OutcomeKind,
} from './operation-outcomes.repo.js';
import type { OperationScope } from './operations.policy.js';
import { lockOperationStatus } from './operations.repo.js';
import type { OperationsContext } from './operations.service.js';

/** A replayed batch (same batch id) records nothing and answers with the operation as it is. */
export type Recorded = { isReplay: boolean };

const outcomesClosedError = () =>
  new AppError('invalid_transition', 'operation.outcomes_closed', 'errors.operationOutcomesClosed');

/**
 * Runs the recording of one outcome batch in one transaction, with the operation row locked: it
 * must be in execution or completed, and a batch id already recorded makes the request a no-op.
 */
async function recordBatch(
  ctx: OperationsContext,
  actor: Actor,
  target: { scope: OperationScope; kind: OutcomeKind; batchId: string | undefined },
  work: (trx: Db) => Promise<void>,
): Promise<Recorded> {
  const { scope, kind, batchId } = target;
  if (!acceptsOutcomes(scope.status)) throw outcomesClosedError();
  return inTransaction(ctx.db, async (trx) => {
    if (!acceptsOutcomes(await lockOperationStatus(trx, scope.id))) throw outcomesClosedError();
    if (batchId !== undefined) {
      const batch = { operationId: scope.id, batchId, kind, userId: actor.userId, now: ctx.now };
      if (!(await claimBatch(trx, batch))) {
        if ((await findBatchKind(trx, scope.id, batchId)) !== kind) {
          throw new AppError('conflict', 'operation.batch_reused', 'errors.duplicate');
        }
        return { isReplay: true };
      }
    }
    await work(trx);
    return { isReplay: false };
  });
}

/** The officer who identified rescued persons: an active investigator or police officer. */
async function requireIdentifyingOfficer(trx: Db, userId: string, countryCode: string) {
  const officer = await findOfficerOfCountry(trx, userId, countryCode);
  if (!officer?.roles.includes('investigator') && officer?.agency_kind !== 'police') {
    throw new InvalidInputError('operation.unknown_officer', 'errors.validation', [
      {
        path: 'body.identifyingOfficerUserId',
        message: 'must be an active investigator or police officer of this country',
      },
    ]);
  }
}

/**
 * Each rescued person enters the victim-protection workflow in the same step: a victim case owned
 * by the lead agency, assigned to the identifying officer and the recorder, with the person as a
 * possible victim of trafficking. All persons of the batch, or none.
 */
export async function recordRescues(
  ctx: OperationsContext,
  actor: Actor,
  scope: OperationScope,
  input: RescueInput,
): Promise<Recorded> {
  const target = { scope, kind: 'rescue' as const, batchId: input.batchId };
  return recordBatch(ctx, actor, target, async (trx) => {
    const officerId = input.identifyingOfficerUserId;
    await requireIdentifyingOfficer(trx, officerId, scope.country_code);
    let n = await countRescues(trx, scope.id);
    const caseIds: string[] = [];
    for (const person of input.persons) {
      n += 1;
      const kase = await openCase(
        trx,
        actor,
        {
          kind: 'victim_case',
          title: `${scope.reference} #${String(n)}`,
          agencyId: scope.lead_agency_id,
          sourceTipId: null,
        },
        ctx.now,
        ctx.requestId,
      );
      await assignToCase(trx, actor, kase.id, officerId, ctx.now, ctx.requestId);
      await recordRescuedVictim(
        trx,
        { ...ctx, actor },
        { id: kase.id, country_code: scope.country_code },
        { ...person, operationId: scope.id, identifyingOfficerUserId: officerId },
      );
      await insertRescue(trx, {
        id: newId(),
        operation_id: scope.id,
        case_id: kase.id,
        identifying_officer_user_id: officerId,
        recorded_at: ctx.now,
        recorded_by_user_id: actor.userId,
        sex: person.sex,
        birth_year: person.birthYear,
        citizenship: person.citizenship,
        located_at_sealed: person.location ? ctx.sealer.seal(person.location) : null,
        batch_id: input.batchId ?? null,
      });
      caseIds.push(kase.id);
    }
    await writeAudit(trx, {
      actor,
      action: 'operation.rescue.record',
      subject: ['operation', scope.id],
      details: { batchId: input.batchId ?? null, identifyingOfficerUserId: officerId, caseIds },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

/**
 * Records arrests. When the operation serves an investigation, each arrested person is also a
 * suspect of it, with the non-punishment check every suspect gets.
 */
export async function recordArrests(
  ctx: OperationsContext,
  actor: Actor,
  scope: OperationScope,
  input: ArrestInput,
): Promise<Recorded> {
  const target = { scope, kind: 'arrest' as const, batchId: input.batchId };
  return recordBatch(ctx, actor, target, async (trx) => {
    const suspectIds: string[] = [];
    for (const person of input.persons) {
      const suspect = scope.investigation_id
        ? await insertInvestigationPerson(
            trx,
            ctx,
            actor,
            { id: scope.investigation_id, country_code: scope.country_code },
            {
              role: 'suspect',
              identity: person.identity,
              possibleVictim: person.possibleVictim,
              victimLinkId: null,
            },
          )
        : null;
      if (suspect) suspectIds.push(suspect.id);
      await insertArrest(trx, {
        id: newId(),
        operation_id: scope.id,
        identity_sealed: ctx.sealer.seal(JSON.stringify(person.identity)),
        nationality: person.identity.nationality,
        sex: person.identity.sex,
        arrested_at: person.arrestedAt,
        investigation_person_id: suspect?.id ?? null,
        recorded_at: ctx.now,
        recorded_by_user_id: actor.userId,
        batch_id: input.batchId ?? null,
      });
    }
    await writeAudit(trx, {
      actor,
      action: 'operation.arrest.record',
      subject: ['operation', scope.id],
      details: {
        batchId: input.batchId ?? null,
        count: input.persons.length,
        investigationPersonIds: suspectIds,
      },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

export async function recordSeizure(
  ctx: OperationsContext,
  actor: Actor,
  scope: OperationScope,
  input: SeizureInput,
): Promise<Recorded> {
  const target = { scope, kind: 'seizure' as const, batchId: input.batchId };
  return recordBatch(ctx, actor, target, async (trx) => {
    const id = newId();
    await insertSeizure(trx, {
      id,
      operation_id: scope.id,
      kind: input.kind,
      quantity: input.quantity,
      unit: input.unit,
      estimated_value: input.estimatedValue,
      currency: input.currency,
      description_sealed: input.description ? ctx.sealer.seal(input.description) : null,
      recorded_at: ctx.now,
      recorded_by_user_id: actor.userId,
      batch_id: input.batchId ?? null,
    });
    await writeAudit(trx, {
      actor,
      action: 'operation.seizure.record',
      subject: ['operation', scope.id],
      details: { seizureId: id, kind: input.kind, batchId: input.batchId ?? null },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
