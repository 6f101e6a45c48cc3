import { newId } from '#server/platform/db/ids.js';
import { aCase, aUser } from '#test/factories/index.js';
import { aConsent, aVictim } from '#test/factories/victims.js';
import type { TestUser } from '#test/factories/index.js';
import type { Role } from '#shared/domain/roles.js';
import {
  agencyIdsOf,
  type Builder,
  type MatrixRow,
  type Outsider,
  type World,
} from './matrix-world.js';

/** victims.policy.ts: who may do what on a victim of a case assigned to them. */
const READERS = ['case_worker', 'investigator', 'prosecutor', 'national_coordinator'] as const;
const CARERS = ['case_worker', 'national_coordinator'] as const;

const VICTIM_OUTSIDERS: readonly Outsider[] = [
  { role: 'case_worker', from: 'other_agency', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];

/** A victim case of the home agency assigned to `subject`, with a victim on it. */
async function victimCase(w: World, subject: TestUser, status = 'NotScreened') {
  const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
  const victim = await aVictim(w.t.db, w.t.sealer, { caseId: kase.id, status });
  return { kase, victim, url: `/api/cases/${kase.id}/victim` };
}

function victimRow(
  allow: readonly Role[],
  build: Builder,
  outsiders: readonly Outsider[] = VICTIM_OUTSIDERS,
): MatrixRow {
  return { kind: 'roles', allow, build, outsiders };
}

export const victimRows: Record<string, MatrixRow> = {
  'POST /api/cases/:id/victim': victimRow(CARERS, async (w, subject) => {
    const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
    return {
      method: 'POST',
      url: `/api/cases/${kase.id}/victim`,
      payload: { identity: { nameLatin: 'SYNTH Person' }, sex: 'U' },
    };
  }),
  'GET /api/cases/:id/victim': victimRow(READERS, async (w, subject) => ({
    method: 'GET',
    url: (await victimCase(w, subject)).url,
  })),
  'PATCH /api/cases/:id/victim': victimRow(CARERS, async (w, subject) => ({
    method: 'PATCH',
    url: (await victimCase(w, subject)).url,
    payload: { languages: ['ar'], version: 1 },
  })),
  'POST /api/cases/:id/victim/screenings': victimRow(
    ['case_worker', 'investigator', 'national_coordinator'],
    async (w, subject) => ({
      method: 'POST',
      url: `${(await victimCase(w, subject)).url}/screenings`,
      payload: {
        hasConsentToScreening: true,
        hasInterpreter: false,
        answers: { DECEPTION: 'YES' },
      },
    }),
  ),
  'POST /api/cases/:id/victim/decision': victimRow(
    ['prosecutor', 'national_coordinator'],
    async (w, subject) => ({
      method: 'POST',
      url: `${(await victimCase(w, subject, 'PresumedVictimOfTrafficking')).url}/decision`,
      payload: {
        status: 'ActualVictimOfTrafficking',
        decidedOn: '2026-11-20',
        decidingBody: 'SYNTH panel',
        legalBasis: 'SYNTH basis',
        version: 1,
      },
    }),
    [
      { role: 'prosecutor', from: 'other_agency', expect: 404 },
      { role: 'national_coordinator', from: 'other_country', expect: 404 },
    ],
  ),
  'POST /api/cases/:id/victim/guardians': victimRow(CARERS, async (w, subject) => ({
    method: 'POST',
    url: `${(await victimCase(w, subject)).url}/guardians`,
    payload: {
      name: 'SYNTH Guardian',
      relationship: 'aunt',
      appointedOn: '2026-11-01',
      appointingBody: 'SYNTH court',
    },
  })),
  'POST /api/cases/:id/victim/consents': victimRow(CARERS, async (w, subject) => ({
    method: 'POST',
    url: `${(await victimCase(w, subject)).url}/consents`,
    payload: {
      recipientAgencyId: w.home.id,
      purpose: 'assistance',
      dataCategory: 'assistance',
      method: 'signed_form',
      givenBy: 'victim',
    },
  })),
  'POST /api/cases/:id/victim/consent-overrides': victimRow(
    ['national_coordinator'],
    async (w, subject) => ({
      method: 'POST',
      url: `${(await victimCase(w, subject)).url}/consent-overrides`,
      payload: {
        recipientAgencyId: w.home.id,
        purpose: 'prosecution',
        dataCategory: 'assistance',
        legalBasis: 'SYNTH basis',
        approverUserId: subject.id,
      },
    }),
    [{ role: 'national_coordinator', from: 'other_country', expect: 404 }],
  ),
  'POST /api/cases/:id/victim/consents/:consentId/withdraw': victimRow(
    CARERS,
    async (w, subject) => {
      const { url, victim } = await victimCase(w, subject);
      const consent = await aConsent(w.t.db, {
        victimId: victim.id,
        recipientAgencyId: w.home.id,
        recordedBy: subject.id,
        purpose: 'assistance',
        category: 'assistance',
      });
      return { method: 'POST', url: `${url}/consents/${consent.id}/withdraw` };
    },
  ),
  'GET /api/cases/:id/victim/needs': victimRow(READERS, async (w, subject) => {
    const { url, victim } = await victimCase(w, subject);
    // Consent for every purpose to the home agency: the matrix tests roles, the wall has its own tests.
    for (const purpose of ['assistance', 'investigation', 'prosecution']) {
      await aConsent(w.t.db, {
        victimId: victim.id,
        recipientAgencyId: w.home.id,
        recordedBy: subject.id,
        purpose,
        category: 'assistance',
      });
    }
    return { method: 'GET', url: `${url}/needs` };
  }),
  'POST /api/cases/:id/victim/needs': victimRow(CARERS, async (w, subject) => ({
    method: 'POST',
    url: `${(await victimCase(w, subject)).url}/needs`,
    payload: { needs: ['shelter'] },
  })),
  'POST /api/cases/:id/assignments': {
    kind: 'roles',
    allow: [
      'case_worker',
      'investigator',
      'prosecutor',
      'hotline_operator',
      'national_coordinator',
    ],
    build: async (w, subject) => {
      const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
      const colleague = await aUser(w.t.db, w.t.sealer, {
        agencyId: w.otherAgency.id,
        roles: ['investigator'],
      });
      return {
        method: 'POST',
        url: `/api/cases/${kase.id}/assignments`,
        payload: { userId: colleague.id },
      };
    },
    outsiders: VICTIM_OUTSIDERS,
  },
  'GET /api/staff': {
    kind: 'roles',
    allow: [
      'case_worker',
      'investigator',
      'prosecutor',
      'central_authority_officer',
      'hotline_operator',
      'national_coordinator',
      'system_admin',
    ],
    build: async () => ({ method: 'GET', url: '/api/staff' }),
    leaks: [
      {
        role: 'national_coordinator',
        from: 'other_country',
        isHomeRow: async (w, item) => (await agencyIdsOf(w, 'LBY')).has(String(item.agencyId)),
      },
    ],
  },
};

const PDF_BASE64 = Buffer.from('%PDF-1.4 SYNTH').toString('base64');

/** A victim case with one document, its files readable by the home agency (consents for all purposes). */
async function documentCase(w: World, subject: TestUser) {
  const { url, victim } = await victimCase(w, subject);
  for (const purpose of ['assistance', 'investigation', 'prosecution']) {
    await aConsent(w.t.db, {
      victimId: victim.id,
      recipientAgencyId: w.home.id,
      recordedBy: subject.id,
      purpose,
      category: 'assistance',
    });
  }
  const documentId = newId();
  await w.t.db
    .insertInto('victim_document')
    .values({
      id: documentId,
      victim_id: victim.id,
      kind: 'consent_form',
      filename_sealed: w.t.sealer.seal('synth.pdf'),
      content_type: 'application/pdf',
      size_bytes: 14,
      sha256: '0'.repeat(64),
      content_sealed: w.t.sealer.seal(Buffer.from('%PDF-1.4 SYNTH')),
      uploaded_by: subject.id,
      uploaded_at: new Date(),
    })
    .execute();
  return { url: `${url}/documents`, documentId };
}

export const documentRows: Record<string, MatrixRow> = {
  'POST /api/cases/:id/victim/documents': victimRow(CARERS, async (w, subject) => ({
    method: 'POST',
    url: `${(await victimCase(w, subject)).url}/documents`,
    payload: {
      kind: 'consent_form',
      filename: 'synth.pdf',
      contentType: 'application/pdf',
      dataBase64: PDF_BASE64,
    },
  })),
  'GET /api/cases/:id/victim/documents': victimRow(READERS, async (w, subject) => ({
    method: 'GET',
    url: (await documentCase(w, subject)).url,
  })),
  'GET /api/cases/:id/victim/documents/:documentId': victimRow(READERS, async (w, subject) => {
    const { url, documentId } = await documentCase(w, subject);
    return { method: 'GET', url: `${url}/${documentId}` };
  }),
};
