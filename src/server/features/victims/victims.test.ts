import { describe, expect, it } from 'vitest';
import { A_VICTIM, aVictimCaseWorld } from '#test/factories/victims.js';
import { useTestApp } from '#test/helpers/test-app.js';

const PRESUMED_ANSWERS = {
  PHYSICAL_AND_SEXUAL_VIOLENCE: 'YES',
  DEBT_BONDAGE: 'YES',
  EXCESSIVE_OVERTIME: 'NO',
  ISOLATION: 'UNSURE',
};

describe('victim record, screening and identification decision', () => {
  const t = useTestApp();

  async function withVictim(overrides: Partial<typeof A_VICTIM> = {}) {
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${world.kase.id}/victim`,
      headers: world.caseWorker.headers,
      payload: { ...A_VICTIM, ...overrides },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { ...world, url: `/api/cases/${world.kase.id}/victim` };
  }

  const screen = (
    w: { url: string; caseWorker: { headers: Record<string, string> } },
    answers: object,
  ) =>
    t.app.inject({
      method: 'POST',
      url: `${w.url}/screenings`,
      headers: w.caseWorker.headers,
      payload: { hasConsentToScreening: true, hasInterpreter: true, answers },
    });

  it('keeps the identity encrypted at rest and shows it to assigned staff', async () => {
    const w = await withVictim();
    const raw = await t.db
      .selectFrom('victim')
      .selectAll()
      .where('case_id', '=', w.kase.id)
      .executeTakeFirstOrThrow();
    const rawText = JSON.stringify(raw) + Buffer.from(raw.identity_sealed).toString('latin1');
    expect(rawText).not.toContain('Salma');
    expect(rawText).not.toContain('SYNTH123456');
    expect(raw.identity_blind_index).toMatch(/^[0-9a-f]{64}$/);
    const res = await t.app.inject({ url: w.url, headers: w.investigator.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      identity: { nameLatin: 'Salma Synthetic' },
      traffickingStatus: 'NotScreened',
      isChild: false,
    });
    const reads = await t.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'victim.read')
      .where('subject_id', '=', raw.id)
      .execute();
    expect(reads.map((row) => row.actor_user_id)).toContain(w.investigator.id);
  });

  it('proposes "presumed" from the indicators that fired and appends the status history', async () => {
    const w = await withVictim();
    const res = await screen(w, PRESUMED_ANSWERS);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      proposedStatus: 'PresumedVictimOfTrafficking',
      firedIndicators: ['DEBT_BONDAGE', 'PHYSICAL_AND_SEXUAL_VIOLENCE'],
      statusAfter: 'PresumedVictimOfTrafficking',
    });
    const detail = await t.app.inject({ url: w.url, headers: w.caseWorker.headers });
    expect(detail.json()).toMatchObject({
      traffickingStatus: 'PresumedVictimOfTrafficking',
      statusHistory: [
        { fromStatus: 'NotScreened', toStatus: 'PresumedVictimOfTrafficking', basis: 'screening' },
      ],
    });
  });

  it('lets only an authorised decider record the decision, with body and legal basis', async () => {
    const w = await withVictim();
    await screen(w, PRESUMED_ANSWERS);
    const decision = {
      status: 'ActualVictimOfTrafficking',
      decidedOn: '2026-11-20',
      decidingBody: 'SYNTH National Referral Panel',
      legalBasis: 'SYNTH Law 1/2026 art. 12',
      version: 2,
    };
    const byCaseWorker = await t.app.inject({
      method: 'POST',
      url: `${w.url}/decision`,
      headers: w.caseWorker.headers,
      payload: decision,
    });
    expect(byCaseWorker.statusCode).toBe(403);
    const byProsecutor = await t.app.inject({
      method: 'POST',
      url: `${w.url}/decision`,
      headers: w.prosecutor.headers,
      payload: decision,
    });
    expect(byProsecutor.statusCode, byProsecutor.body).toBe(200);
    expect(byProsecutor.json()).toMatchObject({ traffickingStatus: 'ActualVictimOfTrafficking' });
    const history = byProsecutor.json<{
      statusHistory: { basis: string; legalBasis: string | null }[];
    }>().statusHistory;
    expect(history.at(-1)).toMatchObject({
      basis: 'decision',
      legalBasis: 'SYNTH Law 1/2026 art. 12',
    });

    const again = await t.app.inject({
      method: 'POST',
      url: `${w.url}/decision`,
      headers: w.prosecutor.headers,
      payload: { ...decision, status: 'NotAVictimOfTrafficking', version: 3 },
    });
    expect(again.statusCode).toBe(409);
    const row = await t.db
      .selectFrom('victim')
      .select('trafficking_status')
      .where('case_id', '=', w.kase.id)
      .executeTakeFirstOrThrow();
    expect(row.trafficking_status).toBe('ActualVictimOfTrafficking');
  });

  it('refuses a decision before any screening with 409', async () => {
    const w = await withVictim();
    const res = await t.app.inject({
      method: 'POST',
      url: `${w.url}/decision`,
      headers: w.coordinator.headers,
      payload: {
        status: 'NotAVictimOfTrafficking',
        decidedOn: '2026-11-20',
        decidingBody: 'SYNTH panel',
        legalBasis: 'SYNTH basis',
        version: 1,
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'victim.cannot_decide' } });
  });

  it('answers a stale edit with 409 and keeps the newer data', async () => {
    const w = await withVictim();
    const first = await t.app.inject({
      method: 'PATCH',
      url: w.url,
      headers: w.caseWorker.headers,
      payload: { languages: ['ar'], version: 1 },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: w.url,
      headers: w.caseWorker.headers,
      payload: { languages: ['en'], version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const row = await t.db
      .selectFrom('victim')
      .select('languages')
      .where('case_id', '=', w.kase.id)
      .executeTakeFirstOrThrow();
    expect(row.languages).toEqual(['ar']);
  });

  it('refuses unknown indicator codes without recording anything', async () => {
    const w = await withVictim();
    const res = await screen(w, { NOT_AN_INDICATOR: 'YES' });
    expect(res.statusCode).toBe(400);
    const rows = await t.db.selectFrom('victim_screening').select('id').execute();
    const mine = await t.db
      .selectFrom('victim_screening')
      .innerJoin('victim', 'victim.id', 'victim_screening.victim_id')
      .select('victim_screening.id')
      .where('victim.case_id', '=', w.kase.id)
      .execute();
    expect(mine).toHaveLength(0);
    expect(rows.length).toBeGreaterThanOrEqual(0);
  });

  it('flags a possible duplicate by blind index across cases', async () => {
    await withVictim();
    const second = await withVictim({
      identity: { ...A_VICTIM.identity, nameLatin: '  salma   SYNTHETIC ' },
    });
    const res = await t.app.inject({ url: second.url, headers: second.caseWorker.headers });
    expect(
      res.json<{ possibleDuplicateCount: number }>().possibleDuplicateCount,
    ).toBeGreaterThanOrEqual(1);
  });

  it('keeps the status history append-only in the database', async () => {
    const w = await withVictim();
    await screen(w, PRESUMED_ANSWERS);
    await expect(
      t.db.updateTable('victim_status_event').set({ to_status: 'NotScreened' }).execute(),
    ).rejects.toThrow(/append-only/);
    expect(w.kase.id).toBeTruthy();
  });
});
