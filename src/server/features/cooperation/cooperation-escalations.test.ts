import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationStatus } from '#shared/domain/cooperation.js';
import { aCooperationRequest } from '#test/factories/cooperation.js';
import { anAgency, aUser, type TestUser } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';
import { sweepCooperationEscalations } from './cooperation-escalations.service.js';

const t = useTestApp();
const DAY = 86_400_000;

let prosecution: { id: string };
let prosecutor: TestUser;
let central: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  prosecution = await anAgency(t.db, { kind: 'prosecution' });
  const centralAgency = await anAgency(t.db, { kind: 'central_authority' });
  const ministry = await anAgency(t.db, { kind: 'ministry' });
  prosecutor = await aUser(t.db, t.sealer, { agencyId: prosecution.id, roles: ['prosecutor'] });
  central = await aUser(t.db, t.sealer, {
    agencyId: centralAgency.id,
    roles: ['central_authority_officer'],
  });
  coordinator = await aUser(t.db, t.sealer, {
    agencyId: ministry.id,
    roles: ['national_coordinator'],
  });
});

/** An outgoing request sent right now (application clock). */
async function sentNow(
  options: {
    status?: CooperationStatus;
    urgency?: 'urgent';
    country?: string;
    agencyId?: string;
    drafter?: TestUser;
  } = {},
) {
  return aCooperationRequest(t.db, t.sealer, {
    ownerAgencyId: options.agencyId ?? prosecution.id,
    createdByUserId: (options.drafter ?? prosecutor).id,
    status: options.status ?? 'sent',
    sentAt: t.clock.now(),
    ...(options.urgency ? { urgency: options.urgency } : {}),
    ...(options.country ? { country: options.country } : {}),
    now: t.clock.now(),
  });
}

const sweep = () => sweepCooperationEscalations(t.db, t.clock.now());
/** Moves the clock to `days` after `from` (an instant captured when the request was sent). */
const advanceTo = (from: number, days: number) => {
  t.clock.advanceMs(from + days * DAY - t.clock.now().getTime());
};

