import { randomUUID } from 'node:crypto';
import { z, type ZodType } from 'zod';
import {
  AgencyCreateInput,
  AgencyUpdateInput,
  RoutingRuleCreateInput,
  RoutingRuleUpdateInput,
  UserCreateInput,
  UserUpdateInput,
} from '#shared/contracts/admin.js';
import { ApiTokenCreateInput, LoginInput, MfaCodeInput } from '#shared/contracts/auth.js';
import { CaseListQuery } from '#shared/contracts/cases.js';
import { Id } from '#shared/contracts/common.js';
import {
  CloseTipInput,
  ConvertTipInput,
  HotlineTipInput,
  PublicTipInput,
  TipListQuery,
  TriageInput,
} from '#shared/contracts/tips.js';
import { ROLES } from '#shared/domain/roles.js';
import {
  aCase,
  anAgency,
  anApiToken,
  aRoutingRule,
  aTip,
  aUser,
  sessionFor,
  SYNTH_PASSWORD,
} from '#test/factories/index.js';
import type { TestApp } from '#test/helpers/test-app.js';
import {
  COOPERATION_FUZZ_ROUTES,
  createCooperationFuzzIds,
  type CooperationFuzzIds,
} from './fuzz-routes-cooperation.js';
import {
  createInvestigationFuzzIds,
  INVESTIGATION_FUZZ_ROUTES,
  type InvestigationFuzzIds,
} from './fuzz-routes-investigations.js';
import {
  createProsecutionFuzzIds,
  PROSECUTION_FUZZ_ROUTES,
  type ProsecutionFuzzIds,
} from './fuzz-routes-prosecutions.js';
import {
  createReferralFuzzIds,
  REFERRAL_FUZZ_ROUTES,
  type ReferralFuzzIds,
} from './fuzz-routes-referrals.js';
import {
  createTransferFuzzIds,
  TRANSFER_FUZZ_ROUTES,
  type TransferFuzzIds,
} from './fuzz-routes-transfers.js';
import {
  createVictimFuzzIds,
  VICTIM_FUZZ_ROUTES,
  type VictimFuzzIds,
} from './fuzz-routes-victims.js';

/** Records the fuzzed routes point at, and a caller that passes every role check. */
export type FuzzWorld = {
  homeId: string;
  tipId: string;
  triagedTipId: string;
  attachmentTipId: string;
  attachmentId: string;
  caseId: string;
  staffId: string;
  tokenId: string;
  ruleId: string;
  headers: Record<string, string>;
} & ReferralFuzzIds &
  VictimFuzzIds &
  TransferFuzzIds &
  ProsecutionFuzzIds &
  InvestigationFuzzIds &
  CooperationFuzzIds;

type Body = Record<string, unknown>;
export type FuzzRoute = {
  params?: (w: FuzzWorld) => Record<string, string>;
  /** The route's querystring schema: only query strings it rejects are sent. */
  query?: ZodType;
  /** The route's body schema and a valid-looking sample of it. */
  body?: {
    schema: ZodType;
    sample: (w: FuzzWorld) => Body;
    /** Valid by contract, refused by the server: lets junk reach the handler without effects. */
    poison?: (w: FuzzWorld) => Body;
  };
  bodyLimitBytes?: number;
};

const MiB = 1024 * 1024;
const TIP_BODY_LIMIT_BYTES = 9 * MiB;
const PDF_BASE64 = Buffer.from('%PDF-1.4 SYNTH attachment').toString('base64');
const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeSeq: z.coerce.number().int().min(1).optional(),
  subjectId: Id.optional(),
});

const tipSample = (): Body => ({
  regionCode: null,
  locationText: 'SYNTH location near the port',
  whatWasSeen: 'SYNTH: people kept in a locked room and taken to work at night',
  peopleInvolved: 'SYNTH: two men with a van',
  category: 'ForcedLabour',
  childInvolved: false,
  imminentDanger: false,
  reporterContact: { name: 'SYNTH Reporter', phone: '+000 00 000', email: 'synth@example.test' },
  reporterLanguage: 'en',
  attachments: [{ filename: 'synth.pdf', contentType: 'application/pdf', dataBase64: PDF_BASE64 }],
});
/** No such region: the tip is refused inside its transaction, after the attachments are read. */
const unknownRegion = () => ({ regionCode: 'SYNTH-NONE' });
const staleVersion = () => ({ version: 999 });
const id = (pick: (w: FuzzWorld) => string) => (w: FuzzWorld) => ({ id: pick(w) });

