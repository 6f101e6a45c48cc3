import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { A_VICTIM, aVictimCaseWorld } from '#test/factories/victims.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('country settings: the legal reflection period', () => {
  const t = useTestApp();

  it('is set by an administrator with optimistic locking and applies to new victims', async () => {
    const ministry = await anAgency(t.db, { kind: 'ministry' });
    const admin = await aUser(t.db, t.sealer, { agencyId: ministry.id, roles: ['system_admin'] });
    const headers = await sessionFor(t.db, admin, t.clock.now());
    const before = await t.app.inject({ url: '/api/admin/country-settings', headers });
    expect(before.json()).toEqual({ countryCode: 'LBY', reflectionDays: null, version: 0 });

    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/country-settings',
      headers,
      payload: { reflectionDays: 30, version: 0 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ countryCode: 'LBY', reflectionDays: 30, version: 1 });
    const stale = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/country-settings',
      headers,
      payload: { reflectionDays: 60, version: 0 },
    });
    expect(stale.statusCode).toBe(409);

    const w = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${w.kase.id}/victim`,
      headers: w.caseWorker.headers,
      payload: { ...A_VICTIM, reflectionDays: null },
    });
    expect(created.statusCode, created.body).toBe(201);
    const expected = new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(created.json()).toMatchObject({ reflectionEndsOn: expected });
  });
});
