import { randomUUID } from 'node:crypto';
import { CountrySettingsUpdateInput } from '#shared/contracts/admin.js';
import { SavedViewInput } from '#shared/contracts/cases.js';
import { NotificationListQuery } from '#shared/contracts/notifications.js';
import { AssignmentInput } from '#shared/contracts/victims.js';
import {
  ConsentInput,
  ConsentOverrideInput,
  DecisionInput,
  DocumentUploadInput,
  GuardianInput,
  NeedsAssessmentInput,
  ScreeningInput,
  VictimCreateInput,
  VictimUpdateInput,
} from '#shared/contracts/victims.js';
import {
  FollowUpRecordInput,
  ReintegrationCloseInput,
  ReintegrationPlanCreateInput,
  ReintegrationPlanUpdateInput,
} from '#shared/contracts/reintegration.js';
import { aCase } from '#test/factories/index.js';
import { aReintegrationPlan } from '#test/factories/reintegration.js';
import { aConsent, aVictim } from '#test/factories/victims.js';
import type { TestApp } from '#test/helpers/test-app.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

/** The records the victim routes point at: a victim case with a person recorded on it. */
export type VictimFuzzIds = {
  victimCaseId: string;
  consentId: string;
  /** A follow-up of the victim's reintegration plan that was already held. */
  heldFollowUpId: string;
};

const onCase = (w: FuzzWorld) => ({ id: w.victimCaseId });
const staleVersion = () => ({ version: 999 });

