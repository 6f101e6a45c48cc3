import { newId } from '#server/platform/db/ids.js';
import { aCase } from '#test/factories/index.js';
import { agencyIdsOf, type MatrixRow, type Outsider } from './matrix-world.js';

/** cases.policy.ts: staff of the owning agency (when assigned) and the national coordinator. */
const CASE_READERS = [
  'case_worker',
  'investigator',
  'prosecutor',
  'hotline_operator',
  'national_coordinator',
] as const;

const CASE_OUTSIDERS: readonly Outsider[] = [
  { role: 'case_worker', from: 'other_agency', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];

export const caseRows: Record<string, MatrixRow> = {
  'GET /api/cases': {
    kind: 'roles',
    allow: CASE_READERS,
    build: async (w, subject) => {
      await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
      return { method: 'GET', url: '/api/cases?limit=200' };
    },
    leaks: [
      {
        role: 'case_worker',
        from: 'other_agency',
        isHomeRow: async (w, item) => item.agencyId === w.home.id,
      },
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (w, item) => (await agencyIdsOf(w, 'LBY')).has(String(item.agencyId)),
      },
    ],
  },
  'GET /api/cases/:id': {
    kind: 'roles',
    allow: CASE_READERS,
    build: async (w, subject) => {
      const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
      return { method: 'GET', url: `/api/cases/${kase.id}` };
    },
    outsiders: CASE_OUTSIDERS,
  },
};

const VIEW_USERS = [
  'case_worker',
  'investigator',
  'prosecutor',
  'hotline_operator',
  'national_coordinator',
] as const;

export const savedViewRows: Record<string, MatrixRow> = {
  'GET /api/case-views': {
    kind: 'roles',
    allow: VIEW_USERS,
    build: async () => ({ method: 'GET', url: '/api/case-views' }),
  },
  'POST /api/case-views': {
    kind: 'roles',
    allow: VIEW_USERS,
    build: async (w) => ({
      method: 'POST',
      url: '/api/case-views',
      payload: { name: `SYNTH view ${w.unique()}`, filters: { status: 'open' } },
    }),
  },
  'DELETE /api/case-views/:id': {
    kind: 'roles',
    allow: VIEW_USERS,
    build: async (w, subject) => {
      const id = newId();
      await w.t.db
        .insertInto('saved_view')
        .values({
          id,
          user_id: subject.id,
          scope: 'cases',
          name: `SYNTH view ${w.unique()}`,
          filters: '{}',
          created_at: new Date(),
        })
        .execute();
      return { method: 'DELETE', url: `/api/case-views/${id}` };
    },
    outsiders: [
      { role: 'case_worker', from: 'other_agency', expect: 404 },
      { role: 'national_coordinator', from: 'other_country', expect: 404 },
    ],
  },
};
