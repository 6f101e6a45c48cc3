import { A_TIP, aTip } from '#test/factories/index.js';
import type { LeakCheck, MatrixRow, Outsider, World } from './matrix-world.js';

/** The staff who work a tip queue (tips.policy.ts). */
const TIP_STAFF = [
  'hotline_operator',
  'investigator',
  'case_worker',
  'national_coordinator',
] as const;

/** A tip belongs to its agency; the national coordinator of another country does not see it. */
const TIP_OUTSIDERS: readonly Outsider[] = [
  { role: 'hotline_operator', from: 'other_agency', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];
const TIP_LEAKS: readonly LeakCheck[] = [
  {
    role: 'hotline_operator',
    from: 'other_agency',
    isHomeRow: async (w, item) => item.assignedAgencyId === w.home.id,
  },
  {
    role: 'national_coordinator',
    from: 'other_country',
    isHomeRow: async (w, item) => item.assignedAgencyId === w.home.id,
  },
];

const PDF_BASE64 = Buffer.from('%PDF-1.4 SYNTH attachment').toString('base64');

/** A public tip routed to the home agency (the world's default routing rule). */
function homeTip(w: World) {
  return aTip(w.t.db, w.t.sealer, w.t.clock.now());
}

async function triagedHomeTip(w: World) {
  const tip = await homeTip(w);
  await w.t.db.updateTable('tip').set({ status: 'triaged' }).where('id', '=', tip.id).execute();
  return tip;
}

export const tipRows: Record<string, MatrixRow> = {
  'GET /api/public/config': {
    kind: 'public',
    build: async () => ({ method: 'GET', url: '/api/public/config' }),
  },
  'POST /api/public/tips': {
    kind: 'public',
    build: async () => ({ method: 'POST', url: '/api/public/tips', payload: { ...A_TIP } }),
  },
  'POST /api/tips': {
    kind: 'roles',
    allow: ['hotline_operator', 'investigator', 'national_coordinator'],
    build: async () => ({
      method: 'POST',
      url: '/api/tips',
      payload: { ...A_TIP, channel: 'hotline_phone' },
    }),
  },
  'GET /api/tips': {
    kind: 'roles',
    allow: TIP_STAFF,
    build: async (w) => {
      await homeTip(w);
      return { method: 'GET', url: '/api/tips?limit=200' };
    },
    leaks: TIP_LEAKS,
  },
  'GET /api/tips/:id': {
    kind: 'roles',
    allow: TIP_STAFF,
    build: async (w) => ({ method: 'GET', url: `/api/tips/${(await homeTip(w)).id}` }),
    outsiders: TIP_OUTSIDERS,
  },
  'GET /api/tips/:id/attachments/:attachmentId': {
    kind: 'roles',
    allow: TIP_STAFF,
    build: async (w) => {
      const tip = await aTip(w.t.db, w.t.sealer, w.t.clock.now(), {
        attachments: [
          { filename: 'synth.pdf', contentType: 'application/pdf', dataBase64: PDF_BASE64 },
        ],
      });
      const attachment = await w.t.db
        .selectFrom('tip_attachment')
        .select('id')
        .where('tip_id', '=', tip.id)
        .executeTakeFirstOrThrow();
      return { method: 'GET', url: `/api/tips/${tip.id}/attachments/${attachment.id}` };
    },
    outsiders: TIP_OUTSIDERS,
  },
  'POST /api/tips/:id/triage': {
    kind: 'roles',
    allow: TIP_STAFF,
    build: async (w) => ({
      method: 'POST',
      url: `/api/tips/${(await homeTip(w)).id}/triage`,
      payload: {
        category: 'ForcedLabour',
        priority: 'high',
        assignedAgencyId: w.home.id,
        note: '',
        version: 1,
      },
    }),
    outsiders: TIP_OUTSIDERS,
  },
  'POST /api/tips/:id/convert': {
    kind: 'roles',
    allow: TIP_STAFF,
    build: async (w) => ({
      method: 'POST',
      url: `/api/tips/${(await triagedHomeTip(w)).id}/convert`,
      payload: { kind: 'lead', title: 'SYNTH lead', version: 1 },
    }),
    outsiders: TIP_OUTSIDERS,
  },
  'POST /api/tips/:id/close': {
    kind: 'roles',
    allow: TIP_STAFF,
    build: async (w) => ({
      method: 'POST',
      url: `/api/tips/${(await homeTip(w)).id}/close`,
      payload: { reason: 'duplicate', note: '', version: 1 },
    }),
    outsiders: TIP_OUTSIDERS,
  },
};
