import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, InvalidInputError, InvalidTransitionError } from '#server/platform/errors.js';
import { findAgency } from './admin.repo.js';
import {
  deleteRoutingRule,
  findRoutingRule,
  findRuleWithKey,
  insertRoutingRule,
  isRegionOfCountry,
  setRuleTarget,
} from './routing-rules.repo.js';

export type RuleContext = { db: Db; actor: Actor; now: Date; requestId: string };

async function requireTargetAgency(trx: Db, countryCode: string, agencyId: string) {
  const agency = await findAgency(trx, agencyId);
  if (agency?.country_code !== countryCode || !agency.is_active) {
    throw new InvalidInputError('routing_rule.unknown_agency', 'errors.validation', [
      { path: 'body.targetAgencyId', message: 'no such active agency in this country' },
    ]);
  }
}

export async function createRoutingRule(
  ctx: RuleContext,
  input: { regionCode: string | null; category: string | null; targetAgencyId: string },
) {
  const countryCode = ctx.actor.countryCode;
  return inTransaction(ctx.db, async (trx) => {
    if (
      input.regionCode !== null &&
      !(await isRegionOfCountry(trx, countryCode, input.regionCode))
    ) {
      throw new InvalidInputError('routing_rule.unknown_region', 'errors.validation', [
        { path: 'body.regionCode', message: 'unknown region' },
      ]);
    }
    await requireTargetAgency(trx, countryCode, input.targetAgencyId);
    if (await findRuleWithKey(trx, { countryCode, ...input })) {
      throw new AppError('conflict', 'routing_rule.duplicate', 'errors.duplicate');
    }
    const id = newId();
    await insertRoutingRule(trx, { id, countryCode, ...input });
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'routing_rule.create',
      subject: ['tip_routing_rule', id],
      details: { ...input },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const row = await findRoutingRule(trx, id);
    if (!row) throw new Error('routing rule vanished inside its own transaction');
    return row;
  });
}

export async function retargetRoutingRule(
  ctx: RuleContext,
  ruleId: string,
  targetAgencyId: string,
) {
  return inTransaction(ctx.db, async (trx) => {
    await requireTargetAgency(trx, ctx.actor.countryCode, targetAgencyId);
    await setRuleTarget(trx, ruleId, targetAgencyId);
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'routing_rule.update',
      subject: ['tip_routing_rule', ruleId],
      details: { targetAgencyId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const row = await findRoutingRule(trx, ruleId);
    if (!row) throw new Error('routing rule vanished inside its own transaction');
    return row;
  });
}

/** The country's default rule (no region, no category) can be retargeted but never removed. */
export async function removeRoutingRule(
  ctx: RuleContext,
  rule: { id: string; region_code: string | null; category: string | null },
) {
  if (rule.region_code === null && rule.category === null) {
    throw new InvalidTransitionError('routing_rule.default_required');
  }
  await inTransaction(ctx.db, async (trx) => {
    await deleteRoutingRule(trx, rule.id);
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'routing_rule.delete',
      subject: ['tip_routing_rule', rule.id],
      details: { regionCode: rule.region_code, category: rule.category },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
