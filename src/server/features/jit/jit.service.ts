import type {
  JitActivateInput,
  JitCreateInput,
  JitExtendInput,
  JitTerminateInput,
} from '#shared/contracts/jit.js';
import {
  checkActivation,
  checkExtension,
  checkInForce,
  checkJitDuration,
  checkJitParties,
  todayOf,
  type JitCheck,
} from '#shared/domain/jit.js';
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
import { AppError, InvalidInputError, StaleVersionError } from '#server/platform/errors.js';
import type { JitScope } from './jit.policy.js';
import {
  existsInCountry,
  findAgencyName,
  findAgreementVersion,
  insertAgreement,
  insertExtension,
  insertJitMember,
  updateAgreement,
} from './jit.repo.js';

export type JitContext = { db: Db; sealer: Sealer; now: Date; requestId: string };

/** Client mistakes in the body: 400 with the field; refused moves of the lifecycle: 409. */
const FIELD_OF: Partial<Record<string, string>> = {
  'jit.parties_need_two_countries': 'body.parties',
  'jit.parties_must_include_node': 'body.parties',
  'jit.ends_before_start': 'body.endsOn',
  'jit.signed_in_future': 'body.signedOn',
  'jit.extension_not_later': 'body.newEndsOn',
};

/** Throws the error a failed domain check stands for. */
export function assertCheck<Code extends string>(check: JitCheck<Code>): void {
  if (check.ok) return;
  const field = FIELD_OF[check.code];
  if (field) {
    throw new InvalidInputError(check.code, 'errors.validation', [
      { path: field, message: check.code },
    ]);
  }
  const messageKey =
    check.code === 'jit.agreement_not_active'
      ? 'errors.jitAgreementNotActive'
      : 'errors.invalidTransition';
  throw new AppError('invalid_transition', check.code, messageKey);
}

export async function auditJit(
  trx: Db,
  ctx: JitContext,
  actor: Actor,
  entry: { agreementId: string; action: string; details?: Record<string, unknown> },
): Promise<void> {
  await writeAudit(trx, {
    actor,
    action: entry.action,
    subject: ['jit_agreement', entry.agreementId],
    ...(entry.details ? { details: entry.details } : {}),
    requestId: ctx.requestId,
    now: ctx.now,
  });
}

async function assertLinksInCountry(trx: Db, input: JitCreateInput, countryCode: string) {
  const links = [
    ['investigation', input.investigationId, 'body.investigationId'],
    ['coop_request', input.coopRequestId, 'body.coopRequestId'],
  ] as const;
  for (const [table, id, path] of links) {
    if (id && !(await existsInCountry(trx, table, id, countryCode))) {
      throw new InvalidInputError(`jit.unknown_${table}`, 'errors.validation', [
        { path, message: 'no such record in this country' },
      ]);
    }
  }
}

/** Records a draft agreement; its creator becomes the first leader of the team. */
export async function createAgreement(
  ctx: JitContext,
  actor: Actor,
  input: JitCreateInput,
): Promise<{ id: string }> {
  assertCheck(checkJitParties(input.parties, actor.countryCode));
  assertCheck(checkJitDuration(input.startsOn, input.endsOn));
  return inTransaction(ctx.db, async (trx) => {
    await assertLinksInCountry(trx, input, actor.countryCode);
    const year = ctx.now.getUTCFullYear();
    const n = await nextReferenceNumber(trx, `JIT-${actor.countryCode}-${String(year)}`);
    const id = newId();
    await insertAgreement(trx, {
      id,
      reference: formatReference('JIT', actor.countryCode, year, n),
      country_code: actor.countryCode,
      name: input.name,
      scope_sealed: ctx.sealer.seal(input.scope),
      parties: JSON.stringify(input.parties),
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      status: 'draft',
      investigation_id: input.investigationId,
      coop_request_id: input.coopRequestId,
      created_at: ctx.now,
      created_by_user_id: actor.userId,
      updated_at: ctx.now,
    });
    await insertJitMember(trx, {
      id: newId(),
      agreement_id: id,
      user_id: actor.userId,
      country_code: actor.countryCode,
      organisation: await findAgencyName(trx, actor.agencyId),
      role: 'leader',
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    const parties = input.parties.map((party) => party.countryCode).join(',');
    await auditJit(trx, ctx, actor, {
      agreementId: id,
      action: 'jit.create',
      details: { parties, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return { id };
  });
}

async function applyChange(
  trx: Db,
  scope: JitScope,
  version: number,
  changes: Parameters<typeof updateAgreement>[2],
): Promise<void> {
  const updated = await updateAgreement(
    trx,
    { id: scope.id, version, fromStatus: scope.status },
    changes,
  );
  if (!updated) throw new StaleVersionError(await findAgreementVersion(trx, scope.id));
}

/** draft → active once signed, on a day within the agreed duration. */
export async function activateAgreement(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  input: JitActivateInput,
): Promise<void> {
  const agreement = { status: scope.status, startsOn: scope.starts_on, endsOn: scope.ends_on };
  assertCheck(checkActivation(agreement, input.signedOn, todayOf(ctx.now)));
  await inTransaction(ctx.db, async (trx) => {
    await applyChange(trx, scope, input.version, {
      status: 'active',
      signed_on: input.signedOn,
      updated_at: ctx.now,
    });
    await auditJit(trx, ctx, actor, {
      agreementId: scope.id,
      action: 'jit.activate',
      details: { signedOn: input.signedOn },
    });
  });
}

/** active → terminated before its end date; the workspace closes at once. */
export async function terminateAgreement(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  input: JitTerminateInput,
): Promise<void> {
  assertCheck(checkInForce({ status: scope.status, endsOn: scope.ends_on }, todayOf(ctx.now)));
  await inTransaction(ctx.db, async (trx) => {
    await applyChange(trx, scope, input.version, {
      status: 'terminated',
      terminated_at: ctx.now,
      termination_reason_sealed: ctx.sealer.seal(input.reason),
      updated_at: ctx.now,
    });
    await auditJit(trx, ctx, actor, { agreementId: scope.id, action: 'jit.terminate' });
  });
}

/** Moves the end date later while the agreement is in force; the history is append-only. */
export async function extendAgreement(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  input: JitExtendInput,
): Promise<void> {
  const agreement = { status: scope.status, endsOn: scope.ends_on };
  assertCheck(checkExtension(agreement, input.newEndsOn, todayOf(ctx.now)));
  await inTransaction(ctx.db, async (trx) => {
    await applyChange(trx, scope, input.version, {
      ends_on: input.newEndsOn,
      updated_at: ctx.now,
    });
    await insertExtension(trx, {
      id: newId(),
      agreement_id: scope.id,
      previous_ends_on: scope.ends_on,
      new_ends_on: input.newEndsOn,
      reason_sealed: ctx.sealer.seal(input.reason),
      extended_by_user_id: actor.userId,
      extended_at: ctx.now,
    });
    await auditJit(trx, ctx, actor, {
      agreementId: scope.id,
      action: 'jit.extend',
      details: { previousEndsOn: scope.ends_on, newEndsOn: input.newEndsOn },
    });
  });
}
