import { describe, expect, it } from 'vitest';
import { anAgency, aRoutingRule, aTip, aUser, sessionFor, A_TIP } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('tips: public form → triage → case', () => {
  const t = useTestApp();

  async function world() {
    const hotline = await anAgency(t.db);
    const other = await anAgency(t.db, { kind: 'victim_services' });
    await aRoutingRule(t.db, { agencyId: hotline.id });
    const operator = await aUser(t.db, t.sealer, {
      agencyId: hotline.id,
      roles: ['hotline_operator'],
    });
    return { hotline, other, operator, headers: await sessionFor(t.db, operator) };
  }

  it('makes a tip with a child involved urgent with a 2-hour first-action deadline', async () => {
    await world();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      payload: { ...A_TIP, childInvolved: true },
    });
    expect(res.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('tip')
      .select(['priority', 'received_at', 'due_at'])
      .where('reference', '=', res.json<{ reference: string }>().reference)
      .executeTakeFirstOrThrow();
    expect(row.priority).toBe('urgent');
    expect(row.due_at.getTime() - row.received_at.getTime()).toBe(2 * 3_600_000);
  });

  it('triages and converts a tip into a case with audit rows in the same transactions', async () => {
    const { other, operator, headers } = await world();
    const tip = await aTip(t.db, t.sealer, t.clock.now());
    const triage = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/triage`,
      headers,
      payload: {
        category: 'ForcedLabour',
        priority: 'high',
        assignedAgencyId: operator.agencyId,
        note: 'SYNTH note',
        version: 1,
      },
    });
    expect(triage.statusCode).toBe(200);
    expect(triage.json()).toMatchObject({ status: 'triaged', priority: 'high', version: 2 });

    const convert = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/convert`,
      headers,
      payload: { kind: 'victim_case', title: 'SYNTH case title', version: 2 },
    });
    expect(convert.statusCode).toBe(200);
    const { caseId } = convert.json<{ caseId: string }>();
    const kase = await t.app.inject({ url: `/api/cases/${caseId}`, headers });
    expect(kase.statusCode).toBe(200);
    expect(kase.json()).toMatchObject({ kind: 'victim_case', sourceTipId: tip.id, status: 'open' });

    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', 'in', [tip.id, caseId])
      .orderBy('seq')
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      'tip.receive',
      'tip.triage',
      'tip.read',
      'case.open',
      'tip.convert',
      'case.read',
    ]);
    expect(other.id).not.toBe(operator.agencyId);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const { operator, headers } = await world();
    const tip = await aTip(t.db, t.sealer, t.clock.now());
    const payload = {
      category: 'ForcedLabour',
      priority: 'high',
      assignedAgencyId: operator.agencyId,
      note: '',
      version: 1,
    };
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/triage`,
      headers,
      payload,
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/triage`,
      headers,
      payload: { ...payload, priority: 'low' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: 2 } },
    });
    const row = await t.db
      .selectFrom('tip')
      .select(['priority', 'version'])
      .where('id', '=', tip.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ priority: 'high', version: 2 });
  });

  it('refuses to convert an untriaged tip with 409 and creates no case', async () => {
    const { headers } = await world();
    const tip = await aTip(t.db, t.sealer, t.clock.now());
    const before = await t.db
      .selectFrom('case_file')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/convert`,
      headers,
      payload: { kind: 'lead', title: 'SYNTH lead', version: 1 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'tip.cannot_convert' } });
    const after = await t.db
      .selectFrom('case_file')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('stores the tip text encrypted: the raw row does not contain it', async () => {
    await world();
    const tip = await aTip(t.db, t.sealer, t.clock.now(), {
      whatWasSeen: 'SYNTH-SECRET-PHRASE seen at the market',
    });
    const raw = await t.db
      .selectFrom('tip')
      .selectAll()
      .where('id', '=', tip.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain('SYNTH-SECRET-PHRASE');
    expect(Buffer.from(raw.what_was_seen_sealed).toString('utf8')).not.toContain(
      'SYNTH-SECRET-PHRASE',
    );
  });
});
