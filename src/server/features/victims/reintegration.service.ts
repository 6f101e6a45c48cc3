import {
  addMonths,
  dateOf,
  nextReintegrationStatus,
  normaliseSchedule,
  type ClosedStatus,
  type ReintegrationEvent,
  type ReintegrationStatus,
} from '#shared/domain/reintegration.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  AppError,
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { canReadAssistance } from './consent-wall.js';
import type { VictimCaseScope } from './victims.policy.js';
import { listConsents } from './victims.repo.js';
import { requireVictim, type VictimsContext } from './victims.service.js';
import {
  cancelFollowUps,
  findFollowUp,
  findPlanByVictim,
  insertFollowUps,
  insertPlan,
  insertPlanEvent,
  listFollowUps,
  recordFollowUpOutcome,
  restoreFollowUps,
  updatePlan,
} from './reintegration.repo.js';

type Goal = { code: string; description: string };
type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlanByVictim>>>;

async function requirePlan(trx: Db, victimId: string): Promise<PlanRow> {
  const plan = await findPlanByVictim(trx, victimId);
  if (!plan) throw new NotFoundError('reintegration.not_found');
  return plan;
}

/** The reducer decides; an event it refuses changes nothing and answers 409. */
function nextStatus(plan: PlanRow, event: ReintegrationEvent): ReintegrationStatus {
  const next = nextReintegrationStatus(plan.case_status as ReintegrationStatus, event);
  if (next === null) throw new InvalidTransitionError('reintegration.invalid_transition');
  return next;
}

function requireVersion(plan: PlanRow, version: number) {
  if (plan.version !== version) throw new StaleVersionError(plan.version);
}

const goalColumns = (ctx: VictimsContext, goals: readonly Goal[]) => ({
  goal_codes: goals.map((goal) => goal.code),
  goal_descriptions_sealed: ctx.sealer.seal(JSON.stringify(goals.map((g) => g.description))),
});

const followUpRows = (planId: string, startDate: string, months: readonly number[]) =>
  months.map((monthsAfter) => ({
    id: newId(),
    plan_id: planId,
    months_after_start: monthsAfter,
    due_on: addMonths(startDate, monthsAfter),
  }));

async function appendEvent(
  trx: Db,
  ctx: VictimsContext,
  event: {
    planId: string;
    type: 'created' | 'changed' | 'follow_up_recorded' | 'closed';
    from: string | null;
    to: string;
    followUpId?: string;
    closureReason?: string;
  },
) {
  await insertPlanEvent(trx, {
    id: newId(),
    plan_id: event.planId,
    occurred_at: ctx.now,
    actor_user_id: ctx.actor.userId,
    type: event.type,
    from_status: event.from,
    to_status: event.to,
    follow_up_id: event.followUpId ?? null,
    closure_reason: event.closureReason ?? null,
  });
}

async function audit(trx: Db, ctx: VictimsContext, action: string, victimId: string, details = {}) {
  await writeAudit(trx, {
    actor: ctx.actor,
    action,
    subject: ['victim', victimId],
    details,
    requestId: ctx.requestId,
    now: ctx.now,
  });
}

async function loadView(trx: Db, victimId: string) {
  const plan = await requirePlan(trx, victimId);
  const followUps = await listFollowUps(trx, plan.id);
  return { plan, followUps: followUps.filter((row) => row.cancelled_at === null) };
}
export type ReintegrationView = Awaited<ReturnType<typeof loadView>>;

/** Reintegration is assistance data: behind the consent wall, and every read is audited. */
export async function readPlan(ctx: VictimsContext, kase: VictimCaseScope) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    if (!canReadAssistance(ctx.actor, kase, await listConsents(trx, victim.id))) {
      throw new ForbiddenError('victim.assistance_wall', 'errors.assistanceWall');
    }
    const view = await loadView(trx, victim.id);
    await audit(trx, ctx, 'victim.reintegration.read', victim.id, { planId: view.plan.id });
    return view;
  });
}

export async function createPlan(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: { startDate: string; goals: Goal[]; followUpMonths: number[] },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    if (await findPlanByVictim(trx, victim.id)) {
      throw new AppError('conflict', 'reintegration.already_exists', 'errors.duplicate');
    }
    const id = newId();
    const schedule = normaliseSchedule(input.followUpMonths);
    await insertPlan(trx, {
      id,
      victim_id: victim.id,
      case_status: 'Active',
      start_date: input.startDate,
      follow_up_months: schedule,
      ...goalColumns(ctx, input.goals),
      created_by: ctx.actor.userId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await insertFollowUps(trx, followUpRows(id, input.startDate, schedule));
    await appendEvent(trx, ctx, { planId: id, type: 'created', from: null, to: 'Active' });
    await audit(trx, ctx, 'victim.reintegration.create', victim.id, {
      planId: id,
      followUpMonths: schedule,
      goalCodes: input.goals.map((goal) => goal.code),
    });
    return loadView(trx, victim.id);
  });
}

