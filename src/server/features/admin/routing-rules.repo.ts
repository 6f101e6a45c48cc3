import type { Db } from '#server/platform/db/schema.js';

const RULE_COLUMNS = [
  'tip_routing_rule.id',
  'tip_routing_rule.country_code',
  'tip_routing_rule.region_code',
  'tip_routing_rule.category',
  'tip_routing_rule.target_agency_id',
  'agency.name as target_agency_name',
] as const;

export async function listRoutingRulesOf(db: Db, countryCode: string) {
  return db
    .selectFrom('tip_routing_rule')
    .innerJoin('agency', 'agency.id', 'tip_routing_rule.target_agency_id')
    .select(RULE_COLUMNS)
    .where('tip_routing_rule.country_code', '=', countryCode)
    .orderBy('tip_routing_rule.region_code', (ob) => ob.nullsFirst())
    .orderBy('tip_routing_rule.category', (ob) => ob.nullsFirst())
    .execute();
}

export async function findRoutingRule(db: Db, ruleId: string) {
  return db
    .selectFrom('tip_routing_rule')
    .innerJoin('agency', 'agency.id', 'tip_routing_rule.target_agency_id')
    .select(RULE_COLUMNS)
    .where('tip_routing_rule.id', '=', ruleId)
    .executeTakeFirst();
}

export async function findRuleWithKey(
  db: Db,
  key: { countryCode: string; regionCode: string | null; category: string | null },
) {
  return db
    .selectFrom('tip_routing_rule')
    .select('id')
    .where('country_code', '=', key.countryCode)
    .where('region_code', 'is not distinct from', key.regionCode)
    .where('category', 'is not distinct from', key.category)
    .executeTakeFirst();
}

export async function insertRoutingRule(
  db: Db,
  rule: {
    id: string;
    countryCode: string;
    regionCode: string | null;
    category: string | null;
    targetAgencyId: string;
  },
) {
  await db
    .insertInto('tip_routing_rule')
    .values({
      id: rule.id,
      country_code: rule.countryCode,
      region_code: rule.regionCode,
      category: rule.category,
      target_agency_id: rule.targetAgencyId,
    })
    .execute();
}

export async function setRuleTarget(db: Db, ruleId: string, targetAgencyId: string) {
  await db
    .updateTable('tip_routing_rule')
    .set({ target_agency_id: targetAgencyId })
    .where('id', '=', ruleId)
    .execute();
}

export async function deleteRoutingRule(db: Db, ruleId: string) {
  await db.deleteFrom('tip_routing_rule').where('id', '=', ruleId).execute();
}

export async function isRegionOfCountry(db: Db, countryCode: string, regionCode: string) {
  const row = await db
    .selectFrom('region')
    .select('code')
    .where('country_code', '=', countryCode)
    .where('code', '=', regionCode)
    .executeTakeFirst();
  return row !== undefined;
}
