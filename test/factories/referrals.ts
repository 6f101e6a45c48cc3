import type { ReferralStatus, ReferralUrgency } from '#shared/domain/referral-lifecycle.js';
import { acceptanceDueAt } from '#shared/domain/referral-lifecycle.js';
import type { ServiceCode } from '#shared/domain/services.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';

let counter = 0;

/** A provider in the directory, run by `agencyId`, stored directly. */
export async function aProvider(
  db: Db,
  options: {
    agencyId: string;
    country?: string;
    services?: ServiceCode[];
    languages?: string[];
    regionCodes?: string[];
    capacity?: number;
    availablePlaces?: number;
    isActive?: boolean;
    now?: Date;
  },
) {
  const id = newId();
  const now = options.now ?? new Date();
  await db
    .insertInto('service_provider')
    .values({
      id,
      country_code: options.country ?? 'LBY',
      agency_id: options.agencyId,
      name: `SYNTH Provider ${String((counter += 1))}-${id.slice(-6)}`,
      services: options.services ?? ['shelter', 'psychosocial'],
      languages: options.languages ?? ['ar', 'en'],
      region_codes: options.regionCodes ?? [],
      capacity: options.capacity ?? 12,
      available_places: options.availablePlaces ?? 5,
      is_active: options.isActive ?? true,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id };
}

/** A referral in any state, stored directly (no event or audit row): for authz and fuzz worlds. */
export async function aReferral(
  db: Db,
  sealer: Sealer,
  options: {
    caseId: string;
    referringAgencyId: string;
    providerId: string;
    receivingAgencyId: string;
    sentByUserId: string;
    status?: ReferralStatus;
    urgency?: ReferralUrgency;
    country?: string;
    now?: Date;
  },
) {
  const id = newId();
  const now = options.now ?? new Date();
  const status = options.status ?? 'sent';
  const urgency = options.urgency ?? 'normal';
  const isClosed = status === 'declined' || status === 'completed' || status === 'cancelled';
  await db
    .insertInto('referral')
    .values({
      id,
      country_code: options.country ?? 'LBY',
      case_id: options.caseId,
      referring_agency_id: options.referringAgencyId,
      provider_id: options.providerId,
      receiving_agency_id: options.receivingAgencyId,
      services: ['shelter'],
      urgency,
      reason_sealed: sealer.seal('SYNTH reason for referral'),
      status,
      decline_reason: status === 'declined' ? 'no_capacity' : null,
      sent_at: now,
      sent_by_user_id: options.sentByUserId,
      acceptance_due_at: acceptanceDueAt(now, urgency),
      answered_at: status === 'sent' ? null : now,
      closed_at: isClosed ? now : null,
      updated_at: now,
    })
    .execute();
  return { id };
}
