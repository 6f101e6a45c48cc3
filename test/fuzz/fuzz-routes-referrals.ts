import { randomUUID } from 'node:crypto';
import {
  ProviderCreateInput,
  ProviderListQuery,
  ProviderUpdateInput,
  ReferralActionInput,
  ReferralCreateInput,
  ReferralDeclineInput,
  ReferralListQuery,
} from '#shared/contracts/referrals.js';
import { aProvider, aReferral } from '#test/factories/referrals.js';
import type { TestApp } from '#test/helpers/test-app.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

/** The records the referral routes point at. */
export type ReferralFuzzIds = { providerId: string; referralId: string };

const staleVersion = () => ({ version: 999 });
const referralId = (w: FuzzWorld) => ({ id: w.referralId });
const command: FuzzRoute = {
  params: referralId,
  body: {
    schema: ReferralActionInput,
    sample: () => ({ version: 1, note: 'SYNTH note' }),
    // The referral is `sent`: a stale version (or a move it does not allow) changes nothing.
    poison: staleVersion,
  },
};

export const REFERRAL_FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'GET /api/providers': { query: ProviderListQuery },
  'POST /api/providers': {
    body: {
      schema: ProviderCreateInput,
      sample: (w) => ({
        agencyId: w.homeId,
        name: 'SYNTH Fuzz Provider',
        services: ['shelter'],
        languages: ['ar'],
        regionCodes: ['TRP'],
        capacity: 10,
        availablePlaces: 2,
      }),
      // No such agency: refused inside the transaction, before any insert.
      poison: () => ({ agencyId: randomUUID() }),
    },
  },
  'PATCH /api/providers/:id': {
    params: (w) => ({ id: w.providerId }),
    body: {
      schema: ProviderUpdateInput,
      sample: () => ({ name: 'SYNTH Fuzz Provider', availablePlaces: 1, version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/cases/:caseId/referrals': {
    params: (w) => ({ caseId: w.caseId }),
    body: {
      schema: ReferralCreateInput,
      sample: (w) => ({
        providerId: w.providerId,
        services: ['shelter'],
        urgency: 'urgent',
        reason: 'SYNTH: needs a safe place',
      }),
      poison: () => ({ providerId: randomUUID() }),
    },
  },
  'GET /api/referrals': { query: ReferralListQuery },
  'GET /api/referrals/:id': { params: referralId },
  'POST /api/referrals/:id/accept': command,
  'POST /api/referrals/:id/start': command,
  'POST /api/referrals/:id/complete': command,
  'POST /api/referrals/:id/cancel': command,
  'POST /api/referrals/:id/decline': {
    params: referralId,
    body: {
      schema: ReferralDeclineInput,
      sample: () => ({ version: 1, reason: 'no_capacity', note: 'SYNTH note' }),
      poison: staleVersion,
    },
  },
};

/** A provider run by the home agency and a `sent` referral of the home case to it. */
export async function createReferralFuzzIds(
  t: TestApp,
  world: { homeId: string; caseId: string; callerId: string },
): Promise<ReferralFuzzIds> {
  const now = t.clock.now();
  const provider = await aProvider(t.db, { agencyId: world.homeId, now });
  const referral = await aReferral(t.db, t.sealer, {
    caseId: world.caseId,
    referringAgencyId: world.homeId,
    providerId: provider.id,
    receivingAgencyId: world.homeId,
    sentByUserId: world.callerId,
    now,
  });
  return { providerId: provider.id, referralId: referral.id };
}
