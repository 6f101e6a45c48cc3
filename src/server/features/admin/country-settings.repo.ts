import type { Db } from '#server/platform/db/schema.js';

export async function findCountrySetting(db: Db, countryCode: string) {
  return db
    .selectFrom('country_setting')
    .select([
      'country_code',
      'reflection_days',
      'coop_reminder_days',
      'coop_escalation_days',
      'coop_diplomatic_days',
      'version',
    ])
    .where('country_code', '=', countryCode)
    .executeTakeFirst();
}

/**
 * Creates the row (version 0 → 1) or updates it when the client's version is current; returns
 * undefined on a stale version.
 */
export async function saveCountrySetting(
  db: Db,
  setting: {
    countryCode: string;
    reflectionDays: number | null;
    /** Cooperation ladder days to change (absent: unchanged, null: back to the default). */
    coopLadder?: {
      coop_reminder_days?: number | null;
      coop_escalation_days?: number | null;
      coop_diplomatic_days?: number | null;
    };
    version: number;
    userId: string | null;
    now: Date;
  },
) {
  if (setting.version === 0) {
    return db
      .insertInto('country_setting')
      .values({
        country_code: setting.countryCode,
        reflection_days: setting.reflectionDays,
        ...setting.coopLadder,
        updated_at: setting.now,
        updated_by: setting.userId,
      })
      .onConflict((conflict) => conflict.column('country_code').doNothing())
      .returning('version')
      .executeTakeFirst();
  }
  return db
    .updateTable('country_setting')
    .set((eb) => ({
      reflection_days: setting.reflectionDays,
      ...setting.coopLadder,
      updated_at: setting.now,
      updated_by: setting.userId,
      version: eb('version', '+', 1),
    }))
    .where('country_code', '=', setting.countryCode)
    .where('version', '=', setting.version)
    .returning('version')
    .executeTakeFirst();
}
