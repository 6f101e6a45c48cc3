import type {
  ChargeCreateInput,
  ChargeUpdateInput,
  DefendantCreateInput,
  NonPunishmentReviewInput,
} from '#shared/contracts/prosecutions.js';
import {
  acceptsNewCharges,
  canRecordReview,
  canUpdateCharge,
  chargeBarOf,
  initialReview,
  type NonPunishmentReview,
} from '#shared/domain/prosecution.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  AppError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { blindIndexOf, matchesRecordedVictim } from '#server/features/victims/index.js';
import {
  findCharge,
  findChargeVersion,
  findDefendant,
  findDefendantVersion,
  findLinkablePerson,
  insertCharge,
  insertDefendant,
  lockDefendantReview,
  updateCharge,
  updateDefendant,
} from './defendants.repo.js';
import type { ProsecutionScope } from './prosecutions.policy.js';
import {
  assertProsecutionOpen,
  recordProsecutionChange,
  type ProsecutionsContext,
} from './prosecutions.service.js';

const REVIEW_MESSAGE_KEYS = {
  'prosecution.non_punishment_review_pending': 'errors.nonPunishmentReviewPending',
  'prosecution.non_punishment_applies': 'errors.nonPunishmentApplies',
} as const;

/**
 * The non-punishment wall: no charge (and no judgment) against a defendant whose review is
 * pending or who has been found to be a victim to whom the principle applies.
 */
export function assertChargeable(review: NonPunishmentReview): void {
  const bar = chargeBarOf(review);
  if (bar) throw new AppError('conflict', bar, REVIEW_MESSAGE_KEYS[bar]);
}

export async function requireDefendant(db: Db, scope: ProsecutionScope, defendantId: string) {
  const defendant = await findDefendant(db, scope.id, defendantId);
  if (!defendant) throw new NotFoundError('prosecution.defendant_not_found');
  return defendant;
}

/** The flag of the investigation person the defendant comes from (same investigation only). */
async function linkedPersonReview(
  trx: Db,
  scope: ProsecutionScope,
  personId: string | null,
): Promise<NonPunishmentReview | null> {
  if (personId === null) return null;
  const person = scope.investigation_id
    ? await findLinkablePerson(trx, personId, scope.investigation_id)
    : undefined;
  if (!person) {
    throw new InvalidInputError('prosecution.unknown_investigation_person', 'errors.validation', [
      { path: 'body.investigationPersonId', message: 'no such person in the linked investigation' },
    ]);
  }
  return person.non_punishment_review;
}

/**
 * Records a defendant. The review starts pending when the linked investigation person is flagged
 * or the identity matches a registered victim of the country (same keyed index as victims); the
 * response says why by a code, never which victim.
 */
export async function addDefendant(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  input: DefendantCreateInput,
): Promise<{ id: string }> {
  assertProsecutionOpen(scope);
  return inTransaction(ctx.db, async (trx) => {
    const linkedReview = await linkedPersonReview(trx, scope, input.investigationPersonId);
    const blindIndex = blindIndexOf(ctx.sealer, input.identity, input.identity.birthYear);
    const matchesVictim =
      blindIndex !== null && (await matchesRecordedVictim(trx, scope.country_code, [blindIndex]));
    const { review, trigger } = initialReview({ linkedPersonReview: linkedReview, matchesVictim });
    const id = newId();
    await insertDefendant(trx, {
      id,
      prosecution_id: scope.id,
      identity_sealed: ctx.sealer.seal(JSON.stringify(input.identity)),
      identity_blind_index: blindIndex,
      investigation_person_id: input.investigationPersonId,
      non_punishment_review: review,
      non_punishment_trigger: trigger,
      non_punishment_reason_sealed: null,
      created_at: ctx.now,
      created_by_user_id: actor.userId,
      updated_at: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.add_defendant',
      event: 'defendant_added',
      data: { defendantId: id, nonPunishmentReview: review, nonPunishmentTrigger: trigger },
    });
    return { id };
  });
}

