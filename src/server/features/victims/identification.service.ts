import {
  canDecide,
  firedIndicators,
  proposeStatus,
  statusAfterScreening,
  type DecisionStatus,
  type IndicatorAnswer,
  type TraffickingStatus,
} from '#shared/domain/identification.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import { toJsonb } from '#server/platform/db/json.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { INDICATOR_CODES } from './indicator-codes.js';
import type { VictimCaseScope } from './victims.policy.js';
import {
  insertGuardian,
  insertScreening,
  insertStatusEvent,
  updateVictim,
} from './victims.repo.js';
import { requireVictim, type VictimsContext } from './victims.service.js';

function refuseUnknownIndicators(answers: Record<string, IndicatorAnswer>): void {
  const unknown = Object.keys(answers).filter((code) => !INDICATOR_CODES.has(code));
  if (unknown.length > 0) {
    throw new InvalidInputError('victim.unknown_indicator', 'errors.validation', [
      { path: 'body.answers', message: `unknown indicator codes: ${unknown.join(', ')}` },
    ]);
  }
}

/** Records a screening interview; the indicators that fired propose a status (never a decision). */
export async function screenVictim(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: {
    hasInterpreter: boolean;
    answers: Record<string, IndicatorAnswer>;
    recruitmentCodes: string[];
    controlCodes: string[];
    exploitationCodes: string[];
    notes: string;
  },
) {
  refuseUnknownIndicators(input.answers);
  const proposed = proposeStatus(input.answers);
  const fired = firedIndicators(input.answers);
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const current = victim.trafficking_status as TraffickingStatus;
    const next = statusAfterScreening(current, proposed);
    const id = newId();
    await insertScreening(trx, {
      id,
      victim_id: victim.id,
      conducted_at: ctx.now,
      conducted_by: ctx.actor.userId,
      answers: toJsonb(input.answers),
      recruitment_codes: input.recruitmentCodes,
      control_codes: input.controlCodes,
      exploitation_codes: input.exploitationCodes,
      fired_indicators: fired,
      proposed_status: proposed,
      has_interpreter: input.hasInterpreter,
      notes_sealed: input.notes ? ctx.sealer.seal(input.notes) : null,
    });
    if (next !== current) {
      await updateVictim(trx, victim.id, null, { trafficking_status: next, updated_at: ctx.now });
      await insertStatusEvent(trx, {
        id: newId(),
        victimId: victim.id,
        now: ctx.now,
        actorUserId: ctx.actor.userId,
        fromStatus: current,
        toStatus: next,
        basis: 'screening',
        screeningId: id,
      });
    }
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.screen',
      subject: ['victim', victim.id],
      details: { screeningId: id, proposed, fired },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id, proposedStatus: proposed, firedIndicators: fired, statusAfter: next };
  });
}

/** The formal identification decision: by an authorised decider, with date, body and legal basis. */
export async function decideIdentification(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: {
    status: DecisionStatus;
    decidedOn: string;
    decidingBody: string;
    legalBasis: string;
    version: number;
  },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const current = victim.trafficking_status as TraffickingStatus;
    if (!canDecide(current)) throw new InvalidTransitionError('victim.cannot_decide');
    const updated = await updateVictim(trx, victim.id, input.version, {
      trafficking_status: input.status,
      updated_at: ctx.now,
    });
    if (!updated) throw new StaleVersionError(victim.version);
    const decision = {
      decidedOn: input.decidedOn,
      decidingBody: input.decidingBody,
      legalBasis: input.legalBasis,
    };
    await insertStatusEvent(trx, {
      id: newId(),
      victimId: victim.id,
      now: ctx.now,
      actorUserId: ctx.actor.userId,
      fromStatus: current,
      toStatus: input.status,
      basis: 'decision',
      decision,
    });
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.decide',
      subject: ['victim', victim.id],
      details: { from: current, to: input.status, decidedOn: input.decidedOn },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

export async function appointGuardian(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: {
    name: string;
    relationship: string;
    contact: string;
    appointedOn: string;
    appointingBody: string;
  },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const id = newId();
    const identity = { name: input.name, relationship: input.relationship, contact: input.contact };
    await insertGuardian(trx, {
      id,
      victim_id: victim.id,
      identity_sealed: ctx.sealer.seal(JSON.stringify(identity)),
      appointed_on: input.appointedOn,
      appointing_body: input.appointingBody,
      recorded_by: ctx.actor.userId,
      recorded_at: ctx.now,
      ended_on: null,
    });
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.guardian.add',
      subject: ['victim', victim.id],
      details: { guardianId: id },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
