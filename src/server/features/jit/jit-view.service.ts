import type { JitDetail } from '#shared/contracts/jit.js';
import { todayOf } from '#shared/domain/jit.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import type { JitScope } from './jit.policy.js';
import { toJitDetail, toJitExtension, toJitMember, toJitSummary } from './jit.present.js';
import { findAgreement, listActiveMembers, listExtensions } from './jit.repo.js';
import { auditJit, type JitContext } from './jit.service.js';

/** Opens an agreement (scope, members, extensions) and records who looked. */
export async function viewAgreement(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
): Promise<JitDetail> {
  return inTransaction(ctx.db, async (trx) => {
    await auditJit(trx, ctx, actor, { agreementId: scope.id, action: 'jit.read' });
    const open = (sealed: Buffer) => ctx.sealer.openText(sealed);
    const row = await findAgreement(trx, scope.id);
    // The caller's role after the change this view may follow (a leader may have left).
    const members = await listActiveMembers(trx, scope.id);
    const myRole = members.find((member) => member.user_id === actor.userId)?.role ?? null;
    const summary = toJitSummary({ ...row, my_role: myRole }, todayOf(ctx.now));
    return toJitDetail(
      summary,
      row,
      {
        members: members.map((member) => toJitMember(member, open)),
        extensions: (await listExtensions(trx, scope.id)).map((extension) =>
          toJitExtension(extension, open),
        ),
      },
      open,
    );
  });
}
