import { beforeAll, describe, expect, it } from 'vitest';
import type { ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { aCharge, aDefendant, aProsecution } from '#test/factories/prosecutions.js';
import { auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

let officeId: string;
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
  lead = await aUser(t.db, t.sealer, { agencyId: officeId, roles: ['prosecutor'] });
});

describe('charges', () => {
  const url = (ids: { file: { id: string }; defendant: { id: string } }, chargeId: string) =>
    `/api/prosecutions/${ids.file.id}/defendants/${ids.defendant.id}/charges/${chargeId}`;

  it('amends a charge (requalifying it), then withdraws it', async () => {
    const world = await aCharged(1, 'indictment');
    const chargeId = world.charges[0]?.id ?? '';
    const amended = await call('PATCH', url(world, chargeId), {
      status: 'amended',
      offenceCode: 'forced_labour',
      lawArticle: 'SYNTH Law 6/2010, art. 4',
      version: 1,
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json<ProsecutionDetail>().defendants[0]?.charges[0]).toMatchObject({
      status: 'amended',
      offenceCode: 'forced_labour',
      version: 2,
    });
    const withdrawn = await call('PATCH', url(world, chargeId), {
      status: 'withdrawn',
      version: 2,
    });
    expect(withdrawn.json<ProsecutionDetail>().defendants[0]?.charges[0]?.status).toBe('withdrawn');
  });

  it('refuses invalid changes with a clear 4xx, changing nothing', async () => {
    const world = await aCharged(1);
    const withdrawn = await aCharge(t.db, {
      prosecutionId: world.file.id,
      defendantId: world.defendant.id,
      filedBy: lead.id,
      status: 'withdrawn',
    });
    const open = world.charges[0]?.id ?? '';
    const cases: [string, Record<string, unknown>, number, string][] = [
      [
        withdrawn.id,
        { status: 'amended', version: 1 },
        409,
        'prosecution.invalid_charge_transition',
      ],
      [open, { status: 'convicted', version: 1 }, 400, 'validation'],
      [
        open,
        { status: 'withdrawn', lawArticle: 'SYNTH', version: 1 },
        400,
        'prosecution.requalify_only_when_amending',
      ],
      [open, { status: 'dismissed', version: 3 }, 409, 'version_conflict'],
      [
        '0190a000-0000-7000-8000-000000000000',
        { status: 'dismissed', version: 1 },
        404,
        'prosecution.charge_not_found',
      ],
    ];
    const before = await snapshot('charge', world.file.id);
    for (const [chargeId, payload, status, code] of cases) {
      const res = await call('PATCH', url(world, chargeId), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await snapshot('charge', world.file.id)).toEqual(before);
  });

  it('files no new charge on appeal', async () => {
    const world = await aCharged(0, 'appeal');
    const res = await call(
      'POST',
      `/api/prosecutions/${world.file.id}/defendants/${world.defendant.id}/charges`,
      {
        offenceCode: 'corruption',
        lawArticle: 'SYNTH art. 9',
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'prosecution.no_new_charges_at_stage' } });
  });
});

describe('verdicts', () => {
  const verdictUrl = (world: { file: { id: string }; defendant: { id: string } }) =>
    `/api/prosecutions/${world.file.id}/defendants/${world.defendant.id}/verdict`;

  it('records a partial conviction with its sentence and decides each charge', async () => {
    const world = await aCharged(2);
    const [first, second] = world.charges.map((charge) => charge.id);
    const res = await call('POST', verdictUrl(world), {
      outcome: 'partially_convicted',
      decidedOn: '2026-11-20',
      courtLevel: 'first_instance',
      charges: [
        { chargeId: first, outcome: 'convicted' },
        { chargeId: second, outcome: 'acquitted' },
      ],
      sentence: {
        prisonMonths: 60,
        isSuspended: false,
        fineAmount: '25000.50',
        currency: 'LYD',
        otherMeasures: 'SYNTH: compensation to the victims',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const defendant = res.json<ProsecutionDetail>().defendants[0];
    const statusOf = Object.fromEntries(
      (defendant?.charges ?? []).map((charge) => [charge.id, charge.status]),
    );
    expect(statusOf).toEqual({ [first ?? '']: 'convicted', [second ?? '']: 'acquitted' });
    expect(defendant?.verdicts).toEqual([
      expect.objectContaining({
        outcome: 'partially_convicted',
        decidedOn: '2026-11-20',
        sentence: {
          prisonMonths: 60,
          isSuspended: false,
          fineAmount: '25000.50',
          currency: 'LYD',
          otherMeasures: 'SYNTH: compensation to the victims',
        },
      }),
    ]);
    expect(res.json<ProsecutionDetail>().verdictCount).toBe(1);
  });

  it('lets the appeal court reverse a conviction', async () => {
    const world = await aCharged(1);
    const chargeId = world.charges[0]?.id ?? '';
    const first = await call('POST', verdictUrl(world), {
      outcome: 'convicted',
      decidedOn: '2026-11-20',
      courtLevel: 'first_instance',
      charges: [{ chargeId, outcome: 'convicted' }],
    });
    expect(first.statusCode).toBe(201);
    await t.db
      .updateTable('prosecution')
      .set({ stage: 'appeal' })
      .where('id', '=', world.file.id)
      .execute();
    const appeal = await call('POST', verdictUrl(world), {
      outcome: 'acquitted',
      decidedOn: '2027-03-02',
      courtLevel: 'appeal',
      charges: [{ chargeId, outcome: 'acquitted' }],
    });
    expect(appeal.statusCode, appeal.body).toBe(201);
    expect(appeal.json<ProsecutionDetail>().defendants[0]?.charges[0]?.status).toBe('acquitted');
  });

  it('refuses inconsistent or misplaced verdicts, changing nothing', async () => {
    const world = await aCharged(2);
    const [first, second] = world.charges.map((charge) => charge.id);
    const base = { decidedOn: '2026-11-20', courtLevel: 'first_instance' };
    const both = (a: string, b: string) => [
      { chargeId: first, outcome: a },
      { chargeId: second, outcome: b },
    ];
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { ...base, outcome: 'convicted', charges: [{ chargeId: first, outcome: 'convicted' }] },
        400,
        'prosecution.verdict_charges_mismatch',
      ],
      [
        {
          ...base,
          outcome: 'convicted',
          charges: [...both('convicted', 'convicted'), { chargeId: first, outcome: 'convicted' }],
        },
        400,
        'prosecution.verdict_charges_mismatch',
      ],
      [
        { ...base, outcome: 'convicted', charges: both('convicted', 'acquitted') },
        400,
        'prosecution.verdict_inconsistent',
      ],
      [
        {
          ...base,
          outcome: 'acquitted',
          charges: both('acquitted', 'acquitted'),
          sentence: { prisonMonths: 1 },
        },
        400,
        'prosecution.sentence_without_conviction',
      ],
      [
        {
          ...base,
          outcome: 'convicted',
          charges: both('convicted', 'convicted'),
          sentence: { fineAmount: '10.00' },
        },
        400,
        'validation',
      ],
      [
        {
          ...base,
          courtLevel: 'appeal',
          outcome: 'convicted',
          charges: both('convicted', 'convicted'),
        },
        409,
        'prosecution.verdict_not_at_stage',
      ],
    ];
    const before = await snapshot('charge', world.file.id);
    for (const [payload, status, code] of cases) {
      const res = await call('POST', verdictUrl(world), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await snapshot('charge', world.file.id)).toEqual(before);
  });

  it('records one verdict per court level', async () => {
    const world = await aCharged(1);
    const payload = {
      outcome: 'dismissed',
      decidedOn: '2026-11-20',
      courtLevel: 'first_instance',
      charges: [{ chargeId: world.charges[0]?.id, outcome: 'dismissed' }],
    };
    expect((await call('POST', verdictUrl(world), payload)).statusCode).toBe(201);
    const again = await call('POST', verdictUrl(world), payload);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'prosecution.verdict_already_recorded' } });
  });
});
