import type { InvestigationStatus } from '#shared/domain/investigation.js';
import type { OperationStatus } from '#shared/domain/operation.js';
import type { Role } from '#shared/domain/roles.js';
import { aCase, aTip, aUser, type TestUser } from '#test/factories/index.js';
import {
  anInvestigation,
  anInvestigationPerson,
  anOperation,
  aVictimLink,
} from '#test/factories/investigations.js';
import { aConsent, aVictim } from '#test/factories/victims.js';
import type { Call, LeakCheck, MatrixRow, Outsider, World } from './matrix-world.js';

/** investigations.policy.ts: the roles that may sit on a team; membership opens a file. */
const TEAM_STAFF = ['investigator', 'prosecutor', 'central_authority_officer', 'analyst'] as const;

/**
 * Not on the team: an investigator of another agency, a prosecutor of another country (404),
 * and the national coordinator, whose role never opens a file (403). A colleague of the same
 * agency who is not on the team gets 404 too (investigations.authz.test.ts).
 */
const FILE_OUTSIDERS: readonly Outsider[] = [
  { role: 'investigator', from: 'other_agency', expect: 404 },
  { role: 'prosecutor', from: 'other_country', expect: 404 },
  { role: 'national_coordinator', from: 'other_agency', expect: 403 },
];

/** A file of the home agency led by the subject. */
async function fileOf(w: World, subject: TestUser, status: InvestigationStatus = 'open') {
  return anInvestigation(w.t.db, {
    agencyId: w.home.id,
    leadUserId: subject.id,
    status,
    now: w.t.clock.now(),
  });
}

function fileRow(
  allow: readonly Role[],
  build: (
    w: World,
    subject: TestUser,
    fileId: string,
  ) => Promise<Omit<Call, 'url'> & { path: string }>,
  options: { status?: InvestigationStatus; outsiders?: readonly Outsider[] } = {},
): MatrixRow {
  return {
    kind: 'roles',
    allow,
    build: async (w, subject) => {
      const file = await fileOf(w, subject, options.status);
      const { path, ...call } = await build(w, subject, file.id);
      return { ...call, url: `/api/investigations/${file.id}${path}` };
    },
    outsiders: options.outsiders ?? FILE_OUTSIDERS,
  };
}

/** Outsiders of a route only one role may use: the same role elsewhere (404), another one (403). */
const outsidersFor = (role: Role, other: Role): readonly Outsider[] => [
  { role, from: 'other_agency', expect: 404 },
  { role, from: 'other_country', expect: 404 },
  { role: other, from: 'other_agency', expect: 403 },
];

const post = (path: string, payload: Record<string, unknown>) => async () => ({
  method: 'POST' as const,
  path,
  payload,
});

const commandRow = (command: string, status: InvestigationStatus) =>
  fileRow(TEAM_STAFF, post(`/${command}`, { version: 1 }), { status });

async function eligibleColleague(w: World) {
  return aUser(w.t.db, w.t.sealer, { agencyId: w.home.id, roles: ['analyst'] });
}

const FILE_LEAKS: readonly LeakCheck[] = [
  {
    role: 'investigator',
    from: 'other_agency',
    isHomeRow: async (w, i) => i.agencyId === w.home.id,
  },
  {
    role: 'prosecutor',
    from: 'other_country',
    isHomeRow: async (w, i) => i.agencyId === w.home.id,
  },
];

