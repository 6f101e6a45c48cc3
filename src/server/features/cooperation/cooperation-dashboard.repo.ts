import { sql } from 'kysely';
import { CLOSED_COOPERATION_STATUSES } from '#shared/domain/cooperation.js';
import { hasRole, type Actor } from '#server/platform/authz/actor.js';
import type { Db } from '#server/platform/db/schema.js';

/**
 * Jurisdiction of the dashboard: the country for the central authority and the coordinator, the
 * requests its agency owns or executes for a prosecutor.
 */
function dashboardScope(db: Db, actor: Actor) {
  const query = db
    .selectFrom('coop_request')
    .where('coop_request.country_code', '=', actor.countryCode);
  if (hasRole(actor, 'central_authority_officer', 'national_coordinator')) return query;
  return query.where((eb) =>
    eb.or([
      eb('coop_request.owner_agency_id', '=', actor.agencyId),
      eb('coop_request.executing_agency_id', '=', actor.agencyId),
    ]),
  );
}

/** Requests not closed and past draft, by other State and type. */
export async function countPendingByCountryAndType(db: Db, actor: Actor) {
  const rows = await dashboardScope(db, actor)
    .where('coop_request.status', 'not in', [...CLOSED_COOPERATION_STATUSES, 'draft'])
    .select((eb) => [
      'coop_request.foreign_country',
      'coop_request.type',
      eb.fn.countAll<string>().as('n'),
    ])
    .groupBy(['coop_request.foreign_country', 'coop_request.type'])
    .orderBy('coop_request.foreign_country')
    .orderBy('coop_request.type')
    .execute();
  return rows.map((row) => ({
    foreignCountry: row.foreign_country,
    type: row.type,
    count: Number(row.n),
  }));
}

/** Days from sending to execution over executed requests: count, mean and 90th percentile. */
export async function measureExecutionTime(db: Db, actor: Actor) {
  const days = sql<number>`extract(epoch FROM (coop_request.executed_at - coop_request.sent_at)) / 86400.0`;
  const row = await dashboardScope(db, actor)
    .where('coop_request.status', '=', 'executed')
    .where('coop_request.sent_at', 'is not', null)
    .where('coop_request.executed_at', 'is not', null)
    .select((eb) => [
      eb.fn.countAll<string>().as('n'),
      sql<string | null>`avg(${days})`.as('average_days'),
      sql<string | null>`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days})`.as('p90_days'),
    ])
    .executeTakeFirstOrThrow();
  // numeric and double precision come back as strings or numbers depending on the driver.
  const toDays = (value: string | number | null) =>
    value === null ? null : Math.round(Number(value) * 10) / 10;
  return {
    count: Number(row.n),
    averageDays: toDays(row.average_days),
    p90Days: toDays(row.p90_days),
  };
}

/** Not closed and past the due date, the most overdue first. */
export async function listOverdueRequests(db: Db, actor: Actor, today: string) {
  return dashboardScope(db, actor)
    .where('coop_request.status', 'not in', CLOSED_COOPERATION_STATUSES)
    .where('coop_request.due_on', 'is not', null)
    .where(sql<boolean>`coop_request.due_on < ${today}::date`)
    .select([
      'coop_request.id',
      'coop_request.reference',
      'coop_request.direction',
      'coop_request.type',
      'coop_request.foreign_country',
      'coop_request.status',
      'coop_request.due_on',
      'coop_request.escalation_level',
    ])
    .orderBy('coop_request.due_on')
    .orderBy('coop_request.id')
    .limit(200)
    .execute();
}
