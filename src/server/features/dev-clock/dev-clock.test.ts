import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

const DAY = 86_400_000;

describe('demo clock (TANSIQ_TEST_CLOCK)', () => {
  const sweptAt: Date[] = [];
  const t = useTestApp({
    testClockSweeps: async (now) => {
      sweptAt.push(now);
    },
  });

  async function callAs(roles: Parameters<typeof aUser>[2]['roles'], days: unknown) {
    const agency = await anAgency(t.db);
    const user = await aUser(t.db, t.sealer, { agencyId: agency.id, roles });
    const headers = await sessionFor(t.db, user, t.clock.now());
    return t.app.inject({
      method: 'POST',
      url: '/api/dev/clock/advance',
      headers,
      payload: { days },
    });
  }

  it('lets the system administrator move time on, runs the sweeps at the new time and audits it', async () => {
    const before = t.clock.now().getTime();
    const response = await callAs(['system_admin'], 31);
    expect(response.statusCode).toBe(200);
    const movedTo = new Date(response.json<{ now: string }>().now).getTime();
    expect(movedTo - before).toBeGreaterThanOrEqual(31 * DAY);
    expect(movedTo - before).toBeLessThan(31 * DAY + 60_000);
    expect(sweptAt.at(-1)?.getTime()).toBe(movedTo);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'dev.clock.advance')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses anyone else, and bad input, without moving time', async () => {
    const sweeps = sweptAt.length;
    const before = t.clock.now().getTime();
    expect((await callAs(['national_coordinator', 'investigator'], 5)).statusCode).toBe(403);
    expect((await callAs(['system_admin'], 0)).statusCode).toBe(400);
    expect((await callAs(['system_admin'], 'ten')).statusCode).toBe(400);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/dev/clock/advance',
      payload: { days: 3 },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(sweptAt.length).toBe(sweeps);
    expect(t.clock.now().getTime() - before).toBeLessThan(60_000);
  });
});

describe('a node without the demo clock', () => {
  const t = useTestApp();

  it('has no such route', async () => {
    const agency = await anAgency(t.db);
    const admin = await aUser(t.db, t.sealer, { agencyId: agency.id, roles: ['system_admin'] });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/dev/clock/advance',
      headers: await sessionFor(t.db, admin, t.clock.now()),
      payload: { days: 3 },
    });
    expect(response.statusCode).toBe(404);
  });
});
