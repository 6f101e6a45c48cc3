import type { VictimIdentity } from '#shared/contracts/victims.js';
import { isChildOn, normaliseName } from '#shared/domain/identification.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, NotFoundError, StaleVersionError } from '#server/platform/errors.js';
import { findCountrySetting } from '#server/features/admin/index.js';
import { canReadIdentity } from './consent-wall.js';
import { flagSuspectsMatchingVictim } from './victim-checks.service.js';
import type { VictimCaseScope } from './victims.policy.js';
import {
  countBlindIndexMatches,
  findVictimByCase,
  insertVictim,
  listConsents,
  listGuardians,
  listScreenings,
  listStatusEvents,
  updateVictim,
} from './victims.repo.js';

export type VictimsContext = { db: Db; sealer: Sealer; actor: Actor; now: Date; requestId: string };

/**
 * The keyed blind index of one name with its birth data ('YYYY-MM-DD', a year, or ''): the one
 * format every feature compares with victims' `identity_blind_index`.
 */
export function personBlindIndex(sealer: Sealer, name: string, birth: string): string {
  return sealer.blindIndex(`${normaliseName(name)}|${birth}`);
}

/**
 * The keyed index of a person's normalised name and birth date. Exported so that defendants and
 * suspects are indexed exactly like victims: an equal index raises the non-punishment review.
 */
export function blindIndexOf(
  sealer: Sealer,
  identity: Pick<VictimIdentity, 'nameArabic' | 'nameLatin' | 'birthDate'>,
  birthYear: number | null,
) {
  const name = identity.nameLatin ?? identity.nameArabic;
  if (!name) return null;
  return personBlindIndex(sealer, name, identity.birthDate ?? String(birthYear ?? ''));
}

function addDays(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function requireVictim(db: Db, caseId: string) {
  const victim = await findVictimByCase(db, caseId);
  if (!victim) throw new NotFoundError('victim.not_found');
  return victim;
}

export type NewVictimInput = {
  identity: VictimIdentity;
  sex: 'F' | 'M' | 'U';
  birthYear: number | null;
  citizenship: string | null;
  languages: string[];
  reflectionDays: number | null;
};

/**
 * Inserts the person of a victim case and its audit row, inside the caller's transaction. The
 * status is NotScreened unless the caller records how the person was identified (an operation).
 */
export async function insertNewVictim(
  trx: Db,
  ctx: Omit<VictimsContext, 'db'>,
  kase: { id: string; country_code: string },
  input: NewVictimInput,
  traffickingStatus: 'NotScreened' | 'PossibleVictimOfTrafficking',
): Promise<{ id: string }> {
  if (await findVictimByCase(trx, kase.id)) {
    throw new AppError('conflict', 'victim.already_recorded', 'errors.duplicate');
  }
  const id = newId();
  // Without an explicit length, the period the country's law sets applies.
  const reflectionDays =
    input.reflectionDays ??
    (await findCountrySetting(trx, kase.country_code))?.reflection_days ??
    null;
  const blindIndex = blindIndexOf(ctx.sealer, input.identity, input.birthYear);
  await insertVictim(trx, {
    id,
    case_id: kase.id,
    identity_sealed: ctx.sealer.seal(JSON.stringify(input.identity)),
    identity_blind_index: blindIndex,
    sex: input.sex,
    birth_year: input.birthYear,
    is_child: isChildOn(
      { birthDate: input.identity.birthDate, birthYear: input.birthYear },
      ctx.now,
    ),
    citizenship: input.citizenship,
    languages: input.languages,
    trafficking_status: traffickingStatus,
    reflection_ends_on: reflectionDays === null ? null : addDays(ctx.now, reflectionDays),
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  await writeAudit(trx, {
    actor: ctx.actor,
    action: 'victim.create',
    subject: ['victim', id],
    details: { caseId: kase.id },
    requestId: ctx.requestId,
    now: ctx.now,
  });
  await flagSuspectsMatchingVictim(trx, ctx, kase.country_code, blindIndex);
  return { id };
}

export async function recordVictim(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: NewVictimInput,
) {
  await inTransaction(ctx.db, async (trx) => {
    await insertNewVictim(trx, ctx, kase, input, 'NotScreened');
  });
}

export async function changeVictim(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: {
    identity?: VictimIdentity | undefined;
    sex?: 'F' | 'M' | 'U' | undefined;
    birthYear?: number | null | undefined;
    citizenship?: string | null | undefined;
    languages?: string[] | undefined;
    version: number;
  },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const identity =
      input.identity ?? (JSON.parse(ctx.sealer.openText(victim.identity_sealed)) as VictimIdentity);
    const birthYear = input.birthYear === undefined ? victim.birth_year : input.birthYear;
    const blindIndex = blindIndexOf(ctx.sealer, identity, birthYear);
    const changes = {
      ...(input.identity
        ? { identity_sealed: ctx.sealer.seal(JSON.stringify(input.identity)) }
        : {}),
      ...(input.sex ? { sex: input.sex } : {}),
      ...(input.citizenship !== undefined ? { citizenship: input.citizenship } : {}),
      ...(input.languages ? { languages: input.languages } : {}),
      birth_year: birthYear,
      identity_blind_index: blindIndex,
      is_child: isChildOn({ birthDate: identity.birthDate, birthYear }, ctx.now),
      updated_at: ctx.now,
    };
    const updated = await updateVictim(trx, victim.id, input.version, changes);
    if (!updated) throw new StaleVersionError(victim.version);
    const fields = Object.keys(input).filter((key) => key !== 'version');
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.update',
      subject: ['victim', victim.id],
      details: { fields },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    await flagSuspectsMatchingVictim(trx, ctx, kase.country_code, blindIndex);
  });
}

/** Everything about the person the reader may see; reading it is an audited event. */
export async function viewVictim(ctx: VictimsContext, kase: VictimCaseScope) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.read',
      subject: ['victim', victim.id],
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const consents = await listConsents(trx, victim.id);
    const showsIdentity = canReadIdentity(ctx.actor, kase, victim.is_child, consents);
    return {
      victim,
      identity: showsIdentity
        ? (JSON.parse(ctx.sealer.openText(victim.identity_sealed)) as VictimIdentity)
        : null,
      duplicates: victim.identity_blind_index
        ? await countBlindIndexMatches(trx, victim.identity_blind_index, victim.id)
        : 0,
      statusHistory: await listStatusEvents(trx, victim.id),
      screenings: await listScreenings(trx, victim.id),
      guardians: await listGuardians(trx, victim.id),
      consents,
    };
  });
}
