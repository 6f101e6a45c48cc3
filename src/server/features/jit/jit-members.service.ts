import type { JitMemberInput } from '#shared/contracts/jit.js';
import { effectiveJitStatus, JIT_LOCAL_MEMBER_ROLES, todayOf } from '#shared/domain/jit.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, InvalidInputError, NotFoundError } from '#server/platform/errors.js';
import type { JitScope } from './jit.policy.js';
import {
  findActiveMember,
  findAgreement,
  findEligibleLocalUser,
  insertJitMember,
  isActiveLocalMember,
  lockLocalLeaders,
  removeMember,
} from './jit.repo.js';
import { auditJit, type JitContext } from './jit.service.js';

/** Staffing stops with the agreement: members join a draft or an agreement in force. */
function assertStaffable(scope: JitScope, now: Date): void {
  const status = effectiveJitStatus({ status: scope.status, endsOn: scope.ends_on }, todayOf(now));
  if (status !== 'draft' && status !== 'active') {
    throw new AppError(
      'invalid_transition',
      'jit.agreement_not_active',
      'errors.jitAgreementNotActive',
    );
  }
}

async function localMemberRow(trx: Db, scope: JitScope, input: JitMemberInput & { kind: 'local' }) {
  const user = await findEligibleLocalUser(
    trx,
    input.userId,
    scope.country_code,
    JIT_LOCAL_MEMBER_ROLES,
  );
  if (!user) {
    throw new InvalidInputError('jit.member_not_eligible', 'errors.validation', [
      {
        path: 'body.userId',
        message:
          'not an active prosecutor, investigator or central authority officer of this country',
      },
    ]);
  }
  if (await isActiveLocalMember(trx, scope.id, user.id)) {
    throw new AppError('conflict', 'jit.already_member', 'errors.duplicate');
  }
  return {
    user_id: user.id,
    external_name_sealed: null,
    country_code: scope.country_code,
    organisation: user.agency_name,
  };
}

/** An officer of another party: the country must be one of the agreement's parties. */
async function externalMemberRow(
  trx: Db,
  ctx: JitContext,
  scope: JitScope,
  input: JitMemberInput & { kind: 'external' },
) {
  const agreement = await findAgreement(trx, scope.id);
  const isOtherParty =
    input.countryCode !== scope.country_code &&
    agreement.parties.some((party) => party.countryCode === input.countryCode);
  if (!isOtherParty) {
    throw new InvalidInputError('jit.member_country_not_party', 'errors.validation', [
      { path: 'body.countryCode', message: 'not another party to the agreement' },
    ]);
  }
  return {
    user_id: null,
    external_name_sealed: ctx.sealer.seal(input.name),
    country_code: input.countryCode,
    organisation: input.organisation,
  };
}

export async function addJitMember(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  input: JitMemberInput,
): Promise<{ id: string }> {
  assertStaffable(scope, ctx.now);
  return inTransaction(ctx.db, async (trx) => {
    const who =
      input.kind === 'local'
        ? await localMemberRow(trx, scope, input)
        : await externalMemberRow(trx, ctx, scope, input);
    const id = newId();
    await insertJitMember(trx, {
      id,
      agreement_id: scope.id,
      ...who,
      role: input.role,
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    await auditJit(trx, ctx, actor, {
      agreementId: scope.id,
      action: 'jit.add_member',
      details: { memberId: id, kind: input.kind, userId: who.user_id, role: input.role },
    });
    return { id };
  });
}

/** Removes a member (the row stays, marked removed); the team never loses its last leader. */
export async function removeJitMember(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  memberId: string,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const member = await findActiveMember(trx, scope.id, memberId);
    if (!member) throw new NotFoundError('jit.member_not_found');
    const leaders = await lockLocalLeaders(trx, scope.id);
    const isLastLeader = leaders.length === 1 && leaders[0]?.id === member.id;
    if (isLastLeader) {
      throw new AppError('invalid_transition', 'jit.last_leader', 'errors.invalidTransition');
    }
    if (!(await removeMember(trx, { id: member.id, byUserId: actor.userId, now: ctx.now }))) {
      throw new NotFoundError('jit.member_not_found');
    }
    await auditJit(trx, ctx, actor, {
      agreementId: scope.id,
      action: 'jit.remove_member',
      details: { memberId: member.id, userId: member.user_id },
    });
  });
}
