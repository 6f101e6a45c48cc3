import { beforeAll, describe, expect, it } from 'vitest';
import type { ReferralDetail, ReferralList } from '#shared/contracts/referrals.js';
import type { Role } from '#shared/domain/roles.js';
import { aCase, anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { aProvider } from '#test/factories/referrals.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();
const HOUR_MS = 3_600_000;
const REASON = 'SYNTH: needs a safe place to stay tonight';

type World = {
  caseAgencyId: string;
  caseWorker: TestUser;
  shelterWorker: TestUser;
  thirdWorker: TestUser;
  providerId: string;
  caseId: string;
};
let w: World;

async function staff(agencyId: string, roles: Role[]) {
  return aUser(t.db, t.sealer, { agencyId, roles });
}

/** Sessions expire: each call signs in at the app clock's current time. */
async function call(
  user: TestUser,
  method: 'GET' | 'POST',
  url: string,
  payload?: Record<string, unknown>,
) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

async function send(urgency: 'urgent' | 'normal' = 'normal', caseId = w.caseId) {
  const res = await call(w.caseWorker, 'POST', `/api/cases/${caseId}/referrals`, {
    providerId: w.providerId,
    services: ['shelter', 'psychosocial'],
    urgency,
    reason: REASON,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReferralDetail>();
}

async function command(
  user: TestUser,
  referralId: string,
  name: string,
  payload: Record<string, unknown>,
) {
  return call(user, 'POST', `/api/referrals/${referralId}/${name}`, payload);
}

async function rowOf(referralId: string) {
  return t.db
    .selectFrom('referral')
    .selectAll()
    .where('id', '=', referralId)
    .executeTakeFirstOrThrow();
}

async function eventTypes(referralId: string) {
  const rows = await t.db
    .selectFrom('referral_event')
    .select('type')
    .where('referral_id', '=', referralId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.type);
}

beforeAll(async () => {
  const caseAgency = await anAgency(t.db, { kind: 'victim_services' });
  const shelter = await anAgency(t.db, { kind: 'shelter_ngo' });
  const third = await anAgency(t.db, { kind: 'shelter_ngo' });
  const caseWorker = await staff(caseAgency.id, ['case_worker']);
  const kase = await aCase(t.db, { agencyId: caseAgency.id, assigneeIds: [caseWorker.id] });
  w = {
    caseAgencyId: caseAgency.id,
    caseWorker,
    shelterWorker: await staff(shelter.id, ['case_worker']),
    thirdWorker: await staff(third.id, ['case_worker']),
    providerId: (await aProvider(t.db, { agencyId: shelter.id })).id,
    caseId: kase.id,
  };
});

describe('the referral lifecycle', () => {
  it('runs sent → accepted → in_progress → completed with an event and an audit row each', async () => {
    const sent = await send('normal');
    expect(sent).toMatchObject({ status: 'sent', version: 1, reason: REASON, isOverdue: false });
    const accepted = await command(w.shelterWorker, sent.id, 'accept', {
      version: 1,
      note: 'SYNTH: a bed is ready',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    const started = await command(w.shelterWorker, sent.id, 'start', { version: 2 });
    expect(started.json()).toMatchObject({ status: 'in_progress', version: 3 });
    const completed = await command(w.shelterWorker, sent.id, 'complete', { version: 3 });
    const detail = completed.json<ReferralDetail>();
    expect(detail).toMatchObject({ status: 'completed', version: 4 });
    expect(detail.events.map((event) => [event.type, event.note])).toEqual([
      ['sent', null],
      ['accepted', 'SYNTH: a bed is ready'],
      ['started', null],
      ['completed', null],
    ]);
    expect(await eventTypes(sent.id)).toEqual(['sent', 'accepted', 'started', 'completed']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('subject_id', '=', sent.id)
      .where('action', '!=', 'referral.read')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'referral.create', actor_user_id: w.caseWorker.id },
      { action: 'referral.accept', actor_user_id: w.shelterWorker.id },
      { action: 'referral.start', actor_user_id: w.shelterWorker.id },
      { action: 'referral.complete', actor_user_id: w.shelterWorker.id },
    ]);
    const row = await rowOf(sent.id);
    expect(row.closed_at).not.toBeNull();
    // The note is sealed at rest: the raw column does not hold the text.
    expect(row.reason_sealed.toString('utf8')).not.toContain('safe place');
  });

  it('sets the acceptance deadline 24 hours after sending for urgent, 72 hours for normal', async () => {
    for (const [urgency, hours] of [
      ['urgent', 24],
      ['normal', 72],
    ] as const) {
      const sent = await send(urgency);
      const dueInMs = Date.parse(sent.acceptanceDueAt) - Date.parse(sent.sentAt);
      expect(dueInMs).toBe(hours * HOUR_MS);
    }
  });

  it('needs a reason to decline, and records it', async () => {
    const sent = await send();
    const missing = await command(w.shelterWorker, sent.id, 'decline', { version: 1 });
    expect(missing.statusCode).toBe(400);
    expect((await rowOf(sent.id)).status).toBe('sent');
    const declined = await command(w.shelterWorker, sent.id, 'decline', {
      version: 1,
      reason: 'no_capacity',
      note: 'SYNTH: full until next week',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'no_capacity' });
    expect(await eventTypes(sent.id)).toEqual(['sent', 'declined']);
  });

  it('refuses a move the lifecycle does not allow with 409 and changes nothing', async () => {
    const sent = await send();
    const before = await rowOf(sent.id);
    const auditBefore = await t.db
      .selectFrom('audit_chain_head')
      .select('last_seq')
      .executeTakeFirstOrThrow();
    const res = await command(w.shelterWorker, sent.id, 'complete', { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'referral.cannot_complete', messageKey: 'errors.invalidTransition' },
    });
    expect(await rowOf(sent.id)).toEqual(before);
    expect(await eventTypes(sent.id)).toEqual(['sent']);
    const auditAfter = await t.db
      .selectFrom('audit_chain_head')
      .select('last_seq')
      .executeTakeFirstOrThrow();
    expect(auditAfter).toEqual(auditBefore);
  });

  it('refuses a stale version with 409 version_conflict and the current version', async () => {
    const sent = await send();
    expect((await command(w.shelterWorker, sent.id, 'accept', { version: 1 })).statusCode).toBe(
      200,
    );
    const before = await rowOf(sent.id);
    const stale = await command(w.shelterWorker, sent.id, 'start', { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: 2 } },
    });
    expect(await rowOf(sent.id)).toEqual(before);
    expect(await eventTypes(sent.id)).toEqual(['sent', 'accepted']);
  });

  it('lets only the referring side cancel, and only the receiving side answer', async () => {
    const sent = await send();
    expect((await command(w.caseWorker, sent.id, 'accept', { version: 1 })).statusCode).toBe(403);
    expect((await command(w.shelterWorker, sent.id, 'cancel', { version: 1 })).statusCode).toBe(
      403,
    );
    const cancelled = await command(w.caseWorker, sent.id, 'cancel', { version: 1 });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', version: 2 });
    const again = await command(w.caseWorker, sent.id, 'cancel', { version: 2 });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a service the provider does not offer, and a lead', async () => {
    const res = await call(w.caseWorker, 'POST', `/api/cases/${w.caseId}/referrals`, {
      providerId: w.providerId,
      services: ['legal_aid'],
      urgency: 'normal',
      reason: REASON,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'referral.service_not_offered' } });
    const lead = await aCase(t.db, { agencyId: w.caseAgencyId, assigneeIds: [w.caseWorker.id] });
    await t.db.updateTable('case_file').set({ kind: 'lead' }).where('id', '=', lead.id).execute();
    const fromLead = await call(w.caseWorker, 'POST', `/api/cases/${lead.id}/referrals`, {
      providerId: w.providerId,
      services: ['shelter'],
      urgency: 'normal',
      reason: REASON,
    });
    expect(fromLead.statusCode).toBe(409);
  });
});

