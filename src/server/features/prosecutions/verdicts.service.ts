import type { VerdictCreateInput } from '#shared/contracts/prosecutions.js';
import {
  allowsSentence,
  canDecideCharge,
  canRecordVerdict,
  isChargeOpen,
  isVerdictConsistent,
  type ChargeStatus,
  type CourtLevel,
} from '#shared/domain/prosecution.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, InvalidInputError, InvalidTransitionError } from '#server/platform/errors.js';
import {
  findVerdictAt,
  insertVerdict,
  lockChargesOfDefendant,
  lockDefendantReview,
  updateCharge,
} from './defendants.repo.js';
import { assertChargeable, requireDefendant } from './defendants.service.js';
import type { ProsecutionScope } from './prosecutions.policy.js';
import { recordProsecutionChange, type ProsecutionsContext } from './prosecutions.service.js';

const invalid = (code: string, path: string, message: string) =>
  new InvalidInputError(code, 'errors.validation', [{ path, message }]);

/**
 * The charges a verdict must decide: at first instance every open charge; on appeal every charge
 * not withdrawn (the appeal court confirms or reverses each).
 */
function chargesToDecide(
  charges: readonly { id: string; status: ChargeStatus }[],
  level: CourtLevel,
) {
  return charges.filter((charge) =>
    level === 'first_instance' ? isChargeOpen(charge.status) : charge.status !== 'withdrawn',
  );
}

function checkVerdictInput(
  charges: readonly { id: string; status: ChargeStatus }[],
  input: VerdictCreateInput,
): void {
  const expected = chargesToDecide(charges, input.courtLevel);
  const given = new Set(input.charges.map((charge) => charge.chargeId));
  const isExactCover =
    given.size === input.charges.length &&
    given.size === expected.length &&
    expected.every((charge) => given.has(charge.id));
  if (!isExactCover) {
    throw invalid(
      'prosecution.verdict_charges_mismatch',
      'body.charges',
      'give one outcome for each charge the court decides',
    );
  }
  if (!expected.every((charge) => canDecideCharge(charge.status, input.courtLevel))) {
    throw new InvalidTransitionError('prosecution.invalid_charge_transition');
  }
  const outcomes = input.charges.map((charge) => charge.outcome);
  if (!isVerdictConsistent(input.outcome, outcomes)) {
    throw invalid(
      'prosecution.verdict_inconsistent',
      'body.outcome',
      'outcome differs from charges',
    );
  }
  if (input.sentence && !allowsSentence(input.outcome)) {
    throw invalid(
      'prosecution.sentence_without_conviction',
      'body.sentence',
      'a sentence needs a conviction',
    );
  }
}

function sentenceRow(
  ctx: ProsecutionsContext,
  verdictId: string,
  sentence: VerdictCreateInput['sentence'],
) {
  if (!sentence) return null;
  return {
    verdict_id: verdictId,
    prison_months: sentence.prisonMonths,
    is_suspended: sentence.isSuspended,
    fine_amount: sentence.fineAmount,
    currency: sentence.currency,
    other_measures_sealed: sentence.otherMeasures ? ctx.sealer.seal(sentence.otherMeasures) : null,
  };
}

/** Copies each charge's outcome to the charge, from the status it was locked in. */
async function decideCharges(
  trx: Db,
  now: Date,
  locked: readonly { id: string; status: ChargeStatus }[],
  decided: VerdictCreateInput['charges'],
): Promise<void> {
  const statusOf = new Map(locked.map((charge) => [charge.id, charge.status]));
  for (const charge of decided) {
    const fromStatus = statusOf.get(charge.chargeId) ?? 'filed';
    await updateCharge(
      trx,
      { id: charge.chargeId, fromStatus },
      { status: charge.outcome, updated_at: now },
    );
  }
}

/**
 * Records a court's judgment on one defendant with the outcome of each charge (copied to the
 * charge's status) and the sentence. One verdict per court level; the defendant must be
 * chargeable (non-punishment wall).
 */
export async function recordVerdict(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  defendantId: string,
  input: VerdictCreateInput,
): Promise<{ id: string }> {
  if (!canRecordVerdict(scope.stage, input.courtLevel)) {
    throw new InvalidTransitionError('prosecution.verdict_not_at_stage');
  }
  return inTransaction(ctx.db, async (trx) => {
    const defendant = await requireDefendant(trx, scope, defendantId);
    assertChargeable(await lockDefendantReview(trx, defendant.id));
    if (await findVerdictAt(trx, defendant.id, input.courtLevel)) {
      throw new AppError('conflict', 'prosecution.verdict_already_recorded', 'errors.duplicate');
    }
    const charges = await lockChargesOfDefendant(trx, defendant.id);
    checkVerdictInput(charges, input);
    const id = newId();
    await insertVerdict(
      trx,
      {
        id,
        prosecution_id: scope.id,
        defendant_id: defendant.id,
        outcome: input.outcome,
        decided_on: input.decidedOn,
        court_level: input.courtLevel,
        recorded_at: ctx.now,
        recorded_by_user_id: actor.userId,
      },
      input.charges,
      sentenceRow(ctx, id, input.sentence),
    );
    await decideCharges(trx, ctx.now, charges, input.charges);
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.record_verdict',
      event: 'verdict_recorded',
      data: {
        defendantId: defendant.id,
        verdictId: id,
        outcome: input.outcome,
        courtLevel: input.courtLevel,
        decidedOn: input.decidedOn,
      },
    });
    return { id };
  });
}
