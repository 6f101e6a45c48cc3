import type { Role } from '#shared/domain/roles.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { aCase, anAgency, aUser, sessionFor } from './index.js';

export const A_VICTIM = {
  identity: {
    nameArabic: 'سلمى تجريبية',
    nameLatin: 'Salma Synthetic',
    birthDate: '1998-04-02',
    documents: [{ type: 'passport', number: 'SYNTH123456', issuingCountry: 'NER' }],
    contacts: [{ kind: 'phone', value: '+000 555 0101' }],
  },
  sex: 'F',
  birthYear: 1998,
  citizenship: 'NER',
  languages: ['ha', 'fr'],
  reflectionDays: 90,
};

/**
 * A victim case owned by a victim-services agency with an assigned case worker, plus a police
 * agency whose investigator is assigned too (cross-agency need-to-know).
 */
export async function aVictimCaseWorld(db: Db, sealer: Sealer, now: Date) {
  const care = await anAgency(db, { kind: 'victim_services' });
  const police = await anAgency(db, { kind: 'police' });
  const secretariat = await anAgency(db, { kind: 'ministry' });
  const user = async (agencyId: string, role: Role) => {
    const created = await aUser(db, sealer, { agencyId, roles: [role] });
    return { ...created, headers: await sessionFor(db, created, now) };
  };
  const caseWorker = await user(care.id, 'case_worker');
  const investigator = await user(police.id, 'investigator');
  const coordinator = await user(secretariat.id, 'national_coordinator');
  const prosecutor = await user(secretariat.id, 'prosecutor');
  const kase = await aCase(db, {
    agencyId: care.id,
    assigneeIds: [caseWorker.id, investigator.id, prosecutor.id],
    now,
  });
  return { care, police, secretariat, caseWorker, investigator, coordinator, prosecutor, kase };
}

/** A victim record written directly (identity sealed), optionally already screened. */
export async function aVictim(
  db: Db,
  sealer: Sealer,
  options: { caseId: string; status?: string; birthYear?: number; now?: Date },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('victim')
    .values({
      id,
      case_id: options.caseId,
      identity_sealed: sealer.seal(JSON.stringify(A_VICTIM.identity)),
      identity_blind_index: null,
      sex: 'F',
      birth_year: options.birthYear ?? 1998,
      is_child: false,
      citizenship: 'NER',
      languages: ['fr'],
      trafficking_status: options.status ?? 'NotScreened',
      reflection_ends_on: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id };
}

/** A consent row written directly, for access tests. */
export async function aConsent(
  db: Db,
  options: {
    victimId: string;
    recipientAgencyId: string;
    recordedBy: string;
    purpose: string;
    category: string;
  },
) {
  const id = newId();
  await db
    .insertInto('victim_consent')
    .values({
      id,
      victim_id: options.victimId,
      recipient_agency_id: options.recipientAgencyId,
      purpose: options.purpose,
      data_category: options.category,
      method: 'signed_form',
      given_by: 'victim',
      witness_sealed: null,
      legal_basis: null,
      approver_user_id: null,
      recorded_by: options.recordedBy,
      given_at: new Date(),
    })
    .execute();
  return { id };
}
