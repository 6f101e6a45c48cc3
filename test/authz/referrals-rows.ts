import { ROLES } from '#shared/domain/roles.js';
import type { ReferralStatus } from '#shared/domain/referral-lifecycle.js';
import { aCase, anAgency, type TestUser } from '#test/factories/index.js';
import { aProvider, aReferral } from '#test/factories/referrals.js';
import type { Call, LeakCheck, MatrixRow, Outsider, World } from './matrix-world.js';

/** referrals.policy.ts: victim-assistance data, case workers and the coordinator only. */
const REFERRAL_STAFF = ['case_worker', 'national_coordinator'] as const;
/** providers.policy.ts: the directory is open to staff except partner and auditor. */
const DIRECTORY_READERS = ROLES.filter((role) => role !== 'partner' && role !== 'auditor');

/** Neither side of the referral (another agency), nor the coordinator of another country. */
const REFERRAL_OUTSIDERS: readonly Outsider[] = [
  { role: 'case_worker', from: 'other_agency', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];

/** A fresh shelter agency of the home country and a provider it runs. */
async function shelterProvider(w: World) {
  const shelter = await anAgency(w.t.db, {
    kind: 'shelter_ngo',
    name: `SYNTH Shelter ${w.unique()}`,
  });
  const provider = await aProvider(w.t.db, { agencyId: shelter.id, now: w.t.clock.now() });
  return { agencyId: shelter.id, providerId: provider.id };
}

/** A referral sent by the home agency (the subject's) to a shelter of another agency. */
async function sentByHome(w: World, subject: TestUser, status: ReferralStatus = 'sent') {
  const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
  const shelter = await shelterProvider(w);
  return aReferral(w.t.db, w.t.sealer, {
    caseId: kase.id,
    referringAgencyId: w.home.id,
    providerId: shelter.providerId,
    receivingAgencyId: shelter.agencyId,
    sentByUserId: subject.id,
    status,
    now: w.t.clock.now(),
  });
}

/** A referral from another agency's case to a provider the home agency (the subject's) runs. */
async function receivedByHome(w: World, subject: TestUser, status: ReferralStatus) {
  const referring = await anAgency(w.t.db, {
    kind: 'victim_services',
    name: `SYNTH Ref ${w.unique()}`,
  });
  const kase = await aCase(w.t.db, { agencyId: referring.id });
  const provider = await aProvider(w.t.db, { agencyId: w.home.id, now: w.t.clock.now() });
  return aReferral(w.t.db, w.t.sealer, {
    caseId: kase.id,
    referringAgencyId: referring.id,
    providerId: provider.id,
    receivingAgencyId: w.home.id,
    sentByUserId: subject.id,
    status,
    now: w.t.clock.now(),
  });
}

function commandRow(
  command: string,
  build: (w: World, subject: TestUser) => Promise<{ id: string }>,
  payload: Record<string, unknown> = { version: 1 },
): MatrixRow {
  return {
    kind: 'roles',
    allow: REFERRAL_STAFF,
    build: async (w, subject): Promise<Call> => ({
      method: 'POST',
      url: `/api/referrals/${(await build(w, subject)).id}/${command}`,
      payload,
    }),
    outsiders: REFERRAL_OUTSIDERS,
  };
}

const BOARD_LEAKS: readonly LeakCheck[] = [
  {
    role: 'case_worker',
    from: 'other_agency',
    isHomeRow: async (w, item) => item.referringAgencyId === w.home.id,
  },
  {
    role: 'national_coordinator',
    from: 'other_country',
    isHomeRow: async (w, item) => item.referringAgencyId === w.home.id,
  },
];

export const referralRows: Record<string, MatrixRow> = {
  'GET /api/providers': {
    kind: 'roles',
    allow: DIRECTORY_READERS,
    build: async (w) => {
      await aProvider(w.t.db, { agencyId: w.otherAgency.id, now: w.t.clock.now() });
      return { method: 'GET', url: '/api/providers?limit=200' };
    },
    leaks: [
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (_w, item) => item.countryCode === 'LBY',
      },
    ],
  },
  'POST /api/providers': {
    kind: 'roles',
    allow: ['system_admin', 'national_coordinator'],
    build: async (w) => ({
      method: 'POST',
      url: '/api/providers',
      payload: {
        agencyId: w.otherAgency.id,
        name: `SYNTH Provider ${w.unique()}`,
        services: ['shelter'],
        languages: ['ar'],
        regionCodes: [],
        capacity: 10,
        availablePlaces: 4,
      },
    }),
  },
  'PATCH /api/providers/:id': {
    kind: 'roles',
    // The case worker of the provider's own agency, for availability only.
    allow: ['system_admin', 'national_coordinator', 'case_worker'],
    build: async (w) => {
      const provider = await aProvider(w.t.db, { agencyId: w.home.id, now: w.t.clock.now() });
      return {
        method: 'PATCH',
        url: `/api/providers/${provider.id}`,
        payload: { availablePlaces: 1, version: 1 },
      };
    },
    outsiders: [
      { role: 'case_worker', from: 'other_agency', expect: 403 },
      { role: 'national_coordinator', from: 'other_country', expect: 404 },
    ],
  },
  'POST /api/cases/:caseId/referrals': {
    kind: 'roles',
    allow: REFERRAL_STAFF,
    build: async (w, subject) => {
      const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
      const shelter = await shelterProvider(w);
      return {
        method: 'POST',
        url: `/api/cases/${kase.id}/referrals`,
        payload: {
          providerId: shelter.providerId,
          services: ['shelter'],
          urgency: 'urgent',
          reason: 'SYNTH: needs a safe place',
        },
      };
    },
    outsiders: REFERRAL_OUTSIDERS,
  },
  'GET /api/referrals': {
    kind: 'roles',
    allow: REFERRAL_STAFF,
    build: async (w, subject) => {
      await sentByHome(w, subject);
      return { method: 'GET', url: '/api/referrals?limit=200' };
    },
    leaks: BOARD_LEAKS,
  },
  'GET /api/referrals/:id': {
    kind: 'roles',
    allow: REFERRAL_STAFF,
    build: async (w, subject) => ({
      method: 'GET',
      url: `/api/referrals/${(await sentByHome(w, subject)).id}`,
    }),
    outsiders: REFERRAL_OUTSIDERS,
  },
  'POST /api/referrals/:id/accept': commandRow('accept', (w, s) => receivedByHome(w, s, 'sent')),
  'POST /api/referrals/:id/decline': commandRow('decline', (w, s) => receivedByHome(w, s, 'sent'), {
    version: 1,
    reason: 'no_capacity',
  }),
  'POST /api/referrals/:id/start': commandRow('start', (w, s) => receivedByHome(w, s, 'accepted')),
  'POST /api/referrals/:id/complete': commandRow('complete', (w, s) =>
    receivedByHome(w, s, 'in_progress'),
  ),
  'POST /api/referrals/:id/cancel': commandRow('cancel', (w, s) => sentByHome(w, s, 'accepted')),
};