/** A prosecutor of the team decides (or raises) the defendant's non-punishment review. */
export async function reviewNonPunishment(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  defendantId: string,
  input: NonPunishmentReviewInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const defendant = await requireDefendant(trx, scope, defendantId);
    const from = defendant.non_punishment_review;
    if (!canRecordReview(from, input.outcome)) {
      throw new InvalidTransitionError('prosecution.invalid_review_transition');
    }
    const updated = await updateDefendant(
      trx,
      { id: defendant.id, version: input.version, fromReview: from },
      {
        non_punishment_review: input.outcome,
        // Raised by hand from `none`; otherwise the original trigger stays on record.
        ...(from === 'none' ? { non_punishment_trigger: 'manual' } : {}),
        non_punishment_reason_sealed: ctx.sealer.seal(input.reason),
        updated_at: ctx.now,
      },
    );
    if (!updated) throw new StaleVersionError(await findDefendantVersion(trx, defendant.id));
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.review_non_punishment',
      event: 'non_punishment_reviewed',
      data: { defendantId: defendant.id, from, to: input.outcome },
    });
  });
}

export async function fileCharge(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  defendantId: string,
  input: ChargeCreateInput,
): Promise<{ id: string }> {
  if (!acceptsNewCharges(scope.stage)) {
    throw new InvalidTransitionError('prosecution.no_new_charges_at_stage');
  }
  return inTransaction(ctx.db, async (trx) => {
    const defendant = await requireDefendant(trx, scope, defendantId);
    assertChargeable(await lockDefendantReview(trx, defendant.id));
    const id = newId();
    await insertCharge(trx, {
      id,
      prosecution_id: scope.id,
      defendant_id: defendant.id,
      offence_code: input.offenceCode,
      law_article: input.lawArticle,
      status: 'filed',
      filed_at: ctx.now,
      filed_by_user_id: actor.userId,
      updated_at: ctx.now,
    });
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.file_charge',
      event: 'charge_filed',
      data: { defendantId: defendant.id, chargeId: id, offenceCode: input.offenceCode },
    });
    return { id };
  });
}

/** Amends, withdraws or dismisses an open charge; outcomes of a trial come with the verdict. */
export async function changeCharge(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
  ids: { defendantId: string; chargeId: string },
  input: ChargeUpdateInput,
): Promise<void> {
  assertProsecutionOpen(scope);
  const isRequalifying = input.offenceCode !== undefined || input.lawArticle !== undefined;
  if (isRequalifying && input.status !== 'amended') {
    throw new InvalidInputError('prosecution.requalify_only_when_amending', 'errors.validation', [
      { path: 'body.status', message: 'offence and article change only with an amendment' },
    ]);
  }
  await inTransaction(ctx.db, async (trx) => {
    const defendant = await requireDefendant(trx, scope, ids.defendantId);
    const charge = await findCharge(trx, defendant.id, ids.chargeId);
    if (!charge) throw new NotFoundError('prosecution.charge_not_found');
    if (!canUpdateCharge(charge.status, input.status)) {
      throw new InvalidTransitionError('prosecution.invalid_charge_transition');
    }
    const updated = await updateCharge(
      trx,
      { id: charge.id, version: input.version, fromStatus: charge.status },
      {
        status: input.status,
        ...(input.offenceCode ? { offence_code: input.offenceCode } : {}),
        ...(input.lawArticle ? { law_article: input.lawArticle } : {}),
        updated_at: ctx.now,
      },
    );
    if (!updated) throw new StaleVersionError(await findChargeVersion(trx, charge.id));
    await recordProsecutionChange(trx, ctx, actor, {
      prosecutionId: scope.id,
      action: 'prosecution.update_charge',
      event: 'charge_updated',
      data: {
        defendantId: defendant.id,
        chargeId: charge.id,
        from: charge.status,
        to: input.status,
        offenceCode: input.offenceCode ?? charge.offence_code,
      },
    });
  });
}
