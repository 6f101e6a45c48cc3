import { beforeAll, describe, expect, it } from 'vitest';
import type { ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { aCase, anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import {
  aCharge,
  aConfiscation,
  aDefendant,
  aHearing,
  aProsecution,
  aProtectionMeasure,
} from '#test/factories/prosecutions.js';
import { auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

let officeId: string;
let careId: string;
let lead: TestUser;

async function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
) {
  const headers = await sessionFor(t.db, lead, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

type Stage = 'investigation' | 'indictment' | 'trial' | 'appeal' | 'closed';

async function aFile(stage: Stage = 'trial') {
  return aProsecution(t.db, { agencyId: officeId, openedBy: lead.id, memberIds: [lead.id], stage });
}

/** A file with one chargeable defendant and `n` filed charges. */
async function aCharged(n: number, stage: Stage = 'trial') {
  const file = await aFile(stage);
  const defendant = await aDefendant(t.db, t.sealer, {
    prosecutionId: file.id,
    createdBy: lead.id,
  });
  const charges = [];
  for (let i = 0; i < n; i += 1) {
    charges.push(
      await aCharge(t.db, { prosecutionId: file.id, defendantId: defendant.id, filedBy: lead.id }),
    );
  }
  return { file, defendant, charges };
}

async function snapshot(
  table: 'charge' | 'hearing' | 'confiscation_order' | 'witness_protection_measure',
  prosecutionId: string,
) {
  const rows = await t.db
    .selectFrom(table)
    .selectAll()
    .where('prosecution_id', '=', prosecutionId)
    .orderBy('id')
    .execute();
  return { rows, audit: await auditRowCount(t.db) };
}

beforeAll(async () => {
  officeId = (await anAgency(t.db, { kind: 'prosecution' })).id;
  careId = (await anAgency(t.db, { kind: 'victim_services' })).id;
  lead = await aUser(t.db, t.sealer, { agencyId: officeId, roles: ['prosecutor'] });
});

describe('hearings', () => {
  const hearingUrl = (fileId: string, hearingId: string) =>
    `/api/prosecutions/${fileId}/hearings/${hearingId}`;

  it('schedules, adjourns to a next hearing, and records it as held', async () => {
    const file = await aFile();
    const scheduled = await call('POST', `/api/prosecutions/${file.id}/hearings`, {
      kind: 'trial',
      scheduledAt: '2027-01-10T09:00:00Z',
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const hearing = scheduled.json<ProsecutionDetail>().hearings[0];
    expect(scheduled.json<ProsecutionDetail>().nextHearingAt).toBe('2027-01-10T09:00:00.000Z');
    const adjourned = await call('PATCH', hearingUrl(file.id, hearing?.id ?? ''), {
      outcome: 'adjourned',
      nextScheduledAt: '2027-02-14T09:00:00Z',
      version: 1,
    });
    expect(adjourned.statusCode, adjourned.body).toBe(200);
    const hearings = adjourned.json<ProsecutionDetail>().hearings;
    expect(hearings).toEqual([
      expect.objectContaining({
        outcome: 'adjourned',
        nextScheduledAt: '2027-02-14T09:00:00.000Z',
      }),
      expect.objectContaining({
        kind: 'trial',
        outcome: null,
        scheduledAt: '2027-02-14T09:00:00.000Z',
      }),
    ]);
    const held = await call('PATCH', hearingUrl(file.id, hearings[1]?.id ?? ''), {
      outcome: 'held',
      version: 1,
    });
    expect(held.json<ProsecutionDetail>().nextHearingAt).toBeNull();
  });

  it('refuses a second outcome and bad next dates, changing nothing', async () => {
    const file = await aFile();
    const decided = await aHearing(t.db, { prosecutionId: file.id, createdBy: lead.id });
    const open = await aHearing(t.db, {
      prosecutionId: file.id,
      createdBy: lead.id,
      scheduledAt: new Date('2027-05-01T09:00:00Z'),
    });
    await t.db
      .updateTable('hearing')
      .set({ outcome: 'held' })
      .where('id', '=', decided.id)
      .execute();
    const cases: [string, Record<string, unknown>, number, string][] = [
      [
        decided.id,
        { outcome: 'cancelled', version: 1 },
        409,
        'prosecution.hearing_already_decided',
      ],
      [
        decided.id,
        { scheduledAt: '2027-06-01T09:00:00Z', version: 1 },
        409,
        'prosecution.hearing_already_decided',
      ],
      [
        open.id,
        { outcome: 'adjourned', version: 1 },
        400,
        'prosecution.hearing_next_date_required',
      ],
      [
        open.id,
        { outcome: 'adjourned', nextScheduledAt: '2027-04-01T09:00:00Z', version: 1 },
        400,
        'prosecution.hearing_next_date_required',
      ],
      [
        open.id,
        { outcome: 'held', nextScheduledAt: '2027-06-01T09:00:00Z', version: 1 },
        400,
        'prosecution.next_date_only_when_adjourned',
      ],
      [
        open.id,
        { outcome: 'held', scheduledAt: '2027-06-01T09:00:00Z', version: 1 },
        400,
        'validation',
      ],
      [open.id, { outcome: 'held', version: 4 }, 409, 'version_conflict'],
    ];
    const before = await snapshot('hearing', file.id);
    for (const [id, payload, status, code] of cases) {
      const res = await call('PATCH', hearingUrl(file.id, id), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await snapshot('hearing', file.id)).toEqual(before);
  });

  it('moves the date of a scheduled hearing', async () => {
    const file = await aFile();
    const hearing = await aHearing(t.db, { prosecutionId: file.id, createdBy: lead.id });
    const res = await call('PATCH', hearingUrl(file.id, hearing.id), {
      scheduledAt: '2027-09-09T08:30:00Z',
      version: 1,
    });
    expect(res.json<ProsecutionDetail>().hearings[0]).toMatchObject({
      scheduledAt: '2027-09-09T08:30:00.000Z',
      outcome: null,
      version: 2,
    });
  });
});

describe('confiscation orders', () => {
  const orderUrl = (fileId: string, orderId: string) =>
    `/api/prosecutions/${fileId}/confiscations/${orderId}`;

  it('orders a confiscation (description sealed) and follows it to the victims', async () => {
    const world = await aCharged(0);
    const created = await call('POST', `/api/prosecutions/${world.file.id}/confiscations`, {
      defendantId: world.defendant.id,
      description: 'SYNTH: a white van, plate SYNTH-123',
      estimatedValue: '12000.00',
      currency: 'LYD',
    });
    expect(created.statusCode, created.body).toBe(201);
    const order = created.json<ProsecutionDetail>().confiscations[0];
    expect(order).toMatchObject({ status: 'ordered', estimatedValue: '12000.00', currency: 'LYD' });
    const row = await t.db
      .selectFrom('confiscation_order')
      .select('description_sealed')
      .where('id', '=', order?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.description_sealed.toString('latin1')).not.toContain('white van');
    for (const [status, version] of [
      ['executed', 1],
      ['returned_to_victims', 2],
    ] as const) {
      const res = await call('PATCH', orderUrl(world.file.id, order?.id ?? ''), {
        status,
        version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('executes an order after the case is closed', async () => {
    const file = await aFile('closed');
    const order = await aConfiscation(t.db, t.sealer, {
      prosecutionId: file.id,
      orderedBy: lead.id,
    });
    const res = await call('PATCH', orderUrl(file.id, order.id), {
      status: 'executed',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses invalid moves and unknown defendants, changing nothing', async () => {
    const file = await aFile();
    const order = await aConfiscation(t.db, t.sealer, {
      prosecutionId: file.id,
      orderedBy: lead.id,
    });
    await t.db
      .updateTable('confiscation_order')
      .set({ status: 'annulled' })
      .where('id', '=', order.id)
      .execute();
    const before = await snapshot('confiscation_order', file.id);
    for (const status of ['ordered', 'executed', 'returned_to_victims', 'annulled']) {
      const res = await call('PATCH', orderUrl(file.id, order.id), { status, version: 1 });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        error: { code: 'prosecution.invalid_confiscation_transition' },
      });
    }
    const unknown = await call('POST', `/api/prosecutions/${file.id}/confiscations`, {
      defendantId: '0190a000-0000-7000-8000-000000000000',
      description: 'SYNTH',
    });
    expect(unknown.statusCode).toBe(400);
    expect(await snapshot('confiscation_order', file.id)).toEqual(before);
  });
});

describe('victim-witness protection measures', () => {
  const measuresUrl = (fileId: string) => `/api/prosecutions/${fileId}/protection-measures`;

  it('needs the prosecutor to be assigned to the victim case', async () => {
    const file = await aFile();
    const unassigned = await aCase(t.db, { agencyId: careId });
    const before = await snapshot('witness_protection_measure', file.id);
    for (const victimCaseId of [unassigned.id, '0190a000-0000-7000-8000-000000000000']) {
      const res = await call('POST', measuresUrl(file.id), { victimCaseId, measure: 'screen' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'prosecution.victim_case_need_to_know' } });
    }
    expect(await snapshot('witness_protection_measure', file.id)).toEqual(before);
  });

  it('requests and grants a measure, naming the case by its reference only', async () => {
    const file = await aFile();
    const kase = await aCase(t.db, { agencyId: careId, assigneeIds: [lead.id] });
    const created = await call('POST', measuresUrl(file.id), {
      victimCaseId: kase.id,
      measure: 'video_link',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.body).not.toContain(kase.id);
    const measure = created.json<ProsecutionDetail>().protectionMeasures[0];
    expect(measure).toMatchObject({ measure: 'video_link', status: 'requested', decidedAt: null });
    expect(measure?.caseReference).toMatch(/^SYNTH-CASE-/);
    const granted = await call('PATCH', `${measuresUrl(file.id)}/${measure?.id ?? ''}`, {
      status: 'granted',
      decidedAt: '2026-11-21T10:00:00Z',
      version: 1,
    });
    expect(granted.json<ProsecutionDetail>().protectionMeasures[0]).toMatchObject({
      status: 'granted',
      decidedAt: '2026-11-21T10:00:00.000Z',
    });
    expect(granted.body).not.toContain(kase.id);
  });

  it('refuses invalid moves, changing nothing', async () => {
    const file = await aFile();
    const kase = await aCase(t.db, { agencyId: careId, assigneeIds: [lead.id] });
    const measure = await aProtectionMeasure(t.db, {
      prosecutionId: file.id,
      caseId: kase.id,
      requestedBy: lead.id,
    });
    const before = await snapshot('witness_protection_measure', file.id);
    for (const status of ['requested', 'ended']) {
      const res = await call('PATCH', `${measuresUrl(file.id)}/${measure.id}`, {
        status,
        version: 1,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        error: { code: 'prosecution.invalid_protection_transition' },
      });
    }
    const stale = await call('PATCH', `${measuresUrl(file.id)}/${measure.id}`, {
      status: 'refused',
      version: 9,
    });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot('witness_protection_measure', file.id)).toEqual(before);
  });
});
