import type {
  LocationInput,
  OffenceInput,
  OrganisationInput,
  TimelineEventInput,
  VictimLinkInput,
} from '#shared/contracts/investigations.js';
import { CRIMINAL_PROCEEDING_PURPOSES } from '#shared/domain/investigation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { NotFoundError } from '#server/platform/errors.js';
import { canReadTip, findTipScope } from '#server/features/tips/index.js';
import { hasActiveConsent, isVictimCaseOfCountry } from '#server/features/victims/index.js';
import {
  insertLead,
  insertLocation,
  insertOffence,
  insertOrganisation,
  insertTimelineEvent,
  insertVictimLink,
  revokeVictimLink,
} from './investigation-content.repo.js';
import {
  duplicateError,
  unknownPersonsError,
  victimLinkNotAuthorisedError,
  victimLinkProsecutorOnlyError,
} from './investigation-errors.js';
import type { InvestigationScope } from './investigations.policy.js';
import { findPersonIdsOf } from './investigations.repo.js';
import { requireAcceptsContent, type InvestigationsContext } from './investigations.service.js';

type Added = { id: string };

/** Runs one audited addition to an open (or suspended) file. */
async function addToFile(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  action: string,
  insert: (trx: Db, id: string) => Promise<Record<string, unknown>>,
): Promise<Added> {
  requireAcceptsContent(scope);
  return inTransaction(ctx.db, async (trx) => {
    const id = newId();
    const details = await insert(trx, id);
    await writeAudit(trx, {
      actor,
      action,
      subject: ['investigation', scope.id],
      details: { id, ...details },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id };
  });
}

async function requirePersonsOf(trx: Db, investigationId: string, ids: string[], path: string) {
  const unique = [...new Set(ids)];
  const found = await findPersonIdsOf(trx, investigationId, unique);
  if (found.length !== unique.length) throw unknownPersonsError(path);
  return unique;
}

export function addOffence(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: OffenceInput,
) {
  return addToFile(ctx, actor, scope, 'investigation.offence.add', async (trx, id) => {
    const isNew = await insertOffence(trx, {
      id,
      investigation_id: scope.id,
      code: input.code,
      law_article: input.lawArticle,
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    if (!isNew) throw duplicateError('investigation.offence_recorded');
    return { code: input.code };
  });
}

export function addOrganisation(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: OrganisationInput,
) {
  return addToFile(ctx, actor, scope, 'investigation.organisation.add', async (trx, id) => {
    const members = await requirePersonsOf(
      trx,
      scope.id,
      input.memberPersonIds,
      'body.memberPersonIds',
    );
    await insertOrganisation(trx, {
      id,
      investigation_id: scope.id,
      name: input.name,
      kind: input.kind,
      country_code: input.countryCode,
      notes_sealed: input.notes ? ctx.sealer.seal(input.notes) : null,
      member_person_ids: members,
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    return { kind: input.kind };
  });
}

export function addTimelineEvent(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: TimelineEventInput,
) {
  return addToFile(ctx, actor, scope, 'investigation.event.add', async (trx, id) => {
    const persons = await requirePersonsOf(trx, scope.id, input.personIds, 'body.personIds');
    await insertTimelineEvent(trx, {
      id,
      investigation_id: scope.id,
      occurred_on: input.occurredOn,
      kind: input.kind,
      country_code: input.countryCode,
      place_sealed: input.place ? ctx.sealer.seal(input.place) : null,
      description_sealed: ctx.sealer.seal(input.description),
      person_ids: persons,
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    return { kind: input.kind, occurredOn: input.occurredOn };
  });
}

export function addLocation(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: LocationInput,
) {
  return addToFile(ctx, actor, scope, 'investigation.location.add', async (trx, id) => {
    await insertLocation(trx, {
      id,
      investigation_id: scope.id,
      label: input.label,
      kind: input.kind,
      country_code: input.countryCode,
      address_sealed: input.address ? ctx.sealer.seal(input.address) : null,
      added_at: ctx.now,
      added_by_user_id: actor.userId,
    });
    return { kind: input.kind };
  });
}

/** A tip becomes a lead only when the actor may read it under the tips policy; else 404. */
export function linkLead(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  tipId: string,
) {
  return addToFile(ctx, actor, scope, 'investigation.lead.add', async (trx, id) => {
    const tip = await findTipScope(trx, tipId);
    if (!tip || !canReadTip(actor, tip)) throw new NotFoundError('investigation.tip_not_found');
    const isNew = await insertLead(trx, {
      id,
      investigationId: scope.id,
      tipId,
      userId: actor.userId,
      now: ctx.now,
    });
    if (!isNew) throw duplicateError('investigation.lead_linked');
    return { tipId };
  });
}

/**
 * The victim/suspect wall: a victim enters an investigation only on an explicit basis, the
 * person's active consent to the lead agency for criminal proceedings, or a legal basis recorded
 * by a prosecutor of the team. The link shows the case reference and status, nothing more.
 */
async function requireLinkBasis(
  trx: Db,
  actor: Actor,
  scope: InvestigationScope,
  input: VictimLinkInput,
) {
  if (input.basis === 'consent') {
    const isConsented = await hasActiveConsent(trx, {
      caseId: input.caseId,
      consentId: input.consentId,
      agencyId: scope.agency_id,
      purposes: CRIMINAL_PROCEEDING_PURPOSES,
    });
    if (!isConsented) throw victimLinkNotAuthorisedError();
    return;
  }
  if (!actor.roles.includes('prosecutor')) throw victimLinkProsecutorOnlyError();
  if (!(await isVictimCaseOfCountry(trx, input.caseId, scope.country_code))) {
    throw new NotFoundError('investigation.victim_case_not_found');
  }
}

export function linkVictim(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  input: VictimLinkInput,
) {
  return addToFile(ctx, actor, scope, 'investigation.victim_link.add', async (trx, id) => {
    await requireLinkBasis(trx, actor, scope, input);
    const isNew = await insertVictimLink(trx, {
      id,
      investigation_id: scope.id,
      case_id: input.caseId,
      basis: input.basis,
      consent_id: input.basis === 'consent' ? input.consentId : null,
      legal_basis: input.basis === 'legal_basis' ? input.legalBasis : null,
      linked_by_user_id: actor.userId,
      linked_at: ctx.now,
    });
    if (!isNew) throw duplicateError('investigation.victim_linked');
    return { caseId: input.caseId, basis: input.basis };
  });
}

/** Revoking is always possible, even on a closed file: it only narrows what the team sees. */
export async function unlinkVictim(
  ctx: InvestigationsContext,
  actor: Actor,
  scope: InvestigationScope,
  linkId: string,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const revoked = await revokeVictimLink(trx, {
      investigationId: scope.id,
      linkId,
      userId: actor.userId,
      now: ctx.now,
    });
    if (!revoked) throw new NotFoundError('investigation.victim_link_not_found');
    await writeAudit(trx, {
      actor,
      action: 'investigation.victim_link.revoke',
      subject: ['investigation', scope.id],
      details: { linkId, caseId: revoked.case_id },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}
