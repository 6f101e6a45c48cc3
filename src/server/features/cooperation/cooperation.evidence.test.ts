import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import { aCooperationRequest, cooperationFootprint } from '#test/factories/cooperation.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';
import { GENESIS_HASH, hashCustodyLink } from './custody-chain.js';

const t = useTestApp();

let prosecution: { id: string };
let prosecutor: TestUser;
let otherProsecutor: TestUser;

beforeAll(async () => {
  prosecution = await anAgency(t.db, { kind: 'prosecution' });
  const other = await anAgency(t.db, { kind: 'prosecution' });
  prosecutor = await aUser(t.db, t.sealer, { agencyId: prosecution.id, roles: ['prosecutor'] });
  otherProsecutor = await aUser(t.db, t.sealer, { agencyId: other.id, roles: ['prosecutor'] });
});

async function post(user: TestUser, url: string, payload: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: await sessionFor(t.db, user, t.clock.now()),
    payload,
  });
}

const evidence = () => ({
  description: 'SYNTH: bank statements of the recruiter, 2024-2025',
  itemCount: 3,
  receivedFrom: 'SYNTH Central Authority of Tunisia',
  receivedAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
  holder: 'SYNTH Evidence office, Tripoli prosecution',
});

async function executedRequestWithEvidence() {
  const { id } = await aCooperationRequest(t.db, t.sealer, {
    ownerAgencyId: prosecution.id,
    createdByUserId: prosecutor.id,
    status: 'partially_executed',
  });
  const res = await post(prosecutor, `/api/cooperation/requests/${id}/evidence`, evidence());
  expect(res.statusCode, res.body).toBe(201);
  const detail = res.json<CooperationRequestDetail>();
  const evidenceId = detail.evidence[0]?.id ?? '';
  return { id, evidenceId, detail };
}

describe('evidence received and its chain of custody', () => {
  it('logs evidence with a first `received` link, an event and an audit row', async () => {
    const { detail } = await executedRequestWithEvidence();
    expect(detail.evidence).toEqual([
      expect.objectContaining({
        description: 'SYNTH: bank statements of the recruiter, 2024-2025',
        itemCount: 3,
        isChainIntact: true,
        custody: [
          expect.objectContaining({
            seq: 1,
            action: 'received',
            holder: 'SYNTH Evidence office, Tripoli prosecution',
          }),
        ],
      }),
    ]);
    expect(detail.events.at(-1)).toMatchObject({
      type: 'evidence_received',
      data: { itemCount: 3 },
    });
  });

  it('appends custody steps in order, each chained to the previous hash', async () => {
    const { id, evidenceId } = await executedRequestWithEvidence();
    const url = `/api/cooperation/requests/${id}/evidence/${evidenceId}/custody`;
    const steps = [
      { action: 'transferred', holder: 'SYNTH Forensic laboratory' },
      { action: 'examined', holder: 'SYNTH Forensic laboratory', note: 'SYNTH: report 12/2026' },
      { action: 'stored', holder: 'SYNTH Court registry' },
    ];
    let detail: CooperationRequestDetail | undefined;
    for (const step of steps) {
      const res = await post(prosecutor, url, step);
      expect(res.statusCode, res.body).toBe(201);
      detail = res.json<CooperationRequestDetail>();
    }
    const chain = detail?.evidence[0]?.custody ?? [];
    expect(chain.map((link) => [link.seq, link.action])).toEqual([
      [1, 'received'],
      [2, 'transferred'],
      [3, 'examined'],
      [4, 'stored'],
    ]);
    expect(chain[2]?.note).toBe('SYNTH: report 12/2026');
    expect(detail?.evidence[0]?.isChainIntact).toBe(true);

    const rows = await t.db
      .selectFrom('coop_evidence_custody')
      .selectAll()
      .where('evidence_id', '=', evidenceId)
      .orderBy('seq')
      .execute();
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash).toBe(prev);
      const note = row.note_sealed ? t.sealer.openText(row.note_sealed) : null;
      expect(
        hashCustodyLink(prev, {
          evidenceId,
          seq: row.seq,
          action: row.action,
          holder: row.holder,
          at: row.occurred_at,
          byUserId: row.by_user_id,
          note,
        }),
      ).toBe(row.hash);
      prev = row.hash;
    }
  });

  it('is append-only: the database refuses to change or delete a custody link', async () => {
    const { evidenceId } = await executedRequestWithEvidence();
    await expect(
      t.db
        .updateTable('coop_evidence_custody')
        .set({ holder: 'SYNTH someone else' })
        .where('evidence_id', '=', evidenceId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom('coop_evidence_custody').where('evidence_id', '=', evidenceId).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('shows a tampered chain as broken', async () => {
    const { id, evidenceId } = await executedRequestWithEvidence();
    await post(prosecutor, `/api/cooperation/requests/${id}/evidence/${evidenceId}/custody`, {
      action: 'transferred',
      holder: 'SYNTH Forensic laboratory',
    });
    // What a DBA with table-owner rights could do: switch the append-only trigger off.
    const trigger = sql`coop_evidence_custody_append_only`;
    await sql`ALTER TABLE coop_evidence_custody DISABLE TRIGGER ${trigger}`.execute(t.db);
    try {
      await t.db
        .updateTable('coop_evidence_custody')
        .set({ holder: 'SYNTH a different holder' })
        .where('evidence_id', '=', evidenceId)
        .where('seq', '=', 2)
        .execute();
    } finally {
      await sql`ALTER TABLE coop_evidence_custody ENABLE TRIGGER ${trigger}`.execute(t.db);
    }
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/cooperation/requests/${id}`,
      headers: await sessionFor(t.db, prosecutor, t.clock.now()),
    });
    expect(res.json<CooperationRequestDetail>().evidence[0]?.isChainIntact).toBe(false);
  });

  it('refuses evidence on a draft, and custody on evidence of another request', async () => {
    const draft = await aCooperationRequest(t.db, t.sealer, {
      ownerAgencyId: prosecution.id,
      createdByUserId: prosecutor.id,
      status: 'draft',
    });
    const before = await cooperationFootprint(t.db, draft.id);
    const res = await post(
      prosecutor,
      `/api/cooperation/requests/${draft.id}/evidence`,
      evidence(),
    );
    expect(res.statusCode).toBe(409);
    expect(await cooperationFootprint(t.db, draft.id)).toEqual(before);

    const { evidenceId } = await executedRequestWithEvidence();
    const other = await executedRequestWithEvidence();
    const wrong = await post(
      prosecutor,
      `/api/cooperation/requests/${other.id}/evidence/${evidenceId}/custody`,
      { action: 'stored', holder: 'SYNTH registry' },
    );
    expect(wrong.statusCode).toBe(404);
  });

  it('hides evidence routes from a prosecutor of another agency', async () => {
    const { id, evidenceId } = await executedRequestWithEvidence();
    const res = await post(
      otherProsecutor,
      `/api/cooperation/requests/${id}/evidence/${evidenceId}/custody`,
      { action: 'stored', holder: 'SYNTH registry' },
    );
    expect(res.statusCode).toBe(404);
  });
});