export const investigationRows: Record<string, MatrixRow> = {
  'POST /api/investigations': {
    kind: 'roles',
    allow: ['investigator', 'prosecutor'],
    build: async () => ({
      method: 'POST',
      url: '/api/investigations',
      payload: { title: 'SYNTH file', summary: 'SYNTH summary' },
    }),
  },
  'GET /api/investigations': {
    kind: 'roles',
    allow: TEAM_STAFF,
    build: async (w, subject) => {
      await fileOf(w, subject);
      return { method: 'GET', url: '/api/investigations?limit=200' };
    },
    leaks: FILE_LEAKS,
  },
  'GET /api/investigations/:id': fileRow(TEAM_STAFF, async () => ({ method: 'GET', path: '' })),
  'PATCH /api/investigations/:id': fileRow(TEAM_STAFF, async () => ({
    method: 'PATCH',
    path: '',
    payload: { title: 'SYNTH renamed', version: 1 },
  })),
  'POST /api/investigations/:id/suspend': commandRow('suspend', 'open'),
  'POST /api/investigations/:id/resume': commandRow('resume', 'suspended'),
  'POST /api/investigations/:id/close': commandRow('close', 'open'),
  'POST /api/investigations/:id/members': fileRow(TEAM_STAFF, async (w) => ({
    method: 'POST',
    path: '/members',
    payload: { userId: (await eligibleColleague(w)).id, teamRole: 'member' },
  })),
  'DELETE /api/investigations/:id/members/:userId': fileRow(TEAM_STAFF, async (w, _s, fileId) => {
    const colleague = await eligibleColleague(w);
    await w.t.db
      .insertInto('investigation_member')
      .values({
        investigation_id: fileId,
        user_id: colleague.id,
        team_role: 'member',
        added_at: w.t.clock.now(),
        added_by_user_id: null,
      })
      .execute();
    return { method: 'DELETE', path: `/members/${colleague.id}` };
  }),
  'POST /api/investigations/:id/offences': fileRow(
    TEAM_STAFF,
    post('/offences', { code: 'trafficking_in_persons', lawArticle: 'SYNTH Law 2/2010 art. 3' }),
  ),
  'POST /api/investigations/:id/persons': fileRow(
    TEAM_STAFF,
    post('/persons', {
      role: 'suspect',
      identity: { names: [{ script: 'latn', value: 'SYNTH Suspect' }] },
    }),
  ),
  'PATCH /api/investigations/:id/persons/:personId': fileRow(
    TEAM_STAFF,
    async (w, subject, fileId) => {
      const person = await anInvestigationPerson(w.t.db, w.t.sealer, {
        investigationId: fileId,
        createdBy: subject.id,
      });
      return {
        method: 'PATCH',
        path: `/persons/${person.id}`,
        payload: { role: 'witness', version: 1 },
      };
    },
  ),
  'POST /api/investigations/:id/persons/:personId/non-punishment-review': fileRow(
    ['prosecutor'],
    async (w, subject, fileId) => {
      const person = await anInvestigationPerson(w.t.db, w.t.sealer, {
        investigationId: fileId,
        createdBy: subject.id,
        review: 'pending',
      });
      return {
        method: 'POST',
        path: `/persons/${person.id}/non-punishment-review`,
        payload: { outcome: 'not_applicable', reason: 'SYNTH reasons', version: 1 },
      };
    },
    { outsiders: outsidersFor('prosecutor', 'investigator') },
  ),
  'POST /api/investigations/:id/organisations': fileRow(
    TEAM_STAFF,
    post('/organisations', { name: 'SYNTH network', kind: 'network' }),
  ),
  'POST /api/investigations/:id/events': fileRow(
    TEAM_STAFF,
    post('/events', { occurredOn: '2026-01-15', kind: 'recruitment', description: 'SYNTH' }),
  ),
  'POST /api/investigations/:id/locations': fileRow(
    TEAM_STAFF,
    post('/locations', { label: 'SYNTH warehouse', kind: 'exploitation_site' }),
  ),
  // Of the team roles, only investigators read tips; the tip is routed to the home agency.
  'POST /api/investigations/:id/leads': fileRow(
    ['investigator'],
    async (w) => ({
      method: 'POST',
      path: '/leads',
      payload: { tipId: (await aTip(w.t.db, w.t.sealer, w.t.clock.now())).id },
    }),
    { outsiders: outsidersFor('investigator', 'prosecutor') },
  ),
  'POST /api/investigations/:id/victim-links': fileRow(TEAM_STAFF, async (w, subject) => {
    const kase = await aCase(w.t.db, { agencyId: w.otherAgency.id });
    const victim = await aVictim(w.t.db, w.t.sealer, { caseId: kase.id });
    const consent = await aConsent(w.t.db, {
      victimId: victim.id,
      recipientAgencyId: w.home.id,
      recordedBy: subject.id,
      purpose: 'investigation',
      category: 'identity',
    });
    return {
      method: 'POST',
      path: '/victim-links',
      payload: { caseId: kase.id, basis: 'consent', consentId: consent.id },
    };
  }),
  'DELETE /api/investigations/:id/victim-links/:linkId': fileRow(
    TEAM_STAFF,
    async (w, subject, fileId) => {
      const kase = await aCase(w.t.db, { agencyId: w.otherAgency.id });
      const link = await aVictimLink(w.t.db, {
        investigationId: fileId,
        caseId: kase.id,
        linkedBy: subject.id,
      });
      return { method: 'DELETE', path: `/victim-links/${link.id}` };
    },
  ),
};

