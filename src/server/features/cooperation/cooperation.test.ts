import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CooperationCheckResult,
  CooperationRequestDetail,
  CooperationRequestList,
} from '#shared/contracts/cooperation.js';
import {
  aCooperationRequest,
  aCooperationWorld,
  type CooperationWorld,
  COMPLETE_CONTENTS,
  COMPLETE_FIELDS,
  cooperationFootprint,
} from '#test/factories/cooperation.js';
import { sessionFor, type TestUser } from '#test/factories/index.js';
import { auditActionsFor } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

let w: CooperationWorld;

beforeAll(async () => {
  w = await aCooperationWorld(t.db, t.sealer);
});

async function call(
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
) {
  return t.app.inject({
    method,
    url,
    headers: await sessionFor(t.db, user, t.clock.now()),
    ...(payload ? { payload } : {}),
  });
}

const draftPayload = (overrides: Record<string, unknown> = {}) => ({
  direction: 'outgoing',
  type: 'MLA',
  foreignCountry: 'TUN',
  ...overrides,
});

async function createDraft(user: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await call(user, 'POST', '/api/cooperation/requests', draftPayload(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CooperationRequestDetail>();
}

describe('drafting an outgoing request', () => {
  it('lets a prosecutor draft a request owned by the agency, with an MLA reference', async () => {
    const draft = await createDraft(w.prosecutor);
    expect(draft).toMatchObject({
      direction: 'outgoing',
      status: 'draft',
      ownerAgencyId: w.prosecution.id,
      version: 1,
      escalationLevel: 0,
      isOverdue: false,
    });
    expect(draft.reference).toMatch(/^MLA-LBY-\d{4}-\d{6}$/);
    expect(draft.events.map((event) => event.type)).toEqual(['drafted']);
    expect(await auditActionsFor(t.db, draft.id)).toEqual([
      'cooperation.create',
      'cooperation.read',
    ]);
  });

  it('shows the empty draft as incomplete with every missing item', async () => {
    const draft = await createDraft(w.prosecutor);
    expect(draft.check.isComplete).toBe(false);
    expect(draft.check.missing.map((item) => item.code)).toEqual([
      'requesting_authority',
      'requested_authority',
      'subject_matter',
      'nature_of_investigation',
      'summary_of_facts',
      'assistance_sought',
      'assistance_sought',
      'purpose',
      'legal_basis',
      'language',
    ]);
  });

  it('lets an investigator draft police-to-police requests but not MLA', async () => {
    const lec = await createDraft(w.investigator, {
      type: 'LAW_ENFORCEMENT_COOPERATION',
      measures: ['LEC_PERSON_INQUIRY'],
    });
    expect(lec.status).toBe('draft');
    const res = await call(w.investigator, 'POST', '/api/cooperation/requests', draftPayload());
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'cooperation.type_not_allowed' } });
  });

  it('refuses a measure of another type with 400, recording nothing', async () => {
    const before = await t.db
      .selectFrom('coop_request')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await call(
      w.prosecutor,
      'POST',
      '/api/cooperation/requests',
      draftPayload({ measures: ['EXT_PROVISIONAL_ARREST'] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'cooperation.measure_not_of_type' } });
    const after = await t.db
      .selectFrom('coop_request')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a request on an investigation that does not exist', async () => {
    const res = await call(
      w.prosecutor,
      'POST',
      '/api/cooperation/requests',
      draftPayload({ investigationId: '01900000-0000-7000-8000-000000000000' }),
    );
    expect(res.statusCode).toBe(400);
  });

  it('refuses drafting to a case worker', async () => {
    const res = await call(w.caseWorker, 'POST', '/api/cooperation/requests', draftPayload());
    expect(res.statusCode).toBe(403);
  });
});

