import type {
  JitWorkspace,
  JitWorkspaceEntryInput,
  JitWorkspaceQuery,
} from '#shared/contracts/jit.js';
import { isWorkspaceOpen, todayOf } from '#shared/domain/jit.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';
import { newId } from '#server/platform/db/ids.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { ForbiddenError } from '#server/platform/errors.js';
import type { JitScope } from './jit.policy.js';
import { toWorkspaceEntry } from './jit.present.js';
import {
  insertWorkspaceEntry,
  listWorkspaceEntries,
  lockAgreementsPastEnd,
  markExpired,
} from './jit.repo.js';
import { auditJit, type JitContext } from './jit.service.js';

/**
 * Access follows the agreement: the workspace is open only while it is active and today (the
 * application clock) falls within its duration. After expiry or termination, members get 403.
 */
export function assertWorkspaceOpen(scope: JitScope, now: Date): void {
  const agreement = { status: scope.status, startsOn: scope.starts_on, endsOn: scope.ends_on };
  if (!isWorkspaceOpen(agreement, todayOf(now))) {
    throw new ForbiddenError('jit.agreement_not_active', 'errors.jitAgreementNotActive');
  }
}

/** Reads the shared workspace and records who looked (ids of the entries returned). */
export async function readWorkspace(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  page: JitWorkspaceQuery,
): Promise<JitWorkspace> {
  assertWorkspaceOpen(scope, ctx.now);
  return inTransaction(ctx.db, async (trx) => {
    const entries = await listWorkspaceEntries(trx, scope.id, page);
    await auditJit(trx, ctx, actor, {
      agreementId: scope.id,
      action: 'jit.read_workspace',
      details: { entryIds: entries.items.map((entry) => entry.id) },
    });
    const open = (sealed: Buffer) => ctx.sealer.openText(sealed);
    return { items: entries.items.map((row) => toWorkspaceEntry(row, open)), total: entries.total };
  });
}

export async function writeWorkspaceEntry(
  ctx: JitContext,
  actor: Actor,
  scope: JitScope,
  input: JitWorkspaceEntryInput,
): Promise<{ id: string }> {
  assertWorkspaceOpen(scope, ctx.now);
  const authorMemberId = scope.my_member_id;
  if (!authorMemberId) throw new ForbiddenError();
  return inTransaction(ctx.db, async (trx) => {
    const id = newId();
    await insertWorkspaceEntry(trx, {
      id,
      agreement_id: scope.id,
      author_member_id: authorMemberId,
      kind: input.kind,
      body_sealed: ctx.sealer.seal(input.body),
      created_at: ctx.now,
    });
    await auditJit(trx, ctx, actor, {
      agreementId: scope.id,
      action: 'jit.write_workspace',
      details: { entryId: id, kind: input.kind },
    });
    return { id };
  });
}

/**
 * Records the expiry of active agreements past their end date (access already stops at read
 * time; this keeps the stored status and the audit trail in step). Safe to rerun.
 */
export async function expireJitAgreements(db: Db, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const due = await lockAgreementsPastEnd(trx, todayOf(now));
    for (const agreement of due) {
      await markExpired(trx, agreement.id, now);
      await writeAudit(trx, {
        actor: { kind: 'system' },
        action: 'jit.expire',
        subject: ['jit_agreement', agreement.id],
        details: { endsOn: agreement.ends_on },
        now,
      });
    }
    return due.length;
  });
}
