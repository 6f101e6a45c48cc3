import { randomUUID } from 'node:crypto';
import {
  JitActivateInput,
  JitCreateInput,
  JitExtendInput,
  JitListQuery,
  JitMemberInput,
  JitTerminateInput,
  JitWorkspaceEntryInput,
  JitWorkspaceQuery,
} from '#shared/contracts/jit.js';
import {
  ChargeCreateInput,
  ChargeUpdateInput,
  ConfiscationCreateInput,
  ConfiscationUpdateInput,
  DefendantCreateInput,
  HearingCreateInput,
  HearingUpdateInput,
  NonPunishmentReviewInput,
  ProsecutionCreateInput,
  ProsecutionListQuery,
  ProsecutionMemberInput,
  ProsecutionStageInput,
  ProtectionMeasureCreateInput,
  ProtectionMeasureUpdateInput,
  VerdictCreateInput,
} from '#shared/contracts/prosecutions.js';
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
import type { TestApp } from '#test/helpers/test-app.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

/** The records the prosecution and JIT routes point at (the caller is on every team). */
export type ProsecutionFuzzIds = {
  prosecutionId: string;
  defendantId: string;
  pendingDefendantId: string;
  chargeId: string;
  hearingId: string;
  orderId: string;
  measureId: string;
  jitId: string;
  draftJitId: string;
  jitMemberId: string;
};

