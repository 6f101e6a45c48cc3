import { randomUUID } from 'node:crypto';
import {
  CooperationAcknowledgeInput,
  CooperationCommandInput,
  CooperationListQuery,
  CooperationRefuseInput,
  CooperationRequestCreateInput,
  CooperationRequestUpdateInput,
  CooperationReturnInput,
  CooperationSendInput,
  CooperationStartExecutionInput,
  CustodyCreateInput,
  DocumentQuery,
  EvidenceCreateInput,
} from '#shared/contracts/cooperation.js';
import type { ZodType } from 'zod';
import { aCooperationRequest, anEvidence } from '#test/factories/cooperation.js';
import type { TestApp } from '#test/helpers/test-app.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

/** A draft of the home agency, and evidence logged under another (sent) request. */
export type CooperationFuzzIds = { coopDraftId: string; coopForeignEvidenceId: string };

const draft = (w: FuzzWorld) => ({ id: w.coopDraftId });
/** The request is a draft: a stale version (or a move a draft does not allow) changes nothing. */
const command = (schema: ZodType, sample: Record<string, unknown>): FuzzRoute => ({
  params: draft,
  body: { schema, sample: () => ({ version: 1, ...sample }), poison: () => ({ version: 999 }) },
});

export const COOPERATION_FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'POST /api/cooperation/requests': {
    body: {
      schema: CooperationRequestCreateInput,
      sample: () => ({
        direction: 'outgoing',
        type: 'MLA',
        foreignCountry: 'TUN',
        urgency: 'urgent',
        language: 'ar',
        measures: ['MLA_TAKE_EVIDENCE'],
        requestingAuthority: 'SYNTH Prosecutor',
        contents: {
          subjectMatter: 'SYNTH subject',
          persons: [{ names: { latin: 'SYNTH Person' }, role: 'witness' }],
          annexes: [{ title: 'SYNTH annex', pages: 2, language: 'ar' }],
        },
      }),
      // No such investigation: refused (400) inside the transaction, before any insert.
      poison: () => ({ investigationId: randomUUID() }),
    },
  },
  'GET /api/cooperation/requests': { query: CooperationListQuery },
  'GET /api/cooperation/dashboard': {},
  'GET /api/cooperation/requests/:id': { params: draft },
  'PATCH /api/cooperation/requests/:id': {
    params: draft,
    body: {
      schema: CooperationRequestUpdateInput,
      sample: () => ({ version: 1, urgency: 'urgent', measures: ['MLA_TRACE_PROCEEDS'] }),
      poison: () => ({ version: 999 }),
    },
  },
  'GET /api/cooperation/requests/:id/check': { params: draft },
  'POST /api/cooperation/requests/:id/check': command(CooperationCommandInput, {}),
  'POST /api/cooperation/requests/:id/return': command(CooperationReturnInput, {
    reason: 'SYNTH reason',
  }),
  'POST /api/cooperation/requests/:id/send': command(CooperationSendInput, {
    channel: 'CENTRAL_AUTHORITY',
    transmissionReference: 'SYNTH-NV-1',
  }),
  'POST /api/cooperation/requests/:id/acknowledge': command(CooperationAcknowledgeInput, {
    foreignReference: 'SYNTH-TUN-1',
    acknowledgedOn: '2026-01-01',
  }),
  'POST /api/cooperation/requests/:id/start-execution': command(CooperationStartExecutionInput, {
    executingAgencyId: randomUUID(),
  }),
  'POST /api/cooperation/requests/:id/partially-execute': command(CooperationCommandInput, {}),
  'POST /api/cooperation/requests/:id/execute': command(CooperationCommandInput, {}),
  'POST /api/cooperation/requests/:id/refuse': command(CooperationRefuseInput, {
    ground: 'other',
  }),
  'POST /api/cooperation/requests/:id/withdraw': command(CooperationCommandInput, {
    note: 'SYNTH note',
  }),
  'POST /api/cooperation/requests/:id/evidence': {
    params: draft,
    body: {
      schema: EvidenceCreateInput,
      sample: () => ({
        description: 'SYNTH evidence',
        itemCount: 1,
        receivedFrom: 'SYNTH authority',
        receivedAt: '2026-01-01T10:00:00.000Z',
        holder: 'SYNTH office',
      }),
      // The request is a draft: no evidence is expected yet (409), nothing is written.
      poison: () => ({ itemCount: 2 }),
    },
  },
  'POST /api/cooperation/requests/:id/evidence/:evidenceId/custody': {
    // Evidence of another request: refused (404) whatever the body.
    params: (w) => ({ id: w.coopDraftId, evidenceId: w.coopForeignEvidenceId }),
    body: {
      schema: CustodyCreateInput,
      sample: () => ({ action: 'stored', holder: 'SYNTH registry', note: 'SYNTH note' }),
      poison: () => ({ action: 'examined' }),
    },
  },
  'GET /api/cooperation/requests/:id/document': { params: draft, query: DocumentQuery },
};

export async function createCooperationFuzzIds(
  t: TestApp,
  world: { homeId: string; callerId: string },
): Promise<CooperationFuzzIds> {
  const now = t.clock.now();
  const owner = { ownerAgencyId: world.homeId, createdByUserId: world.callerId, now };
  const request = await aCooperationRequest(t.db, t.sealer, { ...owner, status: 'draft' });
  const other = await aCooperationRequest(t.db, t.sealer, { ...owner, status: 'sent' });
  const evidence = await anEvidence(t.db, t.sealer, {
    requestId: other.id,
    userId: world.callerId,
    now,
  });
  return { coopDraftId: request.id, coopForeignEvidenceId: evidence.id };
}
