import type { ProsecutionStage } from '#shared/domain/prosecution.js';
import { aCase, type TestUser } from '#test/factories/index.js';
import {
  A_DEFENDANT,
  aCharge,
  aConfiscation,
  aDefendant,
  aHearing,
  aJitAgreement,
  aProsecution,
  aProtectionMeasure,
} from '#test/factories/prosecutions.js';
import type { Call, LeakCheck, MatrixRow, Outsider, World } from './matrix-world.js';

/**
 * prosecutions.policy.ts: the team's prosecutors write; the coordinator reads the list and the
 * overview; nobody else (case workers, investigators) gets anything.
 */
const TEAM = ['prosecutor'] as const;
const READERS = ['prosecutor', 'national_coordinator'] as const;
/** jit.policy.ts: local members read; leaders who are prosecutors or central authority manage. */
const JIT_STAFF = ['prosecutor', 'investigator', 'central_authority_officer'] as const;
const JIT_MANAGERS = ['prosecutor', 'central_authority_officer'] as const;

/** Not on the team: a prosecutor of another office, or of another country (404). */
const PROSECUTION_OUTSIDERS: readonly Outsider[] = [
  { role: 'prosecutor', from: 'other_agency', expect: 404 },
  { role: 'prosecutor', from: 'other_country', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];
/** The coordinator oversees the country's files but never changes one (403, whoever's file). */
const WRITE_OUTSIDERS: readonly Outsider[] = [
  { role: 'prosecutor', from: 'other_agency', expect: 404 },
  { role: 'prosecutor', from: 'other_country', expect: 404 },
  { role: 'national_coordinator', from: 'other_agency', expect: 403 },
];
const JIT_OUTSIDERS: readonly Outsider[] = [
  { role: 'prosecutor', from: 'other_agency', expect: 404 },
  { role: 'central_authority_officer', from: 'other_agency', expect: 404 },
  { role: 'prosecutor', from: 'other_country', expect: 404 },
];

/** A prosecution of the home office whose team is the subject. */
async function fileOf(w: World, subject: TestUser, stage: ProsecutionStage = 'investigation') {
  return aProsecution(w.t.db, {
    agencyId: w.home.id,
    openedBy: subject.id,
    memberIds: [subject.id],
    stage,
    now: w.t.clock.now(),
  });
}

async function defendantOf(
  w: World,
  subject: TestUser,
  options: { stage?: ProsecutionStage; review?: 'none' | 'pending' } = {},
) {
  const file = await fileOf(w, subject, options.stage);
  const defendant = await aDefendant(w.t.db, w.t.sealer, {
    prosecutionId: file.id,
    createdBy: subject.id,
    review: options.review ?? 'none',
  });
  return { fileId: file.id, defendantId: defendant.id };
}

function writeRow(
  method: Call['method'],
  build: (
    w: World,
    subject: TestUser,
  ) => Promise<{ url: string; payload: Record<string, unknown> }>,
): MatrixRow {
  return {
    kind: 'roles',
    allow: TEAM,
    build: async (w, subject) => ({ method, ...(await build(w, subject)) }),
    outsiders: WRITE_OUTSIDERS,
  };
}

const today = (w: World) => w.t.clock.now().toISOString().slice(0, 10);
const inDays = (w: World, days: number) =>
  new Date(w.t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function teamOf(w: World, subject: TestUser, status: 'draft' | 'active' = 'active') {
  return aJitAgreement(w.t.db, w.t.sealer, {
    createdBy: subject.id,
    members: [{ userId: subject.id }],
    status,
    now: w.t.clock.now(),
  });
}

function jitRow(
  method: Call['method'],
  allow: readonly (typeof JIT_STAFF)[number][],
  build: (
    w: World,
    subject: TestUser,
  ) => Promise<{ url: string; payload?: Record<string, unknown> }>,
): MatrixRow {
  return {
    kind: 'roles',
    allow,
    build: async (w, subject) => ({ method, ...(await build(w, subject)) }),
    outsiders: JIT_OUTSIDERS,
  };
}

const LIST_LEAKS: readonly LeakCheck[] = [
  {
    role: 'prosecutor',
    from: 'other_agency',
    isHomeRow: async (w, item) => item.agencyId === w.home.id,
  },
  {
    role: 'national_coordinator',
    from: 'other_country',
    isHomeRow: async (w, item) => item.agencyId === w.home.id,
  },
];

export const prosecutionRows: Record<string, MatrixRow> = {
  'POST /api/prosecutions': {
    kind: 'roles',
    allow: TEAM,
    build: async () => ({
      method: 'POST',
      url: '/api/prosecutions',
      payload: { title: 'SYNTH prosecution', courtName: 'SYNTH Court' },
    }),
  },
  'GET /api/prosecutions': {
    kind: 'roles',
    allow: READERS,
    build: async (w, subject) => {
      await fileOf(w, subject);
      return { method: 'GET', url: '/api/prosecutions?limit=200' };
    },
    leaks: LIST_LEAKS,
  },
  'GET /api/prosecutions/:id': {
    kind: 'roles',
    allow: READERS,
    build: async (w, subject) => ({
      method: 'GET',
      url: `/api/prosecutions/${(await fileOf(w, subject)).id}`,
    }),
    outsiders: PROSECUTION_OUTSIDERS,
  },
  'POST /api/prosecutions/:id/members': writeRow('POST', async (w, subject) => {
    const colleague = await w.user('home', ['prosecutor']);
    return {
      url: `/api/prosecutions/${(await fileOf(w, subject)).id}/members`,
      payload: { userId: colleague.id },
    };
  }),
  'POST /api/prosecutions/:id/stage': writeRow('POST', async (w, subject) => ({
    url: `/api/prosecutions/${(await fileOf(w, subject)).id}/stage`,
    payload: { to: 'indictment', version: 1 },
  })),
  'POST /api/prosecutions/:id/defendants': writeRow('POST', async (w, subject) => ({
    url: `/api/prosecutions/${(await fileOf(w, subject)).id}/defendants`,
    payload: { ...A_DEFENDANT },
  })),
  'POST /api/prosecutions/:id/defendants/:defendantId/non-punishment-review': writeRow(
    'POST',
    async (w, subject) => {
      const { fileId, defendantId } = await defendantOf(w, subject, { review: 'pending' });
      return {
        url: `/api/prosecutions/${fileId}/defendants/${defendantId}/non-punishment-review`,
        payload: { outcome: 'not_applicable', reason: 'SYNTH: reviewed', version: 1 },
      };
    },
  ),
  'POST /api/prosecutions/:id/defendants/:defendantId/charges': writeRow(
    'POST',
    async (w, subject) => {
      const { fileId, defendantId } = await defendantOf(w, subject);
      return {
        url: `/api/prosecutions/${fileId}/defendants/${defendantId}/charges`,
        payload: { offenceCode: 'trafficking_in_persons', lawArticle: 'SYNTH art. 2' },
      };
    },
  ),
  'PATCH /api/prosecutions/:id/defendants/:defendantId/charges/:chargeId': writeRow(
    'PATCH',
    async (w, subject) => {
      const { fileId, defendantId } = await defendantOf(w, subject);
      const charge = await aCharge(w.t.db, {
        prosecutionId: fileId,
        defendantId,
        filedBy: subject.id,
      });
      return {
        url: `/api/prosecutions/${fileId}/defendants/${defendantId}/charges/${charge.id}`,
        payload: { status: 'amended', lawArticle: 'SYNTH art. 3', version: 1 },
      };
    },
  ),
  'POST /api/prosecutions/:id/defendants/:defendantId/verdict': writeRow(
    'POST',
    async (w, subject) => {
      const { fileId, defendantId } = await defendantOf(w, subject, { stage: 'trial' });
      const charge = await aCharge(w.t.db, {
        prosecutionId: fileId,
        defendantId,
        filedBy: subject.id,
      });
      return {
        url: `/api/prosecutions/${fileId}/defendants/${defendantId}/verdict`,
        payload: {
          outcome: 'convicted',
          decidedOn: today(w),
          courtLevel: 'first_instance',
          charges: [{ chargeId: charge.id, outcome: 'convicted' }],
          sentence: { prisonMonths: 36 },
        },
      };
    },
  ),
  'POST /api/prosecutions/:id/hearings': writeRow('POST', async (w, subject) => ({
    url: `/api/prosecutions/${(await fileOf(w, subject, 'trial')).id}/hearings`,
    payload: { kind: 'trial', scheduledAt: `${inDays(w, 10)}T09:00:00Z` },
  })),
  'PATCH /api/prosecutions/:id/hearings/:hearingId': writeRow('PATCH', async (w, subject) => {
    const file = await fileOf(w, subject, 'trial');
    const hearing = await aHearing(w.t.db, { prosecutionId: file.id, createdBy: subject.id });
    return {
      url: `/api/prosecutions/${file.id}/hearings/${hearing.id}`,
      payload: { outcome: 'held', version: 1 },
    };
  }),
  'POST /api/prosecutions/:id/confiscations': writeRow('POST', async (w, subject) => ({
    url: `/api/prosecutions/${(await fileOf(w, subject, 'trial')).id}/confiscations`,
    payload: { description: 'SYNTH: a van', estimatedValue: '100.00', currency: 'LYD' },
  })),
  'PATCH /api/prosecutions/:id/confiscations/:orderId': writeRow('PATCH', async (w, subject) => {
    const file = await fileOf(w, subject, 'trial');
    const order = await aConfiscation(w.t.db, w.t.sealer, {
      prosecutionId: file.id,
      orderedBy: subject.id,
    });
    return {
      url: `/api/prosecutions/${file.id}/confiscations/${order.id}`,
      payload: { status: 'executed', version: 1 },
    };
  }),
  'POST /api/prosecutions/:id/protection-measures': writeRow('POST', async (w, subject) => {
    const file = await fileOf(w, subject, 'trial');
    const kase = await aCase(w.t.db, { agencyId: w.otherAgency.id, assigneeIds: [subject.id] });
    return {
      url: `/api/prosecutions/${file.id}/protection-measures`,
      payload: { victimCaseId: kase.id, measure: 'screen' },
    };
  }),
  'PATCH /api/prosecutions/:id/protection-measures/:measureId': writeRow(
    'PATCH',
    async (w, subject) => {
      const file = await fileOf(w, subject, 'trial');
      const kase = await aCase(w.t.db, { agencyId: w.otherAgency.id, assigneeIds: [subject.id] });
      const measure = await aProtectionMeasure(w.t.db, {
        prosecutionId: file.id,
        caseId: kase.id,
        requestedBy: subject.id,
      });
      return {
        url: `/api/prosecutions/${file.id}/protection-measures/${measure.id}`,
        payload: { status: 'granted', version: 1 },
      };
    },
  ),
};

export const jitRows: Record<string, MatrixRow> = {
  'POST /api/jit': {
    kind: 'roles',
    allow: JIT_MANAGERS,
    build: async (w) => ({
      method: 'POST',
      url: '/api/jit',
      payload: {
        name: 'SYNTH team',
        scope: 'SYNTH scope',
        parties: [
          { countryCode: 'LBY', authority: 'SYNTH LBY' },
          { countryCode: 'TUN', authority: 'SYNTH TUN' },
        ],
        startsOn: today(w),
        endsOn: inDays(w, 90),
      },
    }),
  },
  'GET /api/jit': {
    kind: 'roles',
    allow: JIT_STAFF,
    build: async (w, subject) => {
      await teamOf(w, subject);
      return { method: 'GET', url: '/api/jit?limit=200' };
    },
    // Outsiders are fresh users: every agreement they list would be a leak.
    leaks: [
      { role: 'prosecutor', from: 'other_agency', isHomeRow: async () => true },
      { role: 'prosecutor', from: 'other_country', isHomeRow: async () => true },
    ],
  },
  'GET /api/jit/:id': jitRow('GET', JIT_STAFF, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject)).id}`,
  })),
  'POST /api/jit/:id/activate': jitRow('POST', JIT_MANAGERS, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject, 'draft')).id}/activate`,
    payload: { signedOn: today(w), version: 1 },
  })),
  'POST /api/jit/:id/terminate': jitRow('POST', JIT_MANAGERS, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject)).id}/terminate`,
    payload: { reason: 'SYNTH: objectives met', version: 1 },
  })),
  'POST /api/jit/:id/extend': jitRow('POST', JIT_MANAGERS, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject)).id}/extend`,
    payload: { newEndsOn: inDays(w, 365), reason: 'SYNTH: more time', version: 1 },
  })),
  'POST /api/jit/:id/members': jitRow('POST', JIT_MANAGERS, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject)).id}/members`,
    payload: {
      kind: 'external',
      name: 'SYNTH Officer',
      countryCode: 'TUN',
      organisation: 'SYNTH Police',
      role: 'seconded',
    },
  })),
  'DELETE /api/jit/:id/members/:memberId': jitRow('DELETE', JIT_MANAGERS, async (w, subject) => {
    const colleague = await w.user('home', ['investigator']);
    const team = await aJitAgreement(w.t.db, w.t.sealer, {
      createdBy: subject.id,
      members: [{ userId: subject.id }, { userId: colleague.id }],
      now: w.t.clock.now(),
    });
    return { url: `/api/jit/${team.id}/members/${team.memberIds[1] ?? ''}` };
  }),
  'GET /api/jit/:id/workspace': jitRow('GET', JIT_STAFF, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject)).id}/workspace`,
  })),
  'POST /api/jit/:id/workspace': jitRow('POST', JIT_STAFF, async (w, subject) => ({
    url: `/api/jit/${(await teamOf(w, subject)).id}/workspace`,
    payload: { kind: 'note', body: 'SYNTH: a note' },
  })),
};
