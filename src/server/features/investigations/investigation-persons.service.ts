import type {
  NonPunishmentReviewInput,
  PersonCreateInput,
  PersonIdentity,
  PersonUpdateInput,
} from '#shared/contracts/investigations.js';
import {
  canDecideNonPunishment,
  nonPunishmentReviewAfter,
  type NonPunishmentReview,
  type PersonRole,
} from '#shared/domain/investigation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { matchesRecordedVictim, personBlindIndex } from '#server/features/victims/index.js';
import { findActiveVictimLink } from './investigation-content.repo.js';
import type { InvestigationScope } from './investigations.policy.js';
import { findPerson, insertPerson, updatePerson } from './investigations.repo.js';
import { requireAcceptsContent, type InvestigationsContext } from './investigations.service.js';

/**
 * Blind indexes of every name and alias, in the victims' format, with each form of birth data a
 * victim record may carry (exact date, year, none). More keys only mean more reviews, never fewer.
 */
export function blindIndexesOf(sealer: Sealer, identity: PersonIdentity): string[] {
  const births = new Set<string>(['']);
  if (identity.birthDate) {
    births.add(identity.birthDate);
    births.add(identity.birthDate.slice(0, 4));
  }
  if (identity.birthYear !== null) births.add(String(identity.birthYear));
  const keys = new Set<string>();
  for (const name of [...identity.names, ...identity.aliases]) {
    for (const birth of births) keys.add(personBlindIndex(sealer, name.value, birth));
  }
  return [...keys].sort();
}

async function requireVictimLink(trx: Db, investigationId: string, linkId: string | null) {
  if (linkId === null) return;
  if (!(await findActiveVictimLink(trx, investigationId, linkId))) {
    throw new InvalidInputError('investigation.unknown_victim_link', 'errors.validation', [
      { path: 'body.victimLinkId', message: 'no such active victim link in this investigation' },
    ]);
  }
}

type PersonState = {
  role: PersonRole;
  identity: PersonIdentity;
  possibleVictim: boolean;
  victimLinkId: string | null;
};

/** The review a person needs now; the caller never learns which victim matched, or whether one did. */
async function reviewFor(
  trx: Db,
  file: { country_code: string },
  current: NonPunishmentReview,
  person: PersonState & { blindIndexes: string[]; hasIdentityOrRoleChanged: boolean },
): Promise<NonPunishmentReview> {
  const matchesVictim =
    person.role === 'suspect' &&
    (await matchesRecordedVictim(trx, file.country_code, person.blindIndexes));
  return nonPunishmentReviewAfter(current, {
    role: person.role,
    signals: {
      matchesRecordedVictim: matchesVictim,
      isMarkedPossibleVictim: person.possibleVictim,
      isLinkedToVictimCase: person.victimLinkId !== null,
    },
    hasIdentityOrRoleChanged: person.hasIdentityOrRoleChanged,
  });
}

/**
 * Records a person in a file (inside the caller's transaction). A suspect who may be a victim is
 * never recorded without a pending non-punishment review.
 */
export async function insertInvestigationPerson(
  trx: Db,
  ctx: { sealer: Sealer; now: Date; requestId: string },
  actor: Actor,
  file: { id: string; country_code: string },
  person: PersonState,
): Promise<{ id: string; review: NonPunishmentReview }> {
  await requireVictimLink(trx, file.id, person.victimLinkId);
  const blindIndexes = blindIndexesOf(ctx.sealer, person.identity);
  const review = await reviewFor(trx, file, 'none', {
    ...person,
    blindIndexes,
    hasIdentityOrRoleChanged: true,
  });
  const id = newId();
  await insertPerson(trx, {
    id,
    investigation_id: file.id,
    role: person.role,
    identity_sealed: ctx.sealer.seal(JSON.stringify(person.identity)),
    identity_blind_index: Buffer.from(blindIndexes[0] ?? '', 'hex'),
    name_blind_indexes: blindIndexes,
    possible_victim: person.possibleVictim,
    victim_link_id: person.victimLinkId,
    non_punishment_review: review,
    created_at: ctx.now,
    created_by_user_id: actor.userId,
  });
  await writeAudit(trx, {
    actor,
    action: 'investigation.person.add',
    subject: ['investigation', file.id],
    details: { personId: id, role: person.role, nonPunishmentReview: review },
    requestId: ctx.requestId,
    now: ctx.now,
  });
  return { id, review };
}