export const VICTIM_FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'POST /api/cases/:id/victim': {
    params: onCase,
    // The case already has its victim: even a valid body is refused (409) and changes nothing.
    body: {
      schema: VictimCreateInput,
      sample: () => ({ identity: { nameLatin: 'SYNTH Fuzz' }, sex: 'U', languages: ['ar'] }),
    },
  },
  'GET /api/cases/:id/victim': { params: onCase },
  'PATCH /api/cases/:id/victim': {
    params: onCase,
    body: {
      schema: VictimUpdateInput,
      sample: () => ({ languages: ['fr'], version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/cases/:id/victim/screenings': {
    params: onCase,
    body: {
      schema: ScreeningInput,
      sample: () => ({
        hasConsentToScreening: true,
        hasInterpreter: false,
        answers: { DECEPTION: 'NO' },
      }),
      poison: () => ({ answers: { NOT_AN_INDICATOR: 'YES' } }),
    },
  },
  'POST /api/cases/:id/victim/decision': {
    params: onCase,
    // The person was never screened: every decision is refused (409).
    body: {
      schema: DecisionInput,
      sample: () => ({
        status: 'ActualVictimOfTrafficking',
        decidedOn: '2026-11-20',
        decidingBody: 'SYNTH panel',
        legalBasis: 'SYNTH basis',
        version: 1,
      }),
      poison: staleVersion,
    },
  },
  'POST /api/cases/:id/victim/guardians': {
    params: onCase,
    body: {
      schema: GuardianInput,
      sample: () => ({
        name: 'SYNTH Guardian',
        relationship: 'aunt',
        appointedOn: '2026-11-01',
        appointingBody: 'SYNTH court',
      }),
    },
  },
  'POST /api/cases/:id/victim/consents': {
    params: onCase,
    body: {
      schema: ConsentInput,
      sample: (w) => ({
        recipientAgencyId: w.homeId,
        purpose: 'assistance',
        dataCategory: 'assistance',
        method: 'signed_form',
        givenBy: 'victim',
      }),
      poison: () => ({ recipientAgencyId: randomUUID() }),
    },
  },
  'POST /api/cases/:id/victim/consent-overrides': {
    params: onCase,
    body: {
      schema: ConsentOverrideInput,
      sample: (w) => ({
        recipientAgencyId: w.homeId,
        purpose: 'prosecution',
        dataCategory: 'assistance',
        legalBasis: 'SYNTH basis',
        approverUserId: w.staffId,
      }),
      // The approver is not a coordinator: refused (400).
    },
  },
  'POST /api/cases/:id/victim/consents/:consentId/withdraw': {
    params: (w) => ({ id: w.victimCaseId, consentId: w.consentId }),
  },
  'GET /api/cases/:id/victim/needs': { params: onCase },
  'POST /api/cases/:id/victim/needs': {
    params: onCase,
    body: { schema: NeedsAssessmentInput, sample: () => ({ needs: ['shelter'], notes: 'SYNTH' }) },
  },
  'POST /api/cases/:id/assignments': {
    params: onCase,
    body: {
      schema: AssignmentInput,
      sample: (w) => ({ userId: w.staffId }),
      poison: () => ({ userId: randomUUID() }),
    },
  },
  'GET /api/cases/:id/victim/reintegration': { params: onCase },
  'POST /api/cases/:id/victim/reintegration': {
    params: onCase,
    // The victim already has a plan: even a valid body is refused (409).
    body: {
      schema: ReintegrationPlanCreateInput,
      sample: () => ({
        startDate: '2026-01-15',
        goals: [{ code: 'housing', description: 'SYNTH' }],
        followUpMonths: [3, 6],
      }),
    },
  },
  'PATCH /api/cases/:id/victim/reintegration': {
    params: onCase,
    body: {
      schema: ReintegrationPlanUpdateInput,
      sample: () => ({
        goals: [{ code: 'income', description: 'SYNTH' }],
        followUpMonths: [6],
        version: 1,
      }),
      poison: staleVersion,
    },
  },
  'POST /api/cases/:id/victim/reintegration/follow-ups/:followUpId': {
    // The follow-up was already held: even a valid body is refused (409).
    params: (w) => ({ id: w.victimCaseId, followUpId: w.heldFollowUpId }),
    body: {
      schema: FollowUpRecordInput,
      sample: () => ({ heldOn: '2026-04-15', outcome: 'on_track', notes: 'SYNTH' }),
    },
  },
  'POST /api/cases/:id/victim/reintegration/close': {
    params: onCase,
    body: {
      schema: ReintegrationCloseInput,
      sample: () => ({ status: 'Closed', reason: 'goals_met', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/cases/:id/victim/documents': {
    params: onCase,
    bodyLimitBytes: 7 * 1024 * 1024,
    body: {
      schema: DocumentUploadInput,
      sample: () => ({
        kind: 'consent_form',
        filename: 'synth.pdf',
        contentType: 'application/pdf',
        dataBase64: Buffer.from('%PDF-1.4 SYNTH').toString('base64'),
      }),
      // Bytes that are not a PDF: refused (400) without effect.
      poison: () => ({ dataBase64: Buffer.from('MZ SYNTH').toString('base64') }),
    },
  },
  'GET /api/cases/:id/victim/documents': { params: onCase },
  'GET /api/cases/:id/victim/documents/:documentId': {
    params: (w) => ({ id: w.victimCaseId, documentId: randomUUID() }),
  },
  'GET /api/staff': {},
  'GET /api/case-views': {},
  'POST /api/case-views': {
    body: {
      schema: SavedViewInput,
      sample: () => ({ name: 'SYNTH fuzz view', filters: { status: 'open' } }),
    },
  },
  'DELETE /api/case-views/:id': { params: () => ({ id: randomUUID() }) },
  'GET /api/admin/country-settings': {},
  'PUT /api/admin/country-settings': {
    body: {
      schema: CountrySettingsUpdateInput,
      sample: () => ({ reflectionDays: 30, version: 0 }),
      poison: () => ({ version: 999 }),
    },
  },
  'GET /api/notifications': { query: NotificationListQuery },
  'POST /api/notifications/:id/read': { params: () => ({ id: randomUUID() }) },
};

export async function createVictimFuzzIds(
  t: TestApp,
  world: { homeId: string; callerId: string },
): Promise<VictimFuzzIds> {
  const kase = await aCase(t.db, { agencyId: world.homeId, assigneeIds: [world.callerId] });
  const victim = await aVictim(t.db, t.sealer, { caseId: kase.id });
  const consent = await aConsent(t.db, {
    victimId: victim.id,
    recipientAgencyId: world.homeId,
    recordedBy: world.callerId,
    purpose: 'assistance',
    category: 'identity',
  });
  const plan = await aReintegrationPlan(t.db, t.sealer, {
    victimId: victim.id,
    createdBy: world.callerId,
    heldMonths: [3],
  });
  return {
    victimCaseId: kase.id,
    consentId: consent.id,
    heldFollowUpId: plan.followUpIds[0] ?? '',
  };
}
