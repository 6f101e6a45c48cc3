import type { Db } from '#server/platform/db/schema.js';

/** Reflection periods ending on or before `lastDay` that nobody was alerted about yet. */
export async function findReflectionsEnding(db: Db, lastDay: string) {
  return db
    .selectFrom('victim')
    .select(['id', 'case_id', 'reflection_ends_on'])
    .where('reflection_ends_on', 'is not', null)
    .where('reflection_ends_on', '<=', lastDay)
    .where('reflection_alerted_at', 'is', null)
    .forUpdate()
    .skipLocked()
    .limit(500)
    .execute();
}

export async function markReflectionAlerted(db: Db, victimId: string, now: Date): Promise<void> {
  await db
    .updateTable('victim')
    .set({ reflection_alerted_at: now })
    .where('id', '=', victimId)
    .execute();
}

export async function findCaseAssignees(db: Db, caseId: string) {
  const rows = await db
    .selectFrom('case_assignment')
    .innerJoin('app_user', 'app_user.id', 'case_assignment.user_id')
    .select('app_user.id')
    .where('case_assignment.case_id', '=', caseId)
    .where('app_user.is_active', '=', true)
    .execute();
  return rows.map((row) => row.id);
}