export const FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'GET /healthz': {},
  'GET /api/openapi.json': {},
  'GET /api/public/config': {},
  'POST /api/public/tips': {
    body: { schema: PublicTipInput, sample: tipSample, poison: unknownRegion },
    bodyLimitBytes: TIP_BODY_LIMIT_BYTES,
  },
  'POST /api/auth/login': {
    body: {
      schema: LoginInput,
      sample: () => ({ email: 'synth.nobody@example.test', password: SYNTH_PASSWORD }),
      // The sample already names no account: a wrong password is refused without a write.
      poison: () => ({}),
    },
  },
  'GET /api/auth/session': {},
  'POST /api/auth/logout': {},
  'POST /api/auth/mfa/enrol': {},
  // The caller has passed MFA already: both steps are refused whatever the code.
  'POST /api/auth/mfa/enrol/confirm': {
    body: { schema: MfaCodeInput, sample: () => ({ code: '123456' }), poison: () => ({}) },
  },
  'POST /api/auth/mfa/verify': {
    body: { schema: MfaCodeInput, sample: () => ({ code: '123456' }), poison: () => ({}) },
  },
  'GET /api/auth/tokens': {},
  'POST /api/auth/tokens': {
    body: {
      schema: ApiTokenCreateInput,
      sample: () => ({ name: 'SYNTH client', scopes: ['tip.list'], expiresInDays: 30 }),
    },
  },
  'DELETE /api/auth/tokens/:id': { params: id((w) => w.tokenId) },
  'GET /api/agencies': {},
  'GET /api/admin/agencies': {},
  'POST /api/admin/agencies': {
    body: {
      schema: AgencyCreateInput,
      sample: () => ({ countryCode: 'LBY', kind: 'police', name: 'SYNTH Fuzz', regionCode: null }),
      poison: () => ({ countryCode: 'TUN' }),
    },
  },
  'PATCH /api/admin/agencies/:id': {
    params: id((w) => w.homeId),
    body: {
      schema: AgencyUpdateInput,
      sample: () => ({ name: 'SYNTH Fuzz', regionCode: 'TRP', isActive: true, version: 1 }),
      poison: staleVersion,
    },
  },
  'GET /api/admin/users': {},
  'POST /api/admin/users': {
    body: {
      schema: UserCreateInput,
      sample: (w) => ({
        email: 'synth.fuzz@example.test',
        displayName: 'SYNTH Fuzz',
        agencyId: w.homeId,
        roles: ['analyst'],
        password: SYNTH_PASSWORD,
      }),
      poison: () => ({ agencyId: randomUUID() }),
    },
  },
  'PATCH /api/admin/users/:id': {
    params: id((w) => w.staffId),
    body: {
      schema: UserUpdateInput,
      sample: () => ({ displayName: 'SYNTH Fuzz', roles: ['analyst'], isActive: true, version: 1 }),
      poison: staleVersion,
    },
  },
  'GET /api/admin/routing-rules': {},
  'POST /api/admin/routing-rules': {
    body: {
      schema: RoutingRuleCreateInput,
      sample: (w) => ({ regionCode: null, category: 'ForcedBegging', targetAgencyId: w.homeId }),
      // An agency that does not exist: valid by contract, refused without effect.
      poison: () => ({ targetAgencyId: randomUUID() }),
    },
  },
  'PATCH /api/admin/routing-rules/:id': {
    params: id((w) => w.ruleId),
    body: {
      schema: RoutingRuleUpdateInput,
      sample: (w) => ({ targetAgencyId: w.homeId }),
      poison: () => ({ targetAgencyId: randomUUID() }),
    },
  },
  'DELETE /api/admin/routing-rules/:id': { params: id((w) => w.ruleId) },
  'POST /api/admin/users/:id/reset-mfa': { params: id((w) => w.staffId) },
  'POST /api/admin/users/:id/unlock': { params: id((w) => w.staffId) },
  'POST /api/tips': {
    body: {
      schema: HotlineTipInput,
      sample: () => ({ ...tipSample(), channel: 'hotline_phone' }),
      poison: unknownRegion,
    },
    bodyLimitBytes: TIP_BODY_LIMIT_BYTES,
  },
  'GET /api/tips': { query: TipListQuery },
  'GET /api/tips/:id': { params: id((w) => w.tipId) },
  'GET /api/tips/:id/attachments/:attachmentId': {
    params: (w) => ({ id: w.attachmentTipId, attachmentId: w.attachmentId }),
  },
  'POST /api/tips/:id/triage': {
    params: id((w) => w.tipId),
    body: {
      schema: TriageInput,
      sample: (w) => ({
        category: 'ForcedLabour',
        priority: 'high',
        assignedAgencyId: w.homeId,
        note: 'SYNTH note',
        version: 1,
      }),
      poison: staleVersion,
    },
  },
  'POST /api/tips/:id/convert': {
    params: id((w) => w.triagedTipId),
    body: {
      schema: ConvertTipInput,
      sample: () => ({ kind: 'lead', title: 'SYNTH lead', version: 1 }),
      // Refused after the case is inserted: the whole transaction must roll back.
      poison: staleVersion,
    },
  },
  'POST /api/tips/:id/close': {
    params: id((w) => w.tipId),
    body: {
      schema: CloseTipInput,
      sample: () => ({ reason: 'duplicate', note: 'SYNTH note', version: 1 }),
      poison: staleVersion,
    },
  },
  'GET /api/cases': { query: CaseListQuery },
  'GET /api/cases/:id': { params: id((w) => w.caseId) },
  ...REFERRAL_FUZZ_ROUTES,
  ...VICTIM_FUZZ_ROUTES,
  ...TRANSFER_FUZZ_ROUTES,
  ...PROSECUTION_FUZZ_ROUTES,
  ...INVESTIGATION_FUZZ_ROUTES,
  ...COOPERATION_FUZZ_ROUTES,
  'GET /api/audit': { query: AuditQuery },
  'GET /api/audit/verify': {},
};