describe('the pre-send check', () => {
  it('blocks the check of an incomplete draft with 409 and the missing items, changing nothing', async () => {
    const draft = await createDraft(w.prosecutor, {
      ...COMPLETE_FIELDS,
      requestingAuthority: null,
      contents: { ...COMPLETE_CONTENTS, purpose: '', persons: [] },
    });
    const before = await cooperationFootprint(t.db, draft.id);
    const res = await call(w.prosecutor, 'POST', `/api/cooperation/requests/${draft.id}/check`, {
      version: 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: {
        code: 'cooperation.incomplete',
        messageKey: 'errors.cooperationIncomplete',
        details: {
          missing: [
            { code: 'requesting_authority', field: 'requestingAuthority' },
            { code: 'person_identity', field: 'contents.persons' },
            { code: 'purpose', field: 'contents.purpose' },
          ],
        },
      },
    });
    expect(await cooperationFootprint(t.db, draft.id)).toEqual(before);
  });

  it('translates the refusal in the caller’s language', async () => {
    const draft = await createDraft(w.prosecutor);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cooperation/requests/${draft.id}/check`,
      headers: {
        ...(await sessionFor(t.db, w.prosecutor, t.clock.now())),
        'accept-language': 'ar',
      },
      payload: { version: 1 },
    });
    expect(res.json<{ error: { message: string } }>().error.message).toContain('الطلب غير مكتمل');
  });

  it('previews the check without changing anything or writing an audit row', async () => {
    const draft = await createDraft(w.prosecutor, { ...COMPLETE_FIELDS, language: 'en' });
    const before = await cooperationFootprint(t.db, draft.id);
    const res = await call(w.prosecutor, 'GET', `/api/cooperation/requests/${draft.id}/check`);
    expect(res.statusCode).toBe(200);
    expect(res.json<CooperationCheckResult>()).toEqual({
      isComplete: false,
      missing: [
        { code: 'subject_matter', field: 'contents.subjectMatter' },
        { code: 'nature_of_investigation', field: 'contents.natureOfInvestigation' },
        { code: 'summary_of_facts', field: 'contents.summaryOfFacts' },
        { code: 'assistance_sought', field: 'contents.assistanceSought' },
        { code: 'person_identity', field: 'contents.persons' },
        { code: 'purpose', field: 'contents.purpose' },
        { code: 'language', field: 'language' },
      ],
    });
    expect(await cooperationFootprint(t.db, draft.id)).toEqual(before);
  });

  it('checks a completed draft and puts it in the central authority’s queue', async () => {
    const draft = await createDraft(w.prosecutor, {
      ...COMPLETE_FIELDS,
      contents: COMPLETE_CONTENTS,
    });
    expect(draft.check).toEqual({ isComplete: true, missing: [] });
    const res = await call(w.prosecutor, 'POST', `/api/cooperation/requests/${draft.id}/check`, {
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CooperationRequestDetail>()).toMatchObject({ status: 'checked', version: 2 });
    const queue = await call(
      w.central,
      'GET',
      '/api/cooperation/requests?status=checked&limit=200',
    );
    expect(queue.json<CooperationRequestList>().items.map((item) => item.id)).toContain(draft.id);
  });
});

describe('editing', () => {
  it('edits a draft and replaces its contents', async () => {
    const draft = await createDraft(w.prosecutor);
    const res = await call(w.prosecutor, 'PATCH', `/api/cooperation/requests/${draft.id}`, {
      version: 1,
      ...COMPLETE_FIELDS,
      contents: COMPLETE_CONTENTS,
      type: undefined,
      foreignCountry: undefined,
    });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json<CooperationRequestDetail>();
    expect(edited).toMatchObject({ status: 'draft', version: 2, language: 'ar' });
    expect(edited.contents.persons).toEqual(COMPLETE_CONTENTS.persons);
    expect(edited.check.isComplete).toBe(true);
    const events = edited.events.map((event) => [event.type, event.data.fields]);
    expect(events.at(-1)).toEqual([
      'edited',
      'contents,language,legalBasis,measures,requestedAuthority,requestingAuthority',
    ]);
  });

  it('puts a checked request back to draft when edited: it must be checked again', async () => {
    const { id } = await aCooperationRequest(t.db, t.sealer, {
      ownerAgencyId: w.prosecution.id,
      createdByUserId: w.prosecutor.id,
      status: 'checked',
    });
    const res = await call(w.prosecutor, 'PATCH', `/api/cooperation/requests/${id}`, {
      version: 1,
      urgency: 'urgent',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<CooperationRequestDetail>()).toMatchObject({
      status: 'draft',
      urgency: 'urgent',
    });
    const send = await call(w.central, 'POST', `/api/cooperation/requests/${id}/send`, {
      version: 2,
      channel: 'CENTRAL_AUTHORITY',
      transmissionReference: 'SYNTH-NV-1',
    });
    expect(send.statusCode).toBe(409);
    expect(send.json()).toMatchObject({ error: { code: 'cooperation.cannot_send' } });
  });

  it('refuses to edit a sent request with 409, changing nothing', async () => {
    const { id } = await aCooperationRequest(t.db, t.sealer, {
      ownerAgencyId: w.prosecution.id,
      createdByUserId: w.prosecutor.id,
      status: 'sent',
    });
    const before = await cooperationFootprint(t.db, id);
    const res = await call(w.central, 'PATCH', `/api/cooperation/requests/${id}`, {
      version: 1,
      urgency: 'urgent',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'cooperation.not_editable' } });
    expect(await cooperationFootprint(t.db, id)).toEqual(before);
  });

  it('refuses a stale version with 409 and the current version', async () => {
    const draft = await createDraft(w.prosecutor);
    await call(w.prosecutor, 'PATCH', `/api/cooperation/requests/${draft.id}`, {
      version: 1,
      urgency: 'urgent',
    });
    const before = await cooperationFootprint(t.db, draft.id);
    const res = await call(w.prosecutor, 'PATCH', `/api/cooperation/requests/${draft.id}`, {
      version: 1,
      urgency: 'normal',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: 2 } },
    });
    expect(await cooperationFootprint(t.db, draft.id)).toEqual(before);
  });
});