/** A new schedule adds follow-ups for new months and cancels those not held for dropped ones. */
async function reschedule(trx: Db, ctx: VictimsContext, plan: PlanRow, months: number[]) {
  const existing = await listFollowUps(trx, plan.id);
  const known = new Set(existing.map((row) => row.months_after_start));
  const dropped = plan.follow_up_months.filter((month) => !months.includes(month));
  await cancelFollowUps(trx, plan.id, dropped, ctx.now);
  await restoreFollowUps(
    trx,
    plan.id,
    months.filter((month) => known.has(month)),
  );
  const added = months.filter((month) => !known.has(month));
  await insertFollowUps(trx, followUpRows(plan.id, plan.start_date, added));
}

export async function changePlan(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: { goals?: Goal[] | undefined; followUpMonths?: number[] | undefined; version: number },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const plan = await requirePlan(trx, victim.id);
    requireVersion(plan, input.version);
    const status = nextStatus(plan, { type: 'plan_changed' });
    const schedule = input.followUpMonths && normaliseSchedule(input.followUpMonths);
    const updated = await updatePlan(trx, plan.id, input.version, {
      ...(input.goals ? goalColumns(ctx, input.goals) : {}),
      ...(schedule ? { follow_up_months: schedule } : {}),
      updated_at: ctx.now,
    });
    if (!updated) throw new StaleVersionError(plan.version);
    if (schedule) await reschedule(trx, ctx, plan, schedule);
    await appendEvent(trx, ctx, { planId: plan.id, type: 'changed', from: status, to: status });
    await audit(trx, ctx, 'victim.reintegration.update', victim.id, {
      planId: plan.id,
      fields: Object.keys(input).filter((key) => key !== 'version'),
    });
    return loadView(trx, victim.id);
  });
}

async function requireOpenFollowUp(trx: Db, planId: string, followUpId: string) {
  const followUp = await findFollowUp(trx, planId, followUpId);
  if (!followUp) throw new NotFoundError('reintegration.follow_up_not_found');
  if (followUp.held_on !== null || followUp.cancelled_at !== null) {
    throw new InvalidTransitionError('reintegration.follow_up_recorded');
  }
}

export async function recordFollowUp(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  followUpId: string,
  input: { heldOn: string; outcome: string; notes: string },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const plan = await requirePlan(trx, victim.id);
    const status = nextStatus(plan, { type: 'follow_up_recorded' });
    await requireOpenFollowUp(trx, plan.id, followUpId);
    if (input.heldOn > dateOf(ctx.now) || input.heldOn < plan.start_date) {
      throw new InvalidInputError('reintegration.held_on', 'errors.validation', [
        { path: 'body.heldOn', message: 'between the plan start and today' },
      ]);
    }
    const recorded = await recordFollowUpOutcome(trx, plan.id, followUpId, {
      held_on: input.heldOn,
      outcome: input.outcome,
      notes_sealed: input.notes ? ctx.sealer.seal(input.notes) : null,
      recorded_by: ctx.actor.userId,
      recorded_at: ctx.now,
    });
    if (!recorded) throw new InvalidTransitionError('reintegration.follow_up_recorded');
    const changes = status === plan.case_status ? {} : { case_status: status };
    const updated = await updatePlan(trx, plan.id, plan.version, {
      ...changes,
      updated_at: ctx.now,
    });
    if (!updated) throw new StaleVersionError(plan.version);
    await appendEvent(trx, ctx, {
      planId: plan.id,
      type: 'follow_up_recorded',
      from: plan.case_status,
      to: status,
      followUpId,
    });
    await audit(trx, ctx, 'victim.reintegration.follow_up', victim.id, {
      planId: plan.id,
      followUpId,
      outcome: input.outcome,
    });
    return loadView(trx, victim.id);
  });
}

export async function closePlan(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: { status: ClosedStatus; reason: string; version: number },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const plan = await requirePlan(trx, victim.id);
    requireVersion(plan, input.version);
    const status = nextStatus(plan, { type: 'closed', status: input.status });
    const updated = await updatePlan(trx, plan.id, input.version, {
      case_status: status,
      closure_reason: input.reason,
      closed_at: ctx.now,
      closed_by: ctx.actor.userId,
      updated_at: ctx.now,
    });
    if (!updated) throw new StaleVersionError(plan.version);
    await appendEvent(trx, ctx, {
      planId: plan.id,
      type: 'closed',
      from: plan.case_status,
      to: status,
      closureReason: input.reason,
    });
    await audit(trx, ctx, 'victim.reintegration.close', victim.id, {
      planId: plan.id,
      status,
      reason: input.reason,
    });
    return loadView(trx, victim.id);
  });
}
