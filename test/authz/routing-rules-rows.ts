import { aRegion, aRoutingRule } from '#test/factories/index.js';
import type { MatrixRow, Outsider, World } from './matrix-world.js';

const RULE_ADMINS = ['system_admin', 'national_coordinator'] as const;

/** Routing is set per country: another agency of the same country may act, another country not. */
const RULE_OUTSIDERS: readonly Outsider[] = [
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
  { role: 'system_admin', from: 'other_agency', expect: '2xx' },
];

/** A fresh region per call, so each call's rule key (region × category) is unique. */
async function aFreshRule(w: World): Promise<{ id: string; regionCode: string }> {
  const regionCode = `R${w.unique()}`.slice(0, 20);
  await aRegion(w.t.db, regionCode);
  await aRoutingRule(w.t.db, { agencyId: w.home.id, regionCode });
  const rule = await w.t.db
    .selectFrom('tip_routing_rule')
    .select('id')
    .where('region_code', '=', regionCode)
    .executeTakeFirstOrThrow();
  return { id: rule.id, regionCode };
}

export const routingRuleRows: Record<string, MatrixRow> = {
  'GET /api/admin/routing-rules': {
    kind: 'roles',
    allow: RULE_ADMINS,
    build: async () => ({ method: 'GET', url: '/api/admin/routing-rules' }),
    leaks: [
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (_w, item) => item.countryCode === 'LBY',
      },
    ],
  },
  'POST /api/admin/routing-rules': {
    kind: 'roles',
    allow: RULE_ADMINS,
    build: async (w) => {
      const regionCode = `R${w.unique()}`.slice(0, 20);
      await aRegion(w.t.db, regionCode);
      return {
        method: 'POST',
        url: '/api/admin/routing-rules',
        payload: { regionCode, category: null, targetAgencyId: w.home.id },
      };
    },
  },
  'PATCH /api/admin/routing-rules/:id': {
    kind: 'roles',
    allow: RULE_ADMINS,
    build: async (w) => ({
      method: 'PATCH',
      url: `/api/admin/routing-rules/${(await aFreshRule(w)).id}`,
      payload: { targetAgencyId: w.home.id },
    }),
    outsiders: RULE_OUTSIDERS,
  },
  'DELETE /api/admin/routing-rules/:id': {
    kind: 'roles',
    allow: RULE_ADMINS,
    build: async (w) => ({
      method: 'DELETE',
      url: `/api/admin/routing-rules/${(await aFreshRule(w)).id}`,
    }),
    outsiders: RULE_OUTSIDERS,
  },
};