// ---- Operations --------------------------------------------------------------------------

/** Neither the lead agency nor a participant; the coordinator of another country. */
const OPERATION_OUTSIDERS: readonly Outsider[] = [
  { role: 'investigator', from: 'other_agency', expect: 404 },
  { role: 'investigator', from: 'other_country', expect: 404 },
];

function operationRow(
  status: OperationStatus,
  path: string,
  payload: (w: World, subject: TestUser) => Promise<Record<string, unknown>>,
): MatrixRow {
  return {
    kind: 'roles',
    allow: ['investigator'],
    build: async (w, subject) => {
      const op = await anOperation(w.t.db, {
        leadAgencyId: w.home.id,
        createdBy: subject.id,
        status,
        now: w.t.clock.now(),
      });
      return {
        method: 'POST',
        url: `/api/operations/${op.id}${path}`,
        payload: await payload(w, subject),
      };
    },
    outsiders: OPERATION_OUTSIDERS,
  };
}

const ARRESTED = {
  identity: { names: [{ script: 'latn', value: 'SYNTH Arrested' }], sex: 'M' },
  arrestedAt: '2026-12-01T05:30:00Z',
};

export const operationRows: Record<string, MatrixRow> = {
  'POST /api/operations': {
    kind: 'roles',
    allow: ['investigator'],
    build: async () => ({
      method: 'POST',
      url: '/api/operations',
      payload: {
        name: 'SYNTH Operation',
        plannedStart: '2026-12-01T04:00:00Z',
        plannedEnd: '2026-12-01T12:00:00Z',
      },
    }),
  },
  'GET /api/operations': {
    kind: 'roles',
    allow: ['investigator', 'national_coordinator'],
    build: async (w, subject) => {
      await anOperation(w.t.db, { leadAgencyId: w.home.id, createdBy: subject.id });
      return { method: 'GET', url: '/api/operations?limit=200' };
    },
    leaks: [
      {
        role: 'investigator',
        from: 'other_agency',
        isHomeRow: async (w, item) => item.leadAgencyId === w.home.id,
      },
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (w, item) => item.leadAgencyId === w.home.id,
      },
    ],
  },
  'GET /api/operations/:id': {
    kind: 'roles',
    allow: ['investigator', 'national_coordinator'],
    build: async (w, subject) => {
      const op = await anOperation(w.t.db, { leadAgencyId: w.home.id, createdBy: subject.id });
      return { method: 'GET', url: `/api/operations/${op.id}` };
    },
    outsiders: [
      { role: 'investigator', from: 'other_agency', expect: 404 },
      { role: 'national_coordinator', from: 'other_country', expect: 404 },
      // Read-only oversight: the coordinator of the country sees every operation.
      { role: 'national_coordinator', from: 'other_agency', expect: '2xx' },
    ],
  },
  'POST /api/operations/:id/start': operationRow('planned', '/start', async () => ({ version: 1 })),
  'POST /api/operations/:id/complete': operationRow('in_execution', '/complete', async () => ({
    version: 1,
  })),
  'POST /api/operations/:id/cancel': operationRow('planned', '/cancel', async () => ({
    version: 1,
    reason: 'SYNTH: called off',
  })),
  'POST /api/operations/:id/participants': operationRow('planned', '/participants', async () => ({
    countryCode: 'NER',
    authorityName: 'SYNTH foreign police',
    role: 'observer',
  })),
  'POST /api/operations/:id/rescues': operationRow(
    'in_execution',
    '/rescues',
    async (_w, subject) => ({
      identifyingOfficerUserId: subject.id,
      persons: [{ sex: 'F', nameLatin: 'SYNTH Rescued' }],
    }),
  ),
  'POST /api/operations/:id/arrests': operationRow('in_execution', '/arrests', async () => ({
    persons: [ARRESTED],
  })),
  'POST /api/operations/:id/seizures': operationRow('completed', '/seizures', async () => ({
    kind: 'phone',
    quantity: '2',
    unit: 'items',
  })),
};
