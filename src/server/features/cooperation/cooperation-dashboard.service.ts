import type { CooperationDashboard } from '#shared/contracts/cooperation.js';
import { daysOverdue, isoDay, type CooperationStatus } from '#shared/domain/cooperation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Db } from '#server/platform/db/schema.js';
import {
  countPendingByCountryAndType,
  listOverdueRequests,
  measureExecutionTime,
} from './cooperation-dashboard.repo.js';

type OverdueItem = CooperationDashboard['overdue'][number];

/**
 * The cooperation dashboard of the actor's jurisdiction: pending requests by other State and
 * type, execution time (mean and 90th percentile, in days) and the overdue list.
 */
export async function buildCooperationDashboard(
  db: Db,
  actor: Actor,
  now: Date,
): Promise<CooperationDashboard> {
  const overdue = await listOverdueRequests(db, actor, isoDay(now));
  return {
    pending: await countPendingByCountryAndType(db, actor),
    executionTime: await measureExecutionTime(db, actor),
    overdue: overdue.flatMap((row): OverdueItem[] => {
      const status = row.status as CooperationStatus;
      if (row.due_on === null) return [];
      return [
        {
          id: row.id,
          reference: row.reference,
          direction: row.direction as OverdueItem['direction'],
          type: row.type,
          foreignCountry: row.foreign_country,
          status,
          dueOn: row.due_on,
          daysOverdue: daysOverdue({ status, dueOn: row.due_on }, now),
          escalationLevel: row.escalation_level,
        },
      ];
    }),
  };
}