describe('what each agency sees', () => {
  it('shows the referral, never the case, to the receiving agency', async () => {
    const sent = await send();
    const own = await call(w.caseWorker, 'GET', `/api/cases/${w.caseId}`);
    expect(own.statusCode).toBe(200);
    const kase = await call(w.shelterWorker, 'GET', `/api/cases/${w.caseId}`);
    expect(kase.statusCode).toBe(404);
    expect(kase.json()).toMatchObject({ error: { code: 'not_found' } });
    const referral = await call(w.shelterWorker, 'GET', `/api/referrals/${sent.id}`);
    expect(referral.statusCode).toBe(200);
    const body = referral.json<Record<string, unknown>>();
    expect(body).toMatchObject({ reason: REASON, services: ['shelter', 'psychosocial'] });
    expect(body).not.toHaveProperty('title');
    expect(body).not.toHaveProperty('assignees');
  });

  it('shows a third agency neither the case nor the referral', async () => {
    const sent = await send();
    expect((await call(w.thirdWorker, 'GET', `/api/cases/${w.caseId}`)).statusCode).toBe(404);
    expect((await call(w.thirdWorker, 'GET', `/api/referrals/${sent.id}`)).statusCode).toBe(404);
    expect((await command(w.thirdWorker, sent.id, 'accept', { version: 1 })).statusCode).toBe(404);
    const board = await call(w.thirdWorker, 'GET', '/api/referrals?limit=200');
    expect(board.json<ReferralList>().items).toEqual([]);
  });

  it('refuses a case worker of the owning agency who is not assigned to the case', async () => {
    const colleague = await staff(w.caseAgencyId, ['case_worker']);
    const res = await call(colleague, 'POST', `/api/cases/${w.caseId}/referrals`, {
      providerId: w.providerId,
      services: ['shelter'],
      urgency: 'normal',
      reason: REASON,
    });
    expect(res.statusCode).toBe(403);
  });

  it('filters the board by direction and status', async () => {
    const sent = await send();
    const mine = async (user: TestUser, query: string) =>
      (await call(user, 'GET', `/api/referrals?limit=200&${query}`))
        .json<ReferralList>()
        .items.map((item) => item.id);
    expect(await mine(w.caseWorker, 'direction=sent')).toContain(sent.id);
    expect(await mine(w.caseWorker, 'direction=received')).not.toContain(sent.id);
    expect(await mine(w.shelterWorker, 'direction=received&status=sent')).toContain(sent.id);
    expect(await mine(w.shelterWorker, 'status=completed')).not.toContain(sent.id);
  });

  it('flags an unanswered referral overdue once its acceptance deadline has passed', async () => {
    const sent = await send('urgent');
    const rowFor = async () =>
      (await call(w.shelterWorker, 'GET', '/api/referrals?limit=200&direction=received'))
        .json<ReferralList>()
        .items.find((item) => item.id === sent.id);
    expect(await rowFor()).toMatchObject({
      isOverdue: false,
      acceptanceDueAt: sent.acceptanceDueAt,
    });
    t.clock.advanceMs(25 * HOUR_MS);
    expect(await rowFor()).toMatchObject({
      isOverdue: true,
      acceptanceDueAt: sent.acceptanceDueAt,
    });
    await command(w.shelterWorker, sent.id, 'accept', { version: 1 });
    expect(await rowFor()).toMatchObject({ status: 'accepted', isOverdue: false });
  });
});