export async function createFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const home = await anAgency(t.db, { name: 'SYNTH Fuzz Home' });
  await aRoutingRule(t.db, { agencyId: home.id });
  const caller = await aUser(t.db, t.sealer, { agencyId: home.id, roles: [...ROLES] });
  const staff = await aUser(t.db, t.sealer, { agencyId: home.id, roles: ['analyst'] });
  const now = t.clock.now();
  const tip = await aTip(t.db, t.sealer, now);
  const triaged = await aTip(t.db, t.sealer, now);
  await t.db.updateTable('tip').set({ status: 'triaged' }).where('id', '=', triaged.id).execute();
  const withFile = await aTip(t.db, t.sealer, now, {
    attachments: [
      { filename: 'synth.pdf', contentType: 'application/pdf', dataBase64: PDF_BASE64 },
    ],
  });
  const attachment = await t.db
    .selectFrom('tip_attachment')
    .select('id')
    .where('tip_id', '=', withFile.id)
    .executeTakeFirstOrThrow();
  const kase = await aCase(t.db, { agencyId: home.id, assigneeIds: [caller.id] });
  const token = await anApiToken(t.db, caller, ['tip.list']);
  await aRoutingRule(t.db, { agencyId: home.id, category: 'OrganRemoval' });
  const rule = await t.db
    .selectFrom('tip_routing_rule')
    .select('id')
    .where('category', '=', 'OrganRemoval')
    .executeTakeFirstOrThrow();
  return {
    homeId: home.id,
    tipId: tip.id,
    triagedTipId: triaged.id,
    attachmentTipId: withFile.id,
    attachmentId: attachment.id,
    caseId: kase.id,
    staffId: staff.id,
    tokenId: token.id,
    ruleId: rule.id,
    ...(await createReferralFuzzIds(t, { homeId: home.id, caseId: kase.id, callerId: caller.id })),
    ...(await createVictimFuzzIds(t, { homeId: home.id, callerId: caller.id })),
    ...(await createTransferFuzzIds(t, { homeId: home.id, callerId: caller.id })),
    ...(await createProsecutionFuzzIds(t, {
      homeId: home.id,
      callerId: caller.id,
      caseId: kase.id,
    })),
    ...(await createInvestigationFuzzIds(t, { homeId: home.id, callerId: caller.id })),
    ...(await createCooperationFuzzIds(t, { homeId: home.id, callerId: caller.id })),
    headers: await sessionFor(t.db, caller, now),
  };
}
