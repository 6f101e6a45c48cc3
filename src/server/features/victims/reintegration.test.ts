import { describe, expect, it } from 'vitest';
import type { ReintegrationPlan } from '#shared/contracts/reintegration.js';
import { dateOf } from '#shared/domain/reintegration.js';
import { sweepFollowUps } from '#server/features/victims/index.js';
import { sessionFor } from '#test/factories/index.js';
import { aConsent, aVictim, aVictimCaseWorld } from '#test/factories/victims.js';
import { auditActionsFor } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const GOALS = [
  { code: 'housing', description: 'SYNTH: a room in a shared flat near the clinic' },
  { code: 'income', description: 'SYNTH: vocational training as a tailor' },
];

describe('reintegration plans, follow-ups and closure', () => {
  const t = useTestApp();

  async function withPlan(body: Record<string, unknown> = {}) {
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const victim = await aVictim(t.db, t.sealer, { caseId: world.kase.id });
    const url = `/api/cases/${world.kase.id}/victim/reintegration`;
    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: world.caseWorker.headers,
      payload: { startDate: '2026-01-31', goals: GOALS, ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { ...world, victim, url, plan: res.json<ReintegrationPlan>() };
  }

  type World = Awaited<ReturnType<typeof withPlan>>;
  const send = (
    w: World,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    payload?: Record<string, unknown>,
  ) =>
    t.app.inject({
      method,
      url: `${w.url}${path}`,
      headers: w.caseWorker.headers,
      ...(payload ? { payload } : {}),
    });
  const recordFirst = (w: World, payload: Record<string, unknown> = {}) =>
    send(w, 'POST', `/follow-ups/${w.plan.followUps[0]?.id ?? ''}`, {
      heldOn: '2026-04-30',
      outcome: 'needs_support',
      notes: 'SYNTH: wants help with the rent deposit',
      ...payload,
    });

  it('creates an active plan with follow-ups due 3, 6 and 12 months after the start', async () => {
    const w = await withPlan();
    expect(w.plan).toMatchObject({
      caseStatus: 'Active',
      startDate: '2026-01-31',
      followUpMonths: [3, 6, 12],
      goals: GOALS,
      closureReason: null,
      version: 1,
    });
    // The day is clamped to the end of a shorter month.
    expect(w.plan.followUps.map((f) => [f.monthsAfterStart, f.dueOn, f.heldOn])).toEqual([
      [3, '2026-04-30', null],
      [6, '2026-07-31', null],
      [12, '2027-01-31', null],
    ]);
    const raw = await t.db
      .selectFrom('reintegration_plan')
      .selectAll()
      .where('victim_id', '=', w.victim.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.goal_descriptions_sealed).toString('latin1')).not.toContain('tailor');
    expect(await auditActionsFor(t.db, w.victim.id)).toContain('victim.reintegration.create');
    const again = await send(w, 'POST', '', { startDate: '2026-02-01', goals: GOALS });
    expect(again.statusCode).toBe(409);
  });

  it('takes a schedule of its own and changes it with the current version', async () => {
    const w = await withPlan({ followUpMonths: [12, 1] });
    expect(w.plan.followUps.map((f) => f.dueOn)).toEqual(['2026-02-28', '2027-01-31']);
    const changed = await send(w, 'PATCH', '', { followUpMonths: [12, 24], version: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<ReintegrationPlan>()).toMatchObject({ version: 2 });
    expect(changed.json<ReintegrationPlan>().followUps.map((f) => f.monthsAfterStart)).toEqual([
      12, 24,
    ]);
  });

  it('answers 409 to a stale version and keeps the newer change', async () => {
    const w = await withPlan();
    const first = await send(w, 'PATCH', '', { goals: [{ code: 'safety' }], version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await send(w, 'PATCH', '', { goals: [{ code: 'education' }], version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: 2 } },
    });
    const read = await send(w, 'GET', '');
    expect(read.json<ReintegrationPlan>()).toMatchObject({
      goals: [{ code: 'safety', description: '' }],
      version: 2,
    });
  });

  it('records a follow-up outcome once, which moves the plan into follow-up', async () => {
    const w = await withPlan();
    const future = await recordFirst(w, { heldOn: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    const res = await recordFirst(w);
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json<ReintegrationPlan>();
    expect(plan).toMatchObject({ caseStatus: 'FollowUp', version: 2 });
    expect(plan.followUps[0]).toMatchObject({
      heldOn: '2026-04-30',
      outcome: 'needs_support',
      notes: 'SYNTH: wants help with the rent deposit',
      isOverdue: false,
    });
    expect((await recordFirst(w)).statusCode).toBe(409);
    const events = await t.db
      .selectFrom('reintegration_event')
      .select(['type', 'from_status', 'to_status'])
      .where('plan_id', '=', plan.id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { type: 'created', from_status: null, to_status: 'Active' },
      { type: 'follow_up_recorded', from_status: 'Active', to_status: 'FollowUp' },
    ]);
  });

  it('closes only with a reason and only from follow-up; a refused transition changes nothing', async () => {
    const w = await withPlan();
    const noReason = await send(w, 'POST', '/close', { status: 'Closed', version: 1 });
    expect(noReason.statusCode).toBe(400);
    const auditBefore = await auditActionsFor(t.db, w.victim.id);
    const early = await send(w, 'POST', '/close', {
      status: 'Closed',
      reason: 'goals_met',
      version: 1,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'reintegration.invalid_transition' } });
    expect((await send(w, 'GET', '')).json<ReintegrationPlan>()).toMatchObject({
      caseStatus: 'Active',
      closureReason: null,
      version: 1,
    });
    const auditAfter = await auditActionsFor(t.db, w.victim.id);
    expect(auditAfter.filter((a) => a !== 'victim.reintegration.read')).toEqual(auditBefore);

    expect((await recordFirst(w)).statusCode).toBe(200);
    const closed = await send(w, 'POST', '/close', {
      status: 'ClosedReferred',
      reason: 'referred_elsewhere',
      version: 2,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      caseStatus: 'ClosedReferred',
      closureReason: 'referred_elsewhere',
      version: 3,
    });
    const again = await send(w, 'POST', '/close', {
      status: 'Closed',
      reason: 'other',
      version: 3,
    });
    expect(again.statusCode).toBe(409);
    const second = await send(w, 'POST', `/follow-ups/${w.plan.followUps[1]?.id ?? ''}`, {
      heldOn: '2026-07-31',
      outcome: 'on_track',
    });
    expect(second.statusCode).toBe(409);
  });

  it('keeps the plan from an assigned investigator without consent (assistance wall)', async () => {
    const w = await withPlan();
    const read = () => t.app.inject({ url: w.url, headers: w.investigator.headers });
    const walled = await read();
    expect(walled.statusCode).toBe(403);
    expect(walled.json()).toMatchObject({ error: { code: 'victim.assistance_wall' } });
    await aConsent(t.db, {
      victimId: w.victim.id,
      recipientAgencyId: w.police.id,
      recordedBy: w.caseWorker.id,
      purpose: 'investigation',
      category: 'assistance',
    });
    expect((await read()).statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'PATCH',
      url: w.url,
      headers: w.investigator.headers,
      payload: { goals: [{ code: 'other' }], version: 1 },
    });
    expect(write.statusCode).toBe(403);
  });

  it('tells the assigned staff once when a follow-up falls due, not after closure', async () => {
    const w = await withPlan({ startDate: '2026-01-10' });
    expect(await sweepFollowUps(t.db, new Date('2026-04-09T08:00:00Z'))).toEqual({ notified: 0 });
    expect(await sweepFollowUps(t.db, new Date('2026-04-10T08:00:00Z'))).toEqual({ notified: 1 });
    expect(await sweepFollowUps(t.db, new Date('2026-04-11T08:00:00Z'))).toEqual({ notified: 0 });
    const headers = await sessionFor(t.db, w.caseWorker, t.clock.now());
    const inbox = await t.app.inject({ url: '/api/notifications?unread=true', headers });
    expect(inbox.json()).toMatchObject({
      items: [
        {
          kind: 'follow_up_due',
          subjectId: w.plan.followUps[0]?.id,
          data: { caseId: w.kase.id, dueOn: '2026-04-10', monthsAfterStart: 3 },
        },
      ],
    });
    expect((await recordFirst(w, { heldOn: '2026-04-12' })).statusCode).toBe(200);
    const closed = await send(w, 'POST', '/close', {
      status: 'Closed',
      reason: 'moved_abroad',
      version: 2,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    // Other plans of this file fall due too; this closed one raises nothing more.
    await sweepFollowUps(t.db, new Date('2027-06-01T08:00:00Z'));
    const after = await t.app.inject({ url: '/api/notifications', headers });
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  // Last: it moves the shared test clock forward.
  it('flags a follow-up as overdue once its due date has passed without it being held', async () => {
    const w = await withPlan({ startDate: dateOf(t.clock.now()) });
    expect(w.plan.followUps.some((f) => f.isOverdue)).toBe(false);
    t.clock.advanceMs(100 * 86_400_000);
    const headers = await sessionFor(t.db, w.caseWorker, t.clock.now());
    const res = await t.app.inject({ url: w.url, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json<ReintegrationPlan>().followUps.map((f) => f.isOverdue)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
