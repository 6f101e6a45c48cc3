import type { ProsecutionStage } from '#shared/domain/prosecution.js';
import type { JitMemberRole, JitStatus } from '#shared/domain/jit.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';

let counter = 0;
const next = () => (counter += 1);

export const A_DEFENDANT = {
  identity: {
    nameArabic: 'كريم تجريبي',
    nameLatin: 'Karim Synthetic',
    birthDate: '1985-07-14',
    birthYear: 1985,
    nationality: 'LBY',
    sex: 'M',
  },
  investigationPersonId: null,
} as const;

/** A prosecution written directly, with its team (the first member leads). */
export async function aProsecution(
  db: Db,
  options: {
    agencyId: string;
    openedBy: string;
    memberIds?: string[];
    country?: string;
    stage?: ProsecutionStage;
    investigationId?: string | null;
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  const id = newId();
  const stage = options.stage ?? 'investigation';
  await db
    .insertInto('prosecution')
    .values({
      id,
      reference: `SYNTH-PROS-${String(next())}-${id.slice(-8)}`,
      country_code: options.country ?? 'LBY',
      agency_id: options.agencyId,
      investigation_id: options.investigationId ?? null,
      title: 'SYNTH prosecution',
      stage,
      court_name: 'SYNTH Criminal Court',
      closing_reason: stage === 'closed' ? 'other' : null,
      closed_at: stage === 'closed' ? now : null,
      opened_at: now,
      opened_by_user_id: options.openedBy,
    })
    .execute();
  for (const [index, userId] of (options.memberIds ?? []).entries()) {
    await db
      .insertInto('prosecution_member')
      .values({
        prosecution_id: id,
        user_id: userId,
        team_role: index === 0 ? 'lead' : 'member',
        added_at: now,
        added_by_user_id: options.openedBy,
      })
      .execute();
  }
  return { id };
}

/** A defendant written directly (identity sealed), with the given review. */
export async function aDefendant(
  db: Db,
  sealer: Sealer,
  options: {
    prosecutionId: string;
    createdBy: string;
    review?: 'none' | 'pending' | 'not_applicable' | 'applies';
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  const id = newId();
  const review = options.review ?? 'none';
  await db
    .insertInto('defendant')
    .values({
      id,
      prosecution_id: options.prosecutionId,
      identity_sealed: sealer.seal(JSON.stringify(A_DEFENDANT.identity)),
      identity_blind_index: null,
      investigation_person_id: null,
      non_punishment_review: review,
      non_punishment_trigger: review === 'none' ? null : 'manual',
      created_at: now,
      created_by_user_id: options.createdBy,
      updated_at: now,
    })
    .execute();
  return { id };
}

export async function aCharge(
  db: Db,
  options: {
    prosecutionId: string;
    defendantId: string;
    filedBy: string;
    status?: string;
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('charge')
    .values({
      id,
      prosecution_id: options.prosecutionId,
      defendant_id: options.defendantId,
      offence_code: 'trafficking_in_persons',
      law_article: 'SYNTH Law 6/2010, art. 2',
      status: options.status ?? 'filed',
      filed_at: now,
      filed_by_user_id: options.filedBy,
      updated_at: now,
    })
    .execute();
  return { id };
}

export async function aHearing(
  db: Db,
  options: { prosecutionId: string; createdBy: string; scheduledAt?: Date; now?: Date },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('hearing')
    .values({
      id,
      prosecution_id: options.prosecutionId,
      kind: 'trial',
      scheduled_at: options.scheduledAt ?? new Date(now.getTime() + 7 * 86_400_000),
      created_at: now,
      created_by_user_id: options.createdBy,
      updated_at: now,
    })
    .execute();
  return { id };
}

export async function aConfiscation(
  db: Db,
  sealer: Sealer,
  options: { prosecutionId: string; orderedBy: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('confiscation_order')
    .values({
      id,
      prosecution_id: options.prosecutionId,
      defendant_id: null,
      description_sealed: sealer.seal('SYNTH: a white van and a bank account'),
      estimated_value: '15000.00',
      currency: 'LYD',
      status: 'ordered',
      ordered_at: now,
      ordered_by_user_id: options.orderedBy,
      updated_at: now,
    })
    .execute();
  return { id };
}

export async function aProtectionMeasure(
  db: Db,
  options: { prosecutionId: string; caseId: string; requestedBy: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('witness_protection_measure')
    .values({
      id,
      prosecution_id: options.prosecutionId,
      case_id: options.caseId,
      measure: 'screen',
      status: 'requested',
      requested_at: now,
      requested_by_user_id: options.requestedBy,
      updated_at: now,
    })
    .execute();
  return { id };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A JIT agreement written directly with its local members (the first leads). Active by default,
 * in force from 30 days ago to 60 days from `now`.
 */
export async function aJitAgreement(
  db: Db,
  sealer: Sealer,
  options: {
    createdBy: string;
    members?: { userId: string; role?: JitMemberRole }[];
    status?: JitStatus;
    country?: string;
    startsOn?: string;
    endsOn?: string;
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  const id = newId();
  const status = options.status ?? 'active';
  const country = options.country ?? 'LBY';
  await db
    .insertInto('jit_agreement')
    .values({
      id,
      reference: `SYNTH-JIT-${String(next())}-${id.slice(-8)}`,
      country_code: country,
      name: 'SYNTH joint team',
      scope_sealed: sealer.seal('SYNTH: a network moving people across the border'),
      parties: JSON.stringify([
        { countryCode: country, authority: 'SYNTH Public Prosecution' },
        { countryCode: country === 'TUN' ? 'LBY' : 'TUN', authority: 'SYNTH Foreign Prosecution' },
      ]),
      starts_on: options.startsOn ?? isoDay(new Date(now.getTime() - 30 * 86_400_000)),
      ends_on: options.endsOn ?? isoDay(new Date(now.getTime() + 60 * 86_400_000)),
      status,
      signed_on: status === 'draft' ? null : isoDay(now),
      terminated_at: status === 'terminated' ? now : null,
      termination_reason_sealed: status === 'terminated' ? sealer.seal('SYNTH reason') : null,
      created_at: now,
      created_by_user_id: options.createdBy,
      updated_at: now,
    })
    .execute();
  const memberIds: string[] = [];
  for (const [index, member] of (options.members ?? []).entries()) {
    const memberId = newId();
    memberIds.push(memberId);
    await db
      .insertInto('jit_member')
      .values({
        id: memberId,
        agreement_id: id,
        user_id: member.userId,
        country_code: country,
        organisation: 'SYNTH Agency',
        role: member.role ?? (index === 0 ? 'leader' : 'member'),
        added_at: now,
        added_by_user_id: options.createdBy,
      })
      .execute();
  }
  return { id, memberIds };
}
