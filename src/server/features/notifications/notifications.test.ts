import { describe, expect, it } from 'vitest';
import { sweepReflectionPeriods } from '#server/features/victims/index.js';
import { aCase, anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { aVictim } from '#test/factories/victims.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('reflection-period alerts and the notification inbox', () => {
  const t = useTestApp();

  async function victimWithReflectionEnding(endsOn: string) {
    const care = await anAgency(t.db, { kind: 'victim_services' });
    const worker = await aUser(t.db, t.sealer, { agencyId: care.id, roles: ['case_worker'] });
    const kase = await aCase(t.db, { agencyId: care.id, assigneeIds: [worker.id] });
    const victim = await aVictim(t.db, t.sealer, { caseId: kase.id });
    await t.db
      .updateTable('victim')
      .set({ reflection_ends_on: endsOn })
      .where('id', '=', victim.id)
      .execute();
    return { worker, victim };
  }

  it('alerts the assigned staff once, a week before the reflection period ends', async () => {
    const { worker, victim } = await victimWithReflectionEnding('2026-12-10');
    expect(await sweepReflectionPeriods(t.db, new Date('2026-12-01T08:00:00Z'))).toEqual({
      alerted: 0,
    });
    expect(await sweepReflectionPeriods(t.db, new Date('2026-12-03T08:00:00Z'))).toEqual({
      alerted: 1,
    });
    expect(await sweepReflectionPeriods(t.db, new Date('2026-12-04T08:00:00Z'))).toEqual({
      alerted: 0,
    });
    const headers = await sessionFor(t.db, worker, t.clock.now());
    const inbox = await t.app.inject({ url: '/api/notifications?unread=true', headers });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json()).toMatchObject({
      items: [
        {
          kind: 'reflection_ending',
          subjectId: victim.id,
          data: { reflectionEndsOn: '2026-12-10' },
          readAt: null,
        },
      ],
    });
  });

  it('lets a user mark only their own notifications read', async () => {
    const { worker } = await victimWithReflectionEnding('2026-11-25');
    await sweepReflectionPeriods(t.db, new Date('2026-11-23T08:00:00Z'));
    const headers = await sessionFor(t.db, worker, t.clock.now());
    const [first] = (await t.app.inject({ url: '/api/notifications', headers })).json<{
      items: { id: string }[];
    }>().items;
    const other = await aUser(t.db, t.sealer, {
      agencyId: worker.agencyId,
      roles: ['case_worker'],
    });
    const otherHeaders = await sessionFor(t.db, other, t.clock.now());
    const url = `/api/notifications/${first?.id ?? ''}/read`;
    expect((await t.app.inject({ method: 'POST', url, headers: otherHeaders })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'POST', url, headers })).statusCode).toBe(204);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'notification.mark_read')
      .where('subject_id', '=', first?.id ?? '')
      .execute();
    expect(audit.map((row) => row.actor_user_id)).toEqual([worker.id]);
    const unread = await t.app.inject({ url: '/api/notifications?unread=true', headers });
    expect(unread.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
