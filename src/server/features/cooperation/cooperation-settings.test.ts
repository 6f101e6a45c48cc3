import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('country settings: the cooperation escalation ladder', () => {
  const t = useTestApp();

  async function adminHeaders() {
    const ministry = await anAgency(t.db, { kind: 'ministry' });
    const admin = await aUser(t.db, t.sealer, { agencyId: ministry.id, roles: ['system_admin'] });
    return sessionFor(t.db, admin, t.clock.now());
  }

  it('is set, kept when absent and reset with null', async () => {
    const headers = await adminHeaders();
    const put = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PUT', url: '/api/admin/country-settings', headers, payload });

    const first = await put({
      reflectionDays: 30,
      coopReminderDays: 20,
      coopEscalationDays: 40,
      coopDiplomaticDays: 80,
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      countryCode: 'LBY',
      reflectionDays: 30,
      coopReminderDays: 20,
      coopEscalationDays: 40,
      coopDiplomaticDays: 80,
      version: 1,
    });

    const kept = await put({ reflectionDays: 45, version: 1 });
    expect(kept.json()).toMatchObject({ reflectionDays: 45, coopReminderDays: 20, version: 2 });

    const reset = await put({ reflectionDays: 45, coopDiplomaticDays: null, version: 2 });
    expect(reset.json()).toEqual({
      countryCode: 'LBY',
      reflectionDays: 45,
      coopReminderDays: 20,
      coopEscalationDays: 40,
      version: 3,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'country_setting.update')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ coop_diplomatic_days: null });
  });

  it('refuses rungs out of order, changing nothing', async () => {
    const headers = await adminHeaders();
    const before = await t.app.inject({ url: '/api/admin/country-settings', headers });
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/country-settings',
      headers,
      payload: {
        reflectionDays: null,
        coopReminderDays: 70,
        version: before.json<{ version: number }>().version,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'country_setting.ladder_order' } });
    const after = await t.app.inject({ url: '/api/admin/country-settings', headers });
    expect(after.json()).toEqual(before.json());
  });
});