async function stateOf(requestId: string) {
  const row = await t.db
    .selectFrom('coop_request')
    .select(['escalation_level', 'last_escalated_at'])
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  const events = await t.db
    .selectFrom('coop_request_event')
    .select(['type', 'data'])
    .where('request_id', '=', requestId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  const notifications = await t.db
    .selectFrom('notification')
    .select(['user_id', 'kind'])
    .where('subject_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('user_id')
    .execute();
  const audit = await t.db
    .selectFrom('audit_log')
    .select(['action', 'actor_kind'])
    .where('subject_id', '=', requestId)
    .orderBy('seq')
    .execute();
  return { level: row.escalation_level, events, notifications, audit };
}

describe('the cooperation escalation ladder', () => {
  it('reminds at 30 days, escalates at 60, asks for diplomatic follow-up at 90, each once', async () => {
    const { id, reference } = await sentNow();
    const sentAt = t.clock.now().getTime();

    advanceTo(sentAt, 29);
    await sweep();
    expect((await stateOf(id)).level).toBe(0);

    advanceTo(sentAt, 30);
    await sweep();
    let state = await stateOf(id);
    expect(state.level).toBe(1);
    expect(state.events).toHaveLength(1);
    expect(state.events[0]).toMatchObject({ type: 'reminded', data: { level: 1, reference } });
    expect(state.notifications).toEqual([{ user_id: prosecutor.id, kind: 'cooperation_reminder' }]);
    expect(state.audit).toEqual([{ action: 'cooperation.reminded', actor_kind: 'system' }]);

    await sweep();
    advanceTo(sentAt, 45);
    await sweep();
    expect((await stateOf(id)).events).toHaveLength(1);

    advanceTo(sentAt, 60);
    await sweep();
    state = await stateOf(id);
    expect(state.level).toBe(2);
    const escalated = state.notifications.filter((n) => n.kind === 'cooperation_escalated');
    expect(escalated.map((n) => n.user_id)).toEqual(
      expect.arrayContaining([central.id, coordinator.id]),
    );
    expect(escalated.map((n) => n.user_id)).not.toContain(prosecutor.id);

    advanceTo(sentAt, 90);
    await sweep();
    await sweep();
    state = await stateOf(id);
    expect(state.level).toBe(3);
    expect(state.events.map((event) => event.type)).toEqual([
      'reminded',
      'escalated',
      'diplomatic_follow_up',
    ]);
    expect(state.audit.map((row) => row.action)).toEqual([
      'cooperation.reminded',
      'cooperation.escalated',
      'cooperation.diplomatic_follow_up',
    ]);
    const diplomatic = state.notifications.filter((n) => n.kind === 'cooperation_diplomatic');
    expect(diplomatic.map((n) => n.user_id)).toEqual(
      expect.arrayContaining([prosecutor.id, central.id, coordinator.id]),
    );

    advanceTo(sentAt, 200);
    await sweep();
    expect((await stateOf(id)).events).toHaveLength(3);
  });

  it('climbs twice as fast for an urgent request', async () => {
    const { id } = await sentNow({ urgency: 'urgent' });
    const sentAt = t.clock.now().getTime();
    advanceTo(sentAt, 14);
    await sweep();
    expect((await stateOf(id)).level).toBe(0);
    advanceTo(sentAt, 15);
    await sweep();
    expect((await stateOf(id)).level).toBe(1);
    advanceTo(sentAt, 45);
    await sweep();
    expect((await stateOf(id)).level).toBe(3);
  });

  it('fires every missed rung once when the sweep has not run for a long time', async () => {
    const { id } = await sentNow({ status: 'acknowledged' });
    advanceTo(t.clock.now().getTime(), 95);
    const result = await sweep();
    expect(result.reminded).toBeGreaterThanOrEqual(1);
    const state = await stateOf(id);
    expect(state.level).toBe(3);
    expect(state.events.map((event) => event.type)).toEqual([
      'reminded',
      'escalated',
      'diplomatic_follow_up',
    ]);
  });

  it('follows the thresholds configured for the country', async () => {
    const egypt = await anAgency(t.db, { kind: 'prosecution', country: 'EGY' });
    const drafter = await aUser(t.db, t.sealer, { agencyId: egypt.id, roles: ['prosecutor'] });
    await t.db
      .insertInto('country_setting')
      .values({
        country_code: 'EGY',
        coop_reminder_days: 10,
        coop_escalation_days: 20,
        coop_diplomatic_days: 40,
        updated_at: t.clock.now(),
      })
      .execute();
    const { id } = await sentNow({ country: 'EGY', agencyId: egypt.id, drafter });
    const sentAt = t.clock.now().getTime();
    advanceTo(sentAt, 9);
    await sweep();
    expect((await stateOf(id)).level).toBe(0);
    advanceTo(sentAt, 10);
    await sweep();
    expect((await stateOf(id)).level).toBe(1);
    advanceTo(sentAt, 20);
    await sweep();
    expect((await stateOf(id)).level).toBe(2);
    advanceTo(sentAt, 39);
    await sweep();
    expect((await stateOf(id)).level).toBe(2);
    advanceTo(sentAt, 40);
    await sweep();
    expect((await stateOf(id)).level).toBe(3);
  });

  it('never escalates executed, refused, withdrawn, draft or incoming requests', async () => {
    const quiet = [
      await sentNow({ status: 'executed' }),
      await sentNow({ status: 'refused' }),
      await sentNow({ status: 'withdrawn' }),
      await sentNow({ status: 'checked' }),
      await aCooperationRequest(t.db, t.sealer, {
        ownerAgencyId: prosecution.id,
        createdByUserId: central.id,
        direction: 'incoming',
        status: 'sent',
        sentAt: t.clock.now(),
        now: t.clock.now(),
      }),
    ];
    advanceTo(t.clock.now().getTime(), 365);
    await sweep();
    for (const { id } of quiet) {
      const state = await stateOf(id);
      expect(state.level).toBe(0);
      expect(state.events).toEqual([]);
      expect(state.notifications).toEqual([]);
    }
  });
});
