import { sql } from 'kysely';
import type { Db } from '#server/platform/db/schema.js';

/** The consent, if it is active, of the victim of `caseId`, to `agencyId` for one of `purposes`. */
export async function findActiveConsentOfCase(
  db: Db,
  target: { caseId: string; consentId: string; agencyId: string; purposes: readonly string[] },
) {
  return db
    .selectFrom('victim_consent')
    .innerJoin('victim', 'victim.id', 'victim_consent.victim_id')
    .select('victim_consent.id')
    .where('victim_consent.id', '=', target.consentId)
    .where('victim.case_id', '=', target.caseId)
    .where('victim_consent.recipient_agency_id', '=', target.agencyId)
    .where('victim_consent.purpose', 'in', target.purposes)
    .where('victim_consent.withdrawn_at', 'is', null)
    .executeTakeFirst();
}

/** Whether any victim of the country has one of these blind indexes (no victim is returned). */
export async function existsVictimWithBlindIndex(
  db: Db,
  countryCode: string,
  blindIndexes: readonly string[],
): Promise<boolean> {
  if (blindIndexes.length === 0) return false;
  const row = await db
    .selectFrom('victim')
    .innerJoin('case_file', 'case_file.id', 'victim.case_id')
    .select('victim.id')
    .where('victim.identity_blind_index', 'in', blindIndexes)
    .where('case_file.country_code', '=', countryCode)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A victim case of the country with its person recorded. */
export async function findVictimCaseInCountry(db: Db, caseId: string, countryCode: string) {
  return db
    .selectFrom('case_file')
    .innerJoin('victim', 'victim.case_id', 'case_file.id')
    .select('case_file.id')
    .where('case_file.id', '=', caseId)
    .where('case_file.country_code', '=', countryCode)
    .where('case_file.kind', '=', 'victim_case')
    .executeTakeFirst();
}

/**
 * Opens the non-punishment review of every suspect of the country whose names match a victim
 * just recorded or changed, and who has had no review: the wall holds whichever record came
 * first. Returns the persons flagged (never told to anyone but the audit log).
 */
export async function openReviewsOfMatchingSuspects(
  db: Db,
  countryCode: string,
  blindIndex: string,
) {
  return db
    .updateTable('investigation_person')
    .set((eb) => ({ non_punishment_review: 'pending', version: eb('version', '+', 1) }))
    .where('role', '=', 'suspect')
    .where('non_punishment_review', '=', 'none')
    .where('name_blind_indexes', '@>', sql<string[]>`ARRAY[${blindIndex}]::text[]`)
    .where('investigation_id', 'in', (eb) =>
      eb.selectFrom('investigation').select('id').where('country_code', '=', countryCode),
    )
    .returning(['id', 'investigation_id'])
    .execute();
}