const staleVersion = () => ({ version: 999 });
const file = (w: FuzzWorld) => ({ id: w.prosecutionId });
const defendant = (w: FuzzWorld) => ({ id: w.prosecutionId, defendantId: w.defendantId });
const team = (w: FuzzWorld) => ({ id: w.jitId });
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export const PROSECUTION_FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'POST /api/prosecutions': {
    body: {
      schema: ProsecutionCreateInput,
      sample: () => ({ title: 'SYNTH fuzz', courtName: 'SYNTH Court', investigationId: null }),
      // No such investigation: refused inside the transaction, before any insert.
      poison: () => ({ investigationId: randomUUID() }),
    },
  },
  'GET /api/prosecutions': { query: ProsecutionListQuery },
  'GET /api/prosecutions/:id': { params: file },
  'POST /api/prosecutions/:id/members': {
    params: file,
    body: {
      schema: ProsecutionMemberInput,
      sample: () => ({ userId: randomUUID(), teamRole: 'member' }),
      poison: () => ({ userId: randomUUID() }),
    },
  },
  'POST /api/prosecutions/:id/stage': {
    params: file,
    body: {
      schema: ProsecutionStageInput,
      sample: () => ({ to: 'closed', reason: 'other', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/prosecutions/:id/defendants': {
    params: file,
    body: {
      schema: DefendantCreateInput,
      sample: () => ({ ...A_DEFENDANT }),
      // The file has no investigation: any person id is refused before the insert.
      poison: () => ({ investigationPersonId: randomUUID() }),
    },
  },
  'POST /api/prosecutions/:id/defendants/:defendantId/non-punishment-review': {
    params: defendant,
    body: {
      schema: NonPunishmentReviewInput,
      sample: () => ({ outcome: 'pending', reason: 'SYNTH reason', version: 1 }),
      poison: staleVersion,
    },
  },
  // Points at a defendant under review: every charge is refused by the non-punishment wall.
  'POST /api/prosecutions/:id/defendants/:defendantId/charges': {
    params: (w) => ({ id: w.prosecutionId, defendantId: w.pendingDefendantId }),
    body: {
      schema: ChargeCreateInput,
      sample: () => ({ offenceCode: 'trafficking_in_persons', lawArticle: 'SYNTH art. 2' }),
    },
  },
  'PATCH /api/prosecutions/:id/defendants/:defendantId/charges/:chargeId': {
    params: (w) => ({ id: w.prosecutionId, defendantId: w.defendantId, chargeId: w.chargeId }),
    body: {
      schema: ChargeUpdateInput,
      sample: () => ({ status: 'amended', lawArticle: 'SYNTH art. 3', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/prosecutions/:id/defendants/:defendantId/verdict': {
    params: defendant,
    body: {
      schema: VerdictCreateInput,
      sample: (w) => ({
        outcome: 'convicted',
        decidedOn: '2026-11-20',
        courtLevel: 'first_instance',
        charges: [{ chargeId: w.chargeId, outcome: 'convicted' }],
        sentence: { prisonMonths: 12, otherMeasures: 'SYNTH measures' },
      }),
      // A charge the defendant does not have: refused before anything is written.
      poison: () => ({ charges: [{ chargeId: randomUUID(), outcome: 'convicted' }] }),
    },
  },
  'POST /api/prosecutions/:id/hearings': {
    params: file,
    body: {
      schema: HearingCreateInput,
      sample: () => ({ kind: 'trial', scheduledAt: '2027-01-10T09:00:00Z' }),
    },
  },
  'PATCH /api/prosecutions/:id/hearings/:hearingId': {
    params: (w) => ({ id: w.prosecutionId, hearingId: w.hearingId }),
    body: {
      schema: HearingUpdateInput,
      sample: () => ({ outcome: 'held', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/prosecutions/:id/confiscations': {
    params: file,
    body: {
      schema: ConfiscationCreateInput,
      sample: () => ({ description: 'SYNTH van', estimatedValue: '10.00', currency: 'LYD' }),
      poison: () => ({ defendantId: randomUUID() }),
    },
  },
  'PATCH /api/prosecutions/:id/confiscations/:orderId': {
    params: (w) => ({ id: w.prosecutionId, orderId: w.orderId }),
    body: {
      schema: ConfiscationUpdateInput,
      sample: () => ({ status: 'executed', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/prosecutions/:id/protection-measures': {
    params: file,
    body: {
      schema: ProtectionMeasureCreateInput,
      sample: (w) => ({ victimCaseId: w.caseId, measure: 'screen' }),
      poison: () => ({ victimCaseId: randomUUID() }),
    },
  },
  'PATCH /api/prosecutions/:id/protection-measures/:measureId': {
    params: (w) => ({ id: w.prosecutionId, measureId: w.measureId }),
    body: {
      schema: ProtectionMeasureUpdateInput,
      sample: () => ({ status: 'granted', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/jit': {
    body: {
      schema: JitCreateInput,
      sample: () => ({
        name: 'SYNTH team',
        scope: 'SYNTH scope',
        parties: [
          { countryCode: 'LBY', authority: 'SYNTH LBY' },
          { countryCode: 'TUN', authority: 'SYNTH TUN' },
        ],
        startsOn: day(0),
        endsOn: day(90),
        investigationId: null,
        coopRequestId: null,
      }),
      poison: () => ({ coopRequestId: randomUUID() }),
    },
  },
  'GET /api/jit': { query: JitListQuery },
  'GET /api/jit/:id': { params: team },
  'POST /api/jit/:id/activate': {
    params: (w) => ({ id: w.draftJitId }),
    body: {
      schema: JitActivateInput,
      sample: () => ({ signedOn: day(0), version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/jit/:id/terminate': {
    params: team,
    body: {
      schema: JitTerminateInput,
      sample: () => ({ reason: 'SYNTH reason', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/jit/:id/extend': {
    params: team,
    body: {
      schema: JitExtendInput,
      sample: () => ({ newEndsOn: day(400), reason: 'SYNTH reason', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/jit/:id/members': {
    params: team,
    body: {
      schema: JitMemberInput,
      sample: () => ({
        kind: 'external',
        name: 'SYNTH Officer',
        countryCode: 'TUN',
        organisation: 'SYNTH Police',
        role: 'seconded',
      }),
      // Not a party to the agreement: refused before the insert.
      poison: () => ({ countryCode: 'NER' }),
    },
  },
  'DELETE /api/jit/:id/members/:memberId': {
    params: (w) => ({ id: w.jitId, memberId: w.jitMemberId }),
  },
  'GET /api/jit/:id/workspace': { params: team, query: JitWorkspaceQuery },
  'POST /api/jit/:id/workspace': {
    params: team,
    body: { schema: JitWorkspaceEntryInput, sample: () => ({ kind: 'note', body: 'SYNTH note' }) },
  },
};

/**
 * A prosecution at trial run by the caller, with a chargeable defendant and one under review, a
 * filed charge, a scheduled hearing, an ordered confiscation and a requested protection measure
 * (for the caller's own victim case); an active and a draft JIT agreement led by the caller.
 */
export async function createProsecutionFuzzIds(
  t: TestApp,
  world: { homeId: string; callerId: string; caseId: string },
): Promise<ProsecutionFuzzIds> {
  const now = t.clock.now();
  const by = world.callerId;
  const { id: prosecutionId } = await aProsecution(t.db, {
    agencyId: world.homeId,
    openedBy: by,
    memberIds: [by],
    stage: 'trial',
    now,
  });
  const defendantId = (await aDefendant(t.db, t.sealer, { prosecutionId, createdBy: by })).id;
  const pending = await aDefendant(t.db, t.sealer, {
    prosecutionId,
    createdBy: by,
    review: 'pending',
  });
  const charge = await aCharge(t.db, { prosecutionId, defendantId, filedBy: by });
  const hearing = await aHearing(t.db, { prosecutionId, createdBy: by });
  const order = await aConfiscation(t.db, t.sealer, { prosecutionId, orderedBy: by });
  const measure = await aProtectionMeasure(t.db, {
    prosecutionId,
    caseId: world.caseId,
    requestedBy: by,
  });
  const colleague = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('agency_id', '=', world.homeId)
    .where('id', '!=', by)
    .executeTakeFirstOrThrow();
  const jit = await aJitAgreement(t.db, t.sealer, {
    createdBy: by,
    members: [{ userId: by }, { userId: colleague.id }],
    now,
  });
  const draft = await aJitAgreement(t.db, t.sealer, {
    createdBy: by,
    members: [{ userId: by }],
    status: 'draft',
    now,
  });
  return {
    prosecutionId,
    defendantId,
    pendingDefendantId: pending.id,
    chargeId: charge.id,
    hearingId: hearing.id,
    orderId: order.id,
    measureId: measure.id,
    jitId: jit.id,
    draftJitId: draft.id,
    jitMemberId: jit.memberIds[1] ?? '',
  };
}
