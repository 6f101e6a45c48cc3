import type {
  InvestigationCreateInput,
  InvestigationUpdateInput,
  TeamMemberInput,
} from '#shared/contracts/investigations.js';
import {
  acceptsNewContent,
  nextInvestigationStatus,
  TEAM_ELIGIBLE_ROLES,
  type InvestigationCommand,
} from '#shared/domain/investigation.js';
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
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { duplicateError, investigationClosedError, lastLeadError } from './investigation-errors.js';
import type { InvestigationScope } from './investigations.policy.js';
import {
  deleteMember,
  findActiveUserOfCountry,
  findInvestigationVersion,
  findMember,
  insertInvestigation,
  insertMember,
  insertStatusChange,
  listTeam,
  lockLeads,
  updateInvestigation,
} from './investigations.repo.js';

export type InvestigationsContext = { db: Db; sealer: Sealer; now: Date; requestId: string };

/** Content is added to open and suspended files only. */
export function requireAcceptsContent(scope: InvestigationScope): void {
  if (!acceptsNewContent(scope.status)) throw investigationClosedError();
}

/** Opens a file led by the actor's agency; the opener is its first team lead. */
export async function openInvestigation(
  ctx: InvestigationsContext,
  actor: Actor,
  input: InvestigationCreateInput,
): Promise<{ id: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const year = ctx.now.getUTCFullYear();
    const n = await nextReferenceNumber(trx, `INV-${actor.countryCode}-${String(year)}`);
    const id = newId();
    await insertInvestigation(trx, {
      id,
      reference: formatReference('INV', actor.countryCode, year, n),
      country_code: actor.countryCode,
      agency_id: actor.agencyId,
      title: input.title,
      summary_sealed: input.summary ? ctx.sealer.seal(input.summary) : null,
      status: 'open',
      opened_at: ctx.now,
      opened_by_user_id: actor.userId,
    });
    await insertMember(trx, {
      investigationId: id,
      userId: actor.userId,
      teamRole: 'lead',
      addedBy: actor.userId,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: 'investigation.create',
      subject: ['investigation', id],
      details: { agencyId: actor.agencyId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id };
  });
}

export async function changeInvestigation(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: InvestigationUpdateInput,
): Promise<void> {
  requireAcceptsContent(scope);
  await inTransaction(ctx.db, async (trx) => {
    const updated = await updateInvestigation(
      trx,
      { id: scope.id, version: input.version },
      {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.summary !== undefined
          ? { summary_sealed: input.summary ? ctx.sealer.seal(input.summary) : null }
          : {}),
      },
    );
    if (!updated) throw new StaleVersionError(await findInvestigationVersion(trx, scope.id));
    await writeAudit(trx, {
      actor,
      action: 'investigation.update',
      subject: ['investigation', scope.id],
      details: { fields: Object.keys(input).filter((key) => key !== 'version') },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

/**
 * Suspends, resumes or closes a file: the current-state row, the append-only status change and
 * the audit row commit together; a move the lifecycle refuses, or a stale version, changes nothing.
 */
export async function applyInvestigationCommand(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  command: InvestigationCommand,
  version: number,
): Promise<void> {
  const status = nextInvestigationStatus(scope.status, command);
  if (!status) throw new InvalidTransitionError(`investigation.cannot_${command}`);
  await inTransaction(ctx.db, async (trx) => {
    const updated = await updateInvestigation(
      trx,
      { id: scope.id, version, fromStatus: scope.status },
      { status, ...(status === 'closed' ? { closed_at: ctx.now } : {}) },
    );
    if (!updated) throw new StaleVersionError(await findInvestigationVersion(trx, scope.id));
    await insertStatusChange(trx, {
      id: newId(),
      investigationId: scope.id,
      actorUserId: actor.userId,
      from: scope.status,
      to: status,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: `investigation.${command}`,
      subject: ['investigation', scope.id],
      details: { from: scope.status, to: status },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

async function requireEligibleUser(trx: Db, actor: Actor, userId: string) {
  const user = await findActiveUserOfCountry(trx, userId, actor.countryCode);
  const isEligible = user?.roles.some((role) =>
    (TEAM_ELIGIBLE_ROLES as readonly string[]).includes(role),
  );
  if (!isEligible) {
    throw new InvalidInputError('investigation.ineligible_member', 'errors.validation', [
      {
        path: 'body.userId',
        message:
          'must be an active user of this country who is an investigator, prosecutor, central authority officer or analyst',
      },
    ]);
  }
}

/** Leads of the team once `userId` is removed or demoted: refuses to leave the team leaderless. */
async function requireAnotherLead(trx: Db, investigationId: string, userId: string) {
  const leads = await lockLeads(trx, investigationId);
  if (!leads.some((lead) => lead.user_id !== userId)) throw lastLeadError();
}

/** Adds a member, or changes a member's team role (lead ⇄ member). */
export async function addTeamMember(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: TeamMemberInput,
) {
  return inTransaction(ctx.db, async (trx) => {
    await requireEligibleUser(trx, actor, input.userId);
    const current = await findMember(trx, scope.id, input.userId);
    if (current?.team_role === input.teamRole) throw duplicateError('investigation.already_member');
    if (current) {
      if (current.team_role === 'lead') await requireAnotherLead(trx, scope.id, input.userId);
      await deleteMember(trx, scope.id, input.userId);
    }
    await insertMember(trx, {
      investigationId: scope.id,
      userId: input.userId,
      teamRole: input.teamRole,
      addedBy: actor.userId,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: 'investigation.member.add',
      subject: ['investigation', scope.id],
      details: { userId: input.userId, teamRole: input.teamRole, from: current?.team_role ?? null },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return listTeam(trx, scope.id);
  });
}

export async function removeTeamMember(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  userId: string,
) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await findMember(trx, scope.id, userId);
    if (!current) throw new NotFoundError('investigation.member_not_found');
    if (current.team_role === 'lead') await requireAnotherLead(trx, scope.id, userId);
    await deleteMember(trx, scope.id, userId);
    await writeAudit(trx, {
      actor,
      action: 'investigation.member.remove',
      subject: ['investigation', scope.id],
      details: { userId, teamRole: current.team_role },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return listTeam(trx, scope.id);
  });
}
