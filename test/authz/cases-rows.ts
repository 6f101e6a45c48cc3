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
