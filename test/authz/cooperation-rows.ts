import type { CooperationStatus } from '#shared/domain/cooperation.js';
import type { Role } from '#shared/domain/roles.js';
import { aCooperationRequest, anEvidence } from '#test/factories/cooperation.js';
import { anAgency, type TestUser } from '#test/factories/index.js';
import type { Call, MatrixRow, Outsider, World } from './matrix-world.js';

/** cooperation.policy.ts: who drafts, who reads, who alone routes to the foreign authority. */
const DRAFTING = ['prosecutor', 'investigator', 'central_authority_officer'] as const;
const READERS = [...DRAFTING, 'national_coordinator'] as const;
const CENTRAL = ['central_authority_officer'] as const;

/**
 * A prosecutor of another agency, and anyone of another country, do not see the request (404);
 * every central authority officer of the country does. Roles without the action never reach the
 * record: the route guard refuses them first (403, in the role sweep of every row).
 */
const OUTSIDERS: readonly Outsider[] = [
  { role: 'prosecutor', from: 'other_agency', expect: 404 },
  { role: 'central_authority_officer', from: 'other_agency', expect: '2xx' },
  { role: 'central_authority_officer', from: 'other_country', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];
const outsidersFor = (allow: readonly Role[]) =>
  OUTSIDERS.filter((outsider) => allow.includes(outsider.role));

const isInvestigatorOnly = (subject: TestUser) =>
  subject.roles.includes('investigator') &&
  !subject.roles.some(
    (role: Role) => role === 'prosecutor' || role === 'central_authority_officer',
  );

/** An outgoing request of the home agency, drafted by the subject, of a type the subject drafts. */
async function homeRequest(w: World, subject: TestUser, status: CooperationStatus) {
  const isPolice = isInvestigatorOnly(subject);
  return aCooperationRequest(w.t.db, w.t.sealer, {
    ownerAgencyId: w.home.id,
    createdByUserId: subject.id,
    status,
    ...(isPolice ? { type: 'LAW_ENFORCEMENT_COOPERATION', measures: ['LEC_PERSON_INQUIRY'] } : {}),
    now: w.t.clock.now(),
  });
}

/** An incoming request recorded by a central authority, executed by the home agency. */
async function executedByHome(w: World, subject: TestUser, status: CooperationStatus) {
  const central = await anAgency(w.t.db, {
    kind: 'central_authority',
    name: `SYNTH Central Authority ${w.unique()}`,
  });
  return aCooperationRequest(w.t.db, w.t.sealer, {
    ownerAgencyId: central.id,
    createdByUserId: subject.id,
    direction: 'incoming',
    status,
    executingAgencyId: w.home.id,
    now: w.t.clock.now(),
  });
}

type Build = (w: World, subject: TestUser) => Promise<{ id: string }>;

function itemRow(
  allow: readonly Role[],
  build: Build,
  call: (id: string) => Omit<Call, 'url'> & { path: string },
): MatrixRow {
  return {
    kind: 'roles',
    allow,
    build: async (w, subject) => {
      const { id } = await build(w, subject);
      const { path, ...rest } = call(id);
      return { ...rest, url: `/api/cooperation/requests/${id}${path}` };
    },
    outsiders: outsidersFor(allow),
  };
}

const post =
  (path: string, payload: Record<string, unknown> = { version: 1 }) =>
  () => ({
    method: 'POST' as const,
    path,
    payload,
  });
const inStatus =
  (status: CooperationStatus): Build =>
  (w, subject) =>
    homeRequest(w, subject, status);

export const cooperationRows: Record<string, MatrixRow> = {
  'POST /api/cooperation/requests': {
    kind: 'roles',
    allow: DRAFTING,
    build: async () => ({
      method: 'POST',
      url: '/api/cooperation/requests',
      payload: {
        direction: 'outgoing',
        type: 'LAW_ENFORCEMENT_COOPERATION',
        foreignCountry: 'TUN',
        measures: ['LEC_PERSON_INQUIRY'],
      },
    }),
  },
  'GET /api/cooperation/requests': {
    kind: 'roles',
    allow: READERS,
    build: async (w, subject) => {
      await homeRequest(w, subject, 'sent');
      return { method: 'GET', url: '/api/cooperation/requests?limit=200' };
    },
    leaks: [
      {
        role: 'prosecutor',
        from: 'other_agency',
        isHomeRow: async (w, item) => item.ownerAgencyId === w.home.id,
      },
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (w, item) => item.ownerAgencyId === w.home.id,
      },
    ],
  },
  'GET /api/cooperation/dashboard': {
    kind: 'roles',
    allow: ['prosecutor', 'central_authority_officer', 'national_coordinator'],
    build: async () => ({ method: 'GET', url: '/api/cooperation/dashboard' }),
  },
  'GET /api/cooperation/requests/:id': itemRow(READERS, inStatus('sent'), () => ({
    method: 'GET',
    path: '',
  })),
  'PATCH /api/cooperation/requests/:id': itemRow(DRAFTING, inStatus('draft'), () => ({
    method: 'PATCH',
    path: '',
    payload: { version: 1, urgency: 'urgent' },
  })),
  'GET /api/cooperation/requests/:id/check': itemRow(DRAFTING, inStatus('draft'), () => ({
    method: 'GET',
    path: '/check',
  })),
  'POST /api/cooperation/requests/:id/check': itemRow(DRAFTING, inStatus('draft'), post('/check')),
  'POST /api/cooperation/requests/:id/return': itemRow(
    CENTRAL,
    inStatus('checked'),
    post('/return', { version: 1, reason: 'SYNTH: add the dates of the facts' }),
  ),
  'POST /api/cooperation/requests/:id/send': itemRow(
    CENTRAL,
    inStatus('checked'),
    post('/send', {
      version: 1,
      channel: 'CENTRAL_AUTHORITY',
      transmissionReference: 'SYNTH-NV-1',
    }),
  ),
  'POST /api/cooperation/requests/:id/acknowledge': itemRow(CENTRAL, inStatus('sent'), () => ({
    method: 'POST',
    path: '/acknowledge',
    payload: {
      version: 1,
      foreignReference: 'SYNTH-TUN-1',
      acknowledgedOn: new Date().toISOString().slice(0, 10),
    },
  })),
  'POST /api/cooperation/requests/:id/start-execution': itemRow(
    CENTRAL,
    inStatus('acknowledged'),
    post('/start-execution'),
  ),
  'POST /api/cooperation/requests/:id/partially-execute': itemRow(
    DRAFTING,
    (w, subject) => executedByHome(w, subject, 'in_execution'),
    post('/partially-execute'),
  ),
  'POST /api/cooperation/requests/:id/execute': itemRow(
    DRAFTING,
    (w, subject) => executedByHome(w, subject, 'partially_executed'),
    post('/execute'),
  ),
  'POST /api/cooperation/requests/:id/refuse': itemRow(
    CENTRAL,
    inStatus('sent'),
    post('/refuse', { version: 1, ground: 'insufficient_information' }),
  ),
  'POST /api/cooperation/requests/:id/withdraw': itemRow(
    DRAFTING,
    inStatus('checked'),
    post('/withdraw'),
  ),
  'POST /api/cooperation/requests/:id/evidence': itemRow(
    DRAFTING,
    inStatus('in_execution'),
    post('/evidence', {
      description: 'SYNTH: bank records',
      itemCount: 2,
      receivedFrom: 'SYNTH Central Authority of Tunisia',
      receivedAt: '2026-01-01T10:00:00.000Z',
      holder: 'SYNTH Evidence office',
    }),
  ),
  'POST /api/cooperation/requests/:id/evidence/:evidenceId/custody': {
    kind: 'roles',
    allow: DRAFTING,
    build: async (w, subject) => {
      const { id } = await homeRequest(w, subject, 'executed');
      const evidence = await anEvidence(w.t.db, w.t.sealer, {
        requestId: id,
        userId: subject.id,
        now: w.t.clock.now(),
      });
      return {
        method: 'POST',
        url: `/api/cooperation/requests/${id}/evidence/${evidence.id}/custody`,
        payload: { action: 'transferred', holder: 'SYNTH Forensic laboratory' },
      };
    },
    outsiders: outsidersFor(DRAFTING),
  },
  'GET /api/cooperation/requests/:id/document': itemRow(DRAFTING, inStatus('checked'), () => ({
    method: 'GET',
    path: '/document?lang=ar',
  })),
};
