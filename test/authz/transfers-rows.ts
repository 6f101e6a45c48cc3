import { aCase, anAgency } from '#test/factories/index.js';
import type { TestUser } from '#test/factories/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { MatrixRow, Outsider, World } from './matrix-world.js';

const TRANSFER_STAFF = ['case_worker', 'investigator', 'national_coordinator'] as const;

/**
 * An open transfer between `from` and `to`; the subject's agency is the receiving side (or the
 * sending side when `subjectSends`).
 */
async function anOpenTransfer(w: World, subject: TestUser, subjectSends: boolean) {
  const elsewhere = await anAgency(w.t.db, { kind: 'shelter_ngo' });
  const from = subjectSends ? w.home.id : elsewhere.id;
  const to = subjectSends ? elsewhere.id : w.home.id;
  const kase = await aCase(w.t.db, {
    agencyId: from,
    assigneeIds: subjectSends ? [subject.id] : [],
  });
  const id = newId();
  await w.t.db
    .insertInto('case_transfer')
    .values({
      id,
      case_id: kase.id,
      country_code: 'LBY',
      from_agency_id: from,
      to_agency_id: to,
      reason: 'other',
      note_sealed: null,
      status: 'requested',
      decline_reason: null,
      requested_by: subject.id,
      requested_at: new Date(),
    })
    .execute();
  return id;
}

const OUTSIDERS: readonly Outsider[] = [
  { role: 'case_worker', from: 'other_agency', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];

const answerRow = (verb: 'accept' | 'decline' | 'cancel'): MatrixRow => ({
  kind: 'roles',
  allow: TRANSFER_STAFF,
  build: async (w, subject) => ({
    method: 'POST',
    url: `/api/transfers/${await anOpenTransfer(w, subject, verb === 'cancel')}/${verb}`,
    payload: verb === 'decline' ? { version: 1, reason: 'no_capacity' } : { version: 1 },
  }),
  outsiders: OUTSIDERS,
});

export const transferRows: Record<string, MatrixRow> = {
  'POST /api/cases/:id/transfers': {
    kind: 'roles',
    allow: TRANSFER_STAFF,
    build: async (w, subject) => {
      const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
      return {
        method: 'POST',
        url: `/api/cases/${kase.id}/transfers`,
        payload: { toAgencyId: w.otherAgency.id, reason: 'location' },
      };
    },
    outsiders: OUTSIDERS,
  },
  'GET /api/transfers': {
    kind: 'roles',
    allow: TRANSFER_STAFF,
    build: async (w, subject) => {
      await anOpenTransfer(w, subject, false);
      return { method: 'GET', url: '/api/transfers' };
    },
    leaks: [
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (w, item) =>
          item.toAgencyId === w.home.id || item.fromAgencyId === w.home.id,
      },
    ],
  },
  'POST /api/transfers/:id/accept': answerRow('accept'),
  'POST /api/transfers/:id/decline': answerRow('decline'),
  'POST /api/transfers/:id/cancel': answerRow('cancel'),
};
