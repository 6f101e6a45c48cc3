import { describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('domestic case transfer handshake', () => {
  const t = useTestApp();

  async function world() {
    const from = await anAgency(t.db, { kind: 'victim_services' });
    const to = await anAgency(t.db, { kind: 'shelter_ngo' });
    const sender = await aUser(t.db, t.sealer, { agencyId: from.id, roles: ['case_worker'] });
    const receiver = await aUser(t.db, t.sealer, { agencyId: to.id, roles: ['case_worker'] });
    const kase = await aCase(t.db, { agencyId: from.id, assigneeIds: [sender.id] });
    const now = t.clock.now();
    return {
      from,
      to,
      kase,
      senderHeaders: await sessionFor(t.db, sender, now),
      receiverHeaders: await sessionFor(t.db, receiver, now),
    };
  }

  async function request(w: Awaited<ReturnType<typeof world>>) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${w.kase.id}/transfers`,
      headers: w.senderHeaders,
      payload: {
        toAgencyId: w.to.id,
        reason: 'specialised_services',
        note: 'SYNTH: needs a shelter',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; version: number }>();
  }

  it('shows the receiver only the request until it accepts, then hands the case over', async () => {
    const w = await world();
    const transfer = await request(w);
    const incoming = await t.app.inject({
      url: '/api/transfers?direction=incoming',
      headers: w.receiverHeaders,
    });
    expect(incoming.json()).toMatchObject({
      items: [{ id: transfer.id, isIncoming: true, status: 'requested' }],
    });
    expect(
      (await t.app.inject({ url: `/api/cases/${w.kase.id}`, headers: w.receiverHeaders }))
        .statusCode,
    ).toBe(404);

    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/transfers/${transfer.id}/accept`,
      headers: w.receiverHeaders,
      payload: { version: 1 },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    const receiverView = await t.app.inject({
      url: `/api/cases/${w.kase.id}`,
      headers: w.receiverHeaders,
    });
    expect(receiverView.statusCode).toBe(200);
    expect(receiverView.json()).toMatchObject({ agencyId: w.to.id });
    expect(
      (await t.app.inject({ url: `/api/cases/${w.kase.id}`, headers: w.senderHeaders })).statusCode,
    ).toBe(404);
    const events = receiverView
      .json<{ events: { type: string }[] }>()
      .events.map((event) => event.type);
    expect(events).toEqual(expect.arrayContaining(['transfer_requested', 'transferred']));
  });

  it('keeps the case where it is when the receiver declines with a reason', async () => {
    const w = await world();
    const transfer = await request(w);
    const declined = await t.app.inject({
      method: 'POST',
      url: `/api/transfers/${transfer.id}/decline`,
      headers: w.receiverHeaders,
      payload: { version: 1, reason: 'no_capacity' },
    });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'no_capacity' });
    const row = await t.db
      .selectFrom('case_file')
      .select('agency_id')
      .where('id', '=', w.kase.id)
      .executeTakeFirstOrThrow();
    expect(row.agency_id).toBe(w.from.id);
  });

  it('allows one open transfer per case and refuses answers to a closed one', async () => {
    const w = await world();
    const transfer = await request(w);
    const second = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${w.kase.id}/transfers`,
      headers: w.senderHeaders,
      payload: { toAgencyId: w.to.id, reason: 'other' },
    });
    expect(second.statusCode).toBe(409);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/transfers/${transfer.id}/cancel`,
      headers: w.senderHeaders,
      payload: { version: 1 },
    });
    expect(cancelled.statusCode).toBe(200);
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/transfers/${transfer.id}/accept`,
      headers: w.receiverHeaders,
      payload: { version: 2 },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'transfer.cannot_accept' } });
  });

  it('does not let the sending agency accept its own request, nor answer with a stale version', async () => {
    const w = await world();
    const transfer = await request(w);
    const own = await t.app.inject({
      method: 'POST',
      url: `/api/transfers/${transfer.id}/accept`,
      headers: w.senderHeaders,
      payload: { version: 1 },
    });
    expect(own.statusCode).toBe(403);
    const stale = await t.app.inject({
      method: 'POST',
      url: `/api/transfers/${transfer.id}/accept`,
      headers: w.receiverHeaders,
      payload: { version: 7 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: 1 } },
    });
  });
});