export async function addPerson(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: PersonCreateInput,
): Promise<{ id: string }> {
  requireAcceptsContent(scope);
  return inTransaction(ctx.db, (trx) =>
    insertInvestigationPerson(trx, ctx, actor, scope, {
      role: input.role,
      identity: input.identity,
      possibleVictim: input.possibleVictim,
      victimLinkId: input.victimLinkId,
    }),
  );
}

async function requirePerson(trx: Db, investigationId: string, personId: string) {
  const person = await findPerson(trx, investigationId, personId);
  if (!person) throw new NotFoundError('investigation.person_not_found');
  return person;
}

type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** The person after the change, and whether it may bring a signal the last review did not see. */
function personAfter(sealer: Sealer, before: PersonRow, input: PersonUpdateInput) {
  const next: PersonState = {
    role: input.role ?? (before.role as PersonRole),
    identity:
      input.identity ?? (JSON.parse(sealer.openText(before.identity_sealed)) as PersonIdentity),
    possibleVictim: input.possibleVictim ?? before.possible_victim,
    victimLinkId: input.victimLinkId === undefined ? before.victim_link_id : input.victimLinkId,
  };
  const blindIndexes = blindIndexesOf(sealer, next.identity);
  const hasIdentityOrRoleChanged =
    (next.possibleVictim && !before.possible_victim) ||
    (next.victimLinkId !== null && next.victimLinkId !== before.victim_link_id) ||
    next.role !== before.role ||
    blindIndexes.join() !== before.name_blind_indexes.join();
  return { next, blindIndexes, hasIdentityOrRoleChanged };
}

export async function changePerson(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  personId: string,
  input: PersonUpdateInput,
): Promise<void> {
  requireAcceptsContent(scope);
  await inTransaction(ctx.db, async (trx) => {
    const before = await requirePerson(trx, scope.id, personId);
    const { next, blindIndexes, hasIdentityOrRoleChanged } = personAfter(ctx.sealer, before, input);
    if (input.victimLinkId !== undefined) {
      await requireVictimLink(trx, scope.id, next.victimLinkId);
    }
    const current = before.non_punishment_review as NonPunishmentReview;
    const review = await reviewFor(trx, scope, current, {
      ...next,
      blindIndexes,
      hasIdentityOrRoleChanged,
    });
    const updated = await updatePerson(
      trx,
      { id: personId, version: input.version },
      {
        role: next.role,
        identity_sealed: ctx.sealer.seal(JSON.stringify(next.identity)),
        identity_blind_index: Buffer.from(blindIndexes[0] ?? '', 'hex'),
        name_blind_indexes: blindIndexes,
        possible_victim: next.possibleVictim,
        victim_link_id: next.victimLinkId,
        non_punishment_review: review,
      },
    );
    if (!updated) throw new StaleVersionError(before.version);
    const fields = Object.keys(input).filter((key) => key !== 'version');
    await writeAudit(trx, {
      actor,
      action: 'investigation.person.update',
      subject: ['investigation', scope.id],
      details: { personId, fields, nonPunishmentReview: review },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

/** A prosecutor of the team decides whether the non-punishment principle applies. */
export async function decideNonPunishment(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  personId: string,
  input: NonPunishmentReviewInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const person = await requirePerson(trx, scope.id, personId);
    const current = person.non_punishment_review as NonPunishmentReview;
    if (!canDecideNonPunishment(current)) {
      throw new InvalidTransitionError('investigation.no_review_required');
    }
    const updated = await updatePerson(
      trx,
      { id: personId, version: input.version },
      {
        non_punishment_review: input.outcome,
        review_reason_sealed: ctx.sealer.seal(input.reason),
        reviewed_at: ctx.now,
        reviewed_by_user_id: actor.userId,
      },
    );
    if (!updated) throw new StaleVersionError(person.version);
    await writeAudit(trx, {
      actor,
      action: 'investigation.person.review',
      subject: ['investigation', scope.id],
      details: { personId, from: current, to: input.outcome },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

export async function readPerson(
  ctx: InvestigationsContext,
  investigationId: string,
  personId: string,
) {
  return requirePerson(ctx.db, investigationId, personId);
}
