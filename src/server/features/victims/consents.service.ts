import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  NotFoundError,
} from '#server/platform/errors.js';
import { canReadAssistance } from './consent-wall.js';
import type { VictimCaseScope } from './victims.policy.js';
import {
  findActiveUserInCountry,
  findAgencyCountry,
  insertConsent,
  insertNeedsAssessment,
  listConsents,
  listNeedsAssessments,
  withdrawConsent,
} from './victims.repo.js';
import { requireVictim, type VictimsContext } from './victims.service.js';

type Scope = { recipientAgencyId: string; purpose: string; dataCategory: string };

async function requireAgencyInCountry(trx: Db, ctx: VictimsContext, agencyId: string) {
  const agency = await findAgencyCountry(trx, agencyId);
  if (agency?.country_code !== ctx.actor.countryCode) {
    throw new InvalidInputError('victim.unknown_agency', 'errors.validation', [
      { path: 'body.recipientAgencyId', message: 'no such agency in this country' },
    ]);
  }
}

async function record(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  consent: Scope & {
    method: string;
    givenBy: string;
    witnessName: string;
    legalBasis: string | null;
    approverUserId: string | null;
  },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    await requireAgencyInCountry(trx, ctx, consent.recipientAgencyId);
    if (consent.givenBy === 'victim' && victim.is_child) {
      // A child's consent is given by the appointed guardian.
      throw new InvalidTransitionError('victim.child_consent_needs_guardian');
    }
    const id = newId();
    await insertConsent(trx, {
      id,
      victim_id: victim.id,
      recipient_agency_id: consent.recipientAgencyId,
      purpose: consent.purpose,
      data_category: consent.dataCategory,
      method: consent.method,
      given_by: consent.givenBy,
      witness_sealed: consent.witnessName ? ctx.sealer.seal(consent.witnessName) : null,
      legal_basis: consent.legalBasis,
      approver_user_id: consent.approverUserId,
      recorded_by: ctx.actor.userId,
      given_at: ctx.now,
    });
    await writeAudit(trx, {
      actor: ctx.actor,
      action:
        consent.method === 'legal_basis' ? 'victim.consent.override' : 'victim.consent.record',
      subject: ['victim', victim.id],
      details: {
        consentId: id,
        recipientAgencyId: consent.recipientAgencyId,
        purpose: consent.purpose,
        dataCategory: consent.dataCategory,
      },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return (await listConsents(trx, victim.id)).find((row) => row.id === id);
  });
}

export function recordConsent(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: Scope & { method: string; givenBy: string; witnessName: string },
) {
  return record(ctx, kase, { ...input, legalBasis: null, approverUserId: null });
}

/** Access without consent: only on a recorded legal basis, approved by a named coordinator. */
export async function recordOverride(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: Scope & { legalBasis: string; approverUserId: string },
) {
  const approver = await findActiveUserInCountry(
    ctx.db,
    input.approverUserId,
    ctx.actor.countryCode,
  );
  if (!approver?.roles.includes('national_coordinator')) {
    throw new InvalidInputError('victim.override_approver', 'errors.validation', [
      { path: 'body.approverUserId', message: 'the approver must be a national coordinator' },
    ]);
  }
  return record(ctx, kase, {
    ...input,
    method: 'legal_basis',
    givenBy: 'override',
    witnessName: '',
  });
}

export async function revokeConsent(ctx: VictimsContext, kase: VictimCaseScope, consentId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const withdrawn = await withdrawConsent(trx, consentId, victim.id, ctx.actor.userId, ctx.now);
    if (!withdrawn) throw new NotFoundError('victim.consent_not_found');
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.consent.withdraw',
      subject: ['victim', victim.id],
      details: { consentId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return (await listConsents(trx, victim.id)).find((row) => row.id === consentId);
  });
}

/** Needs assessments are assistance data: behind the consent wall, and every read is audited. */
export async function readNeeds(ctx: VictimsContext, kase: VictimCaseScope) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const consents = await listConsents(trx, victim.id);
    if (!canReadAssistance(ctx.actor, kase, consents)) {
      throw new ForbiddenError('victim.assistance_wall', 'errors.assistanceWall');
    }
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.needs.read',
      subject: ['victim', victim.id],
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return listNeedsAssessments(trx, victim.id);
  });
}

export async function recordNeeds(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: { needs: string[]; notes: string },
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const id = newId();
    await insertNeedsAssessment(trx, {
      id,
      victimId: victim.id,
      now: ctx.now,
      userId: ctx.actor.userId,
      needs: [...new Set(input.needs)],
      notesSealed: input.notes ? ctx.sealer.seal(input.notes) : null,
    });
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.needs.record',
      subject: ['victim', victim.id],
      details: { assessmentId: id, needs: input.needs },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return (await listNeedsAssessments(trx, victim.id)).find((row) => row.id === id);
  });
}
