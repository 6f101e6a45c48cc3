import { describe, expect, it } from 'vitest';
import { anAgency, aRegion, aRoutingRule, aTip, aUser, sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('tip routing rules', () => {
  const t = useTestApp();

  async function coordinator() {
    const secretariat = await anAgency(t.db, { kind: 'ministry' });
    await aRoutingRule(t.db, { agencyId: secretariat.id });
    const user = await aUser(t.db, t.sealer, {
      agencyId: secretariat.id,
      roles: ['national_coordinator'],
    });
    return { secretariat, headers: await sessionFor(t.db, user) };
  }

  it('routes a tip of a category to the agency its rule names', async () => {
    const { headers } = await coordinator();
    const police = await anAgency(t.db, { kind: 'police' });
    await aRegion(t.db, 'SEB');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/routing-rules',
      headers,
      payload: { regionCode: 'SEB', category: 'MigrantSmuggling', targetAgencyId: police.id },
    });
    expect(created.statusCode).toBe(201);
    const tip = await aTip(t.db, t.sealer, t.clock.now(), {
      regionCode: 'SEB',
      category: 'MigrantSmuggling',
    });
    const row = await t.db
      .selectFrom('tip')
      .select('assigned_agency_id')
      .where('id', '=', tip.id)
      .executeTakeFirstOrThrow();
    expect(row.assigned_agency_id).toBe(police.id);
    const list = await t.app.inject({ url: '/api/admin/routing-rules', headers });
    expect(list.json<{ items: unknown[] }>().items).toContainEqual(
      expect.objectContaining({ regionCode: 'SEB', category: 'MigrantSmuggling' }),
    );
  });

  it('refuses a second rule for the same region and category with 409', async () => {
    const { headers, secretariat } = await coordinator();
    const payload = { regionCode: null, category: 'ForcedBegging', targetAgencyId: secretariat.id };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/admin/routing-rules',
      headers,
      payload,
    });
    expect(first.statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/admin/routing-rules',
      headers,
      payload,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'routing_rule.duplicate' } });
  });

  it('refuses to route tips to an agency of another country and changes nothing', async () => {
    const { headers } = await coordinator();
    const foreign = await anAgency(t.db, { country: 'TUN' });
    const before = await t.db.selectFrom('tip_routing_rule').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/routing-rules',
      headers,
      payload: { regionCode: null, category: 'OrganRemoval', targetAgencyId: foreign.id },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'routing_rule.unknown_agency' } });
    expect(await t.db.selectFrom('tip_routing_rule').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('keeps the default rule: it can be retargeted but not deleted', async () => {
    const { headers } = await coordinator();
    const list = await t.app.inject({ url: '/api/admin/routing-rules', headers });
    const defaultRule = list
      .json<{ items: { id: string; regionCode: string | null; category: string | null }[] }>()
      .items.find((rule) => rule.regionCode === null && rule.category === null);
    expect(defaultRule).toBeDefined();
    const url = `/api/admin/routing-rules/${defaultRule?.id ?? ''}`;
    const removed = await t.app.inject({ method: 'DELETE', url, headers });
    expect(removed.statusCode).toBe(409);
    const hotline = await anAgency(t.db, { kind: 'police' });
    const moved = await t.app.inject({
      method: 'PATCH',
      url,
      headers,
      payload: { targetAgencyId: hotline.id },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ targetAgencyId: hotline.id });
  });
});
