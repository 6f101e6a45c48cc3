import {
  DefendantIdentityView,
  type Charge,
  type ProsecutionDetail,
  type ProsecutionOverview,
  type ProsecutionView,
  type Verdict,
} from '#shared/contracts/prosecutions.js';
import type { NonPunishmentReview, NonPunishmentTrigger } from '#shared/domain/prosecution.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { listConfiscations, listHearings, listProtectionMeasures } from './court-records.repo.js';
import {
  listCharges,
  listDefendants,
  listVerdictCharges,
  listVerdicts,
  type ChargeRow,
  type DefendantRow,
  type VerdictRow,
} from './defendants.repo.js';
import { readsWholeFile, type ProsecutionScope } from './prosecutions.policy.js';
import {
  toCharge,
  toConfiscation,
  toDefendant,
  toHearing,
  toMember,
  toProsecutionEvent,
  toProsecutionSummary,
  toProtectionMeasure,
} from './prosecutions.present.js';
import {
  countCourtRecords,
  findProsecutionSummary,
  listMembers,
  listProsecutionEvents,
} from './prosecutions.repo.js';
import type { ProsecutionsContext } from './prosecutions.service.js';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

function toVerdicts(
  rows: readonly VerdictRow[],
  chargeOutcomes: Awaited<ReturnType<typeof listVerdictCharges>>,
  open: (sealed: Buffer) => string,
): { defendantId: string; verdict: Verdict }[] {
  const outcomesOf = groupBy(chargeOutcomes, (row) => row.verdict_id);
  return rows.map((row) => ({
    defendantId: row.defendant_id,
    verdict: toVerdict(row, outcomesOf.get(row.id) ?? [], open),
  }));
}

function toVerdict(
  row: VerdictRow,
  chargeOutcomes: Awaited<ReturnType<typeof listVerdictCharges>>,
  open: (sealed: Buffer) => string,
): Verdict {
  return {
    id: row.id,
    outcome: row.outcome as Verdict['outcome'],
    decidedOn: row.decided_on,
    courtLevel: row.court_level as Verdict['courtLevel'],
    charges: chargeOutcomes.map((charge) => ({
      chargeId: charge.charge_id,
      outcome: charge.outcome as Verdict['charges'][number]['outcome'],
    })),
    sentence: row.sentence_verdict_id
      ? {
          prisonMonths: row.prison_months,
          isSuspended: row.is_suspended ?? false,
          fineAmount: row.fine_amount,
          currency: row.currency,
          otherMeasures: row.other_measures_sealed ? open(row.other_measures_sealed) : null,
        }
      : null,
    recordedAt: row.recorded_at.toISOString(),
  };
}

function toDefendants(
  rows: readonly DefendantRow[],
  charges: readonly ChargeRow[],
  verdicts: readonly { defendantId: string; verdict: Verdict }[],
  open: (sealed: Buffer) => string,
) {
  const chargesOf = groupBy(charges, (charge) => charge.defendant_id);
  const verdictsOf = groupBy(verdicts, (verdict) => verdict.defendantId);
  return rows.map((row) => {
    const ownCharges: Charge[] = (chargesOf.get(row.id) ?? []).map(toCharge);
    const ownVerdicts = (verdictsOf.get(row.id) ?? []).map((entry) => entry.verdict);
    return toDefendant(
      {
        id: row.id,
        identity: DefendantIdentityView.parse(JSON.parse(open(row.identity_sealed))),
        investigationPersonId: row.investigation_person_id,
        nonPunishmentReview: row.non_punishment_review as NonPunishmentReview,
        nonPunishmentTrigger: row.non_punishment_trigger as NonPunishmentTrigger | null,
        nonPunishmentReason: row.non_punishment_reason_sealed
          ? open(row.non_punishment_reason_sealed)
          : null,
        createdAt: row.created_at.toISOString(),
        version: row.version,
      },
      ownCharges,
      ownVerdicts,
    );
  });
}

async function loadDetail(
  trx: Db,
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
): Promise<ProsecutionDetail> {
  const open = (sealed: Buffer) => ctx.sealer.openText(sealed);
  const summary = toProsecutionSummary(await findProsecutionSummary(trx, scope.id, actor.userId));
  const verdicts = toVerdicts(
    await listVerdicts(trx, scope.id),
    await listVerdictCharges(trx, scope.id),
    open,
  );
  const defendants = toDefendants(
    await listDefendants(trx, scope.id),
    await listCharges(trx, scope.id),
    verdicts,
    open,
  );
  return {
    ...summary,
    access: 'member',
    members: (await listMembers(trx, scope.id)).map(toMember),
    defendants,
    hearings: (await listHearings(trx, scope.id)).map(toHearing),
    confiscations: (await listConfiscations(trx, scope.id)).map((row) =>
      toConfiscation(row, open(row.description_sealed)),
    ),
    protectionMeasures: (await listProtectionMeasures(trx, scope.id)).map(toProtectionMeasure),
    events: (await listProsecutionEvents(trx, scope.id)).map(toProsecutionEvent),
  };
}

async function loadOverview(
  trx: Db,
  actor: Actor,
  scope: ProsecutionScope,
): Promise<ProsecutionOverview> {
  const summary = toProsecutionSummary(await findProsecutionSummary(trx, scope.id, actor.userId));
  const counts = await countCourtRecords(trx, scope.id);
  return {
    ...summary,
    access: 'overview',
    hearingCount: counts.hearings,
    confiscationCount: counts.confiscations,
    protectionMeasureCount: counts.measures,
  };
}

/**
 * Opens a prosecution and records who looked. A prosecutor of the team gets the whole file; the
 * national coordinator the overview (stage and counts, no identities).
 */
export async function viewProsecution(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
): Promise<ProsecutionView> {
  return inTransaction(ctx.db, async (trx) => {
    const isWhole = readsWholeFile(actor, scope);
    await writeAudit(trx, {
      actor,
      action: 'prosecution.read',
      subject: ['prosecution', scope.id],
      details: { view: isWhole ? 'file' : 'overview' },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return isWhole ? loadDetail(trx, ctx, actor, scope) : loadOverview(trx, actor, scope);
  });
}

/** The whole file after a change by a team member (each write answers with it). */
export async function viewProsecutionFile(
  ctx: ProsecutionsContext,
  actor: Actor,
  scope: ProsecutionScope,
): Promise<ProsecutionDetail> {
  const view = await viewProsecution(ctx, actor, { ...scope, is_member: true });
  if (view.access !== 'member') throw new Error('a team write must answer with the whole file');
  return view;
}
