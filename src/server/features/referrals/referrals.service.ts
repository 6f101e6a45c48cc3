import type { ReferralCreateInput } from '#shared/contracts/referrals.js';
import { acceptanceDueAt } from '#shared/domain/referral-lifecycle.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { InvalidInputError, InvalidTransitionError } from '#server/platform/errors.js';
import { findProvider } from './providers.repo.js';
import type { ReferringCaseScope } from './referrals.policy.js';
import {
  findReferral,
  insertReferral,
  insertReferralEvent,
  listReferralEvents,
} from './referrals.repo.js';

export type ReferralsContext = { db: Db; sealer: Sealer; now: Date; requestId: string };

/** The provider must be active, of the case's country, and offer every service asked for. */
async function findReceivingProvider(
  trx: Db,
  kase: ReferringCaseScope,
  input: ReferralCreateInput,
) {
  const provider = await findProvider(trx, input.providerId);
  if (provider?.country_code !== kase.country_code || !provider.is_active) {
    throw new InvalidInputError('referral.unknown_provider', 'errors.validation', [
      { path: 'body.providerId', message: 'no such active provider in this country' },
    ]);
  }
  if (input.services.some((service) => !provider.services.includes(service))) {
    throw new InvalidInputError('referral.service_not_offered', 'errors.validation', [
      { path: 'body.services', message: 'a service is not offered by this provider' },
    ]);
  }
  return provider;
}

/** Sends a referral from an open victim case: row, `sent` event and audit row together. */
export async function sendReferral(
  ctx: ReferralsContext,
  actor: Actor,
  kase: ReferringCaseScope,
  input: ReferralCreateInput,
): Promise<{ id: string }> {
  if (kase.kind !== 'victim_case' || kase.status !== 'open') {
    throw new InvalidTransitionError('referral.case_not_referable');
  }
  return inTransaction(ctx.db, async (trx) => {
    const provider = await findReceivingProvider(trx, kase, input);
    const id = newId();
    const services = [...new Set(input.services)];
    await insertReferral(trx, {
      id,
      country_code: kase.country_code,
      case_id: kase.id,
      referring_agency_id: kase.agency_id,
      provider_id: provider.id,
      receiving_agency_id: provider.agency_id,
      services,
      urgency: input.urgency,
      reason_sealed: ctx.sealer.seal(input.reason),
      status: 'sent',
      sent_at: ctx.now,
      sent_by_user_id: actor.userId,
      acceptance_due_at: acceptanceDueAt(ctx.now, input.urgency),
      updated_at: ctx.now,
    });
    const data = { caseId: kase.id, providerId: provider.id, urgency: input.urgency, services };
    await insertReferralEvent(trx, {
      id: newId(),
      referralId: id,
      type: 'sent',
      actor,
      data,
      noteSealed: null,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: 'referral.create',
      subject: ['referral', id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id };
  });
}

/** Opens a referral for reading: decrypts its notes and records who looked. */
export async function viewReferral(ctx: ReferralsContext, actor: Actor, referralId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await writeAudit(trx, {
      actor,
      action: 'referral.read',
      subject: ['referral', referralId],
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const referral = await findReferral(trx, referralId);
    const events = await listReferralEvents(trx, referralId);
    const open = (sealed: Buffer) => ctx.sealer.openText(sealed);
    return {
      referral,
      reason: open(referral.reason_sealed),
      events: events.map((event) => ({
        at: event.occurred_at,
        type: event.type,
        actorName: event.display_name,
        actorAgencyName: event.agency_name,
        note: event.note_sealed ? open(event.note_sealed) : null,
      })),
    };
  });
}
