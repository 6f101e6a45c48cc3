import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';
import {
  existsVictimWithBlindIndex,
  findActiveConsentOfCase,
  findVictimCaseInCountry,
  openReviewsOfMatchingSuspects,
} from './victim-checks.repo.js';

/**
 * Whether the victim of `caseId` holds an active (not withdrawn) consent `consentId` to
 * `agencyId` for one of `purposes`: what other features check before linking the victim to
 * their own records. Nothing about the victim is returned.
 */
export async function hasActiveConsent(
  db: Db,
  consent: { caseId: string; consentId: string; agencyId: string; purposes: readonly string[] },
): Promise<boolean> {
  return (await findActiveConsentOfCase(db, consent)) !== undefined;
}

/**
 * Whether a recorded victim of the country has one of these blind indexes (see
 * `personBlindIndex`): a suspect who matches may be a victim and needs a non-punishment review.
 */
export async function matchesRecordedVictim(
  db: Db,
  countryCode: string,
  blindIndexes: readonly string[],
): Promise<boolean> {
  return existsVictimWithBlindIndex(db, countryCode, blindIndexes);
}

/** Whether `caseId` is a victim case of the country with its person recorded. */
export async function isVictimCaseOfCountry(
  db: Db,
  caseId: string,
  countryCode: string,
): Promise<boolean> {
  return (await findVictimCaseInCountry(db, caseId, countryCode)) !== undefined;
}

/**
 * A victim recorded after a suspect with the same name and birth data: the suspect's
 * non-punishment review opens now, audited per person, inside the victim's transaction.
 */
export async function flagSuspectsMatchingVictim(
  trx: Db,
  ctx: { actor: Actor; now: Date; requestId: string },
  countryCode: string,
  blindIndex: string | null,
): Promise<void> {
  if (blindIndex === null) return;
  const flagged = await openReviewsOfMatchingSuspects(trx, countryCode, blindIndex);
  for (const person of flagged) {
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'investigation.person.review_opened',
      subject: ['investigation', person.investigation_id],
      details: { personId: person.id, reason: 'victim_recorded' },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  }
}
