import { beforeAll, describe, expect, it } from 'vitest';
import type {
  CooperationRequestDetail,
  CooperationRequestList,
} from '#shared/contracts/cooperation.js';
import {
  aCooperationRequest,
  aCooperationWorld,
  type CooperationWorld,
  COMPLETE_CONTENTS,
} from '#test/factories/cooperation.js';
import { sessionFor, type TestUser } from '#test/factories/index.js';
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

describe('incoming requests', () => {
  const incoming = (overrides: Record<string, unknown> = {}) => ({
    direction: 'incoming',
    type: 'MLA',
    foreignCountry: 'TUN',
    receivedAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
    channel: 'DIPLOMATIC',
    foreignReference: 'SYNTH-TUN-2026-77',
    measures: ['MLA_DOCUMENTS_RECORDS'],
    ...overrides,
  });

  it('is recorded by the central authority as received (sent), with its receipt', async () => {
    const res = await call(w.central, 'POST', '/api/cooperation/requests', incoming());
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json<CooperationRequestDetail>();
    expect(request).toMatchObject({
      direction: 'incoming',
      status: 'sent',
      sentAt: null,
      channel: 'DIPLOMATIC',
      foreignReference: 'SYNTH-TUN-2026-77',
    });
    expect(request.receivedAt).not.toBeNull();
    expect(request.dueOn).not.toBeNull();
    expect(request.events[0]).toMatchObject({
      type: 'received',
      channel: 'DIPLOMATIC',
      foreignReference: 'SYNTH-TUN-2026-77',
    });
  });

  it('cannot be recorded by a prosecutor', async () => {
    const res = await call(w.prosecutor, 'POST', '/api/cooperation/requests', incoming());
    expect(res.statusCode).toBe(403);
  });

  it('refuses a receipt in the future', async () => {
    const future = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const res = await call(
      w.central,
      'POST',
      '/api/cooperation/requests',
      incoming({ receivedAt: future }),
    );
    expect(res.statusCode).toBe(400);
  });

  it('is executed by the agency the central authority assigns, which then sees it', async () => {
    const created = (
      await call(w.central, 'POST', '/api/cooperation/requests', incoming())
    ).json<CooperationRequestDetail>();
    const path = `/api/cooperation/requests/${created.id}`;
    expect((await call(w.otherProsecutor, 'GET', path)).statusCode).toBe(404);
    const missingAgency = await call(w.central, 'POST', `${path}/start-execution`, { version: 1 });
    expect(missingAgency.statusCode).toBe(400);
    const started = await call(w.central, 'POST', `${path}/start-execution`, {
      version: 1,
      executingAgencyId: w.otherProsecution.id,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({
      status: 'in_execution',
      executingAgencyId: w.otherProsecution.id,
    });
    expect((await call(w.otherProsecutor, 'GET', path)).statusCode).toBe(200);
    const executed = await call(w.otherProsecutor, 'POST', `${path}/execute`, { version: 2 });
    expect(executed.statusCode, executed.body).toBe(200);
    expect(executed.json()).toMatchObject({ status: 'executed' });
  });

  it('cannot be checked, returned or sent', async () => {
    const created = (
      await call(w.central, 'POST', '/api/cooperation/requests', incoming())
    ).json<CooperationRequestDetail>();
    const bodies: Record<string, Record<string, unknown>> = {
      check: { version: 1 },
      return: { version: 1, reason: 'SYNTH reason' },
      send: { version: 1, channel: 'CENTRAL_AUTHORITY', transmissionReference: 'SYNTH-1' },
    };
    for (const [command, body] of Object.entries(bodies)) {
      const path = `/api/cooperation/requests/${created.id}/${command}`;
      const res = await call(w.central, 'POST', path, body);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code: `cooperation.cannot_${command}` } });
    }
  });
});

describe('who sees what', () => {
  async function ownedBy(agencyId: string, creator: TestUser, type = 'MLA') {
    return aCooperationRequest(t.db, t.sealer, {
      ownerAgencyId: agencyId,
      createdByUserId: creator.id,
      status: 'sent',
      type,
      measures: type === 'MLA' ? ['MLA_TAKE_EVIDENCE'] : [],
      dueOn: '2020-01-01',
    });
  }

  it('shows a request to its agency’s prosecutor and the central authority, not to another agency', async () => {
    const { id } = await ownedBy(w.prosecution.id, w.prosecutor);
    const path = `/api/cooperation/requests/${id}`;
    expect((await call(w.prosecutor, 'GET', path)).statusCode).toBe(200);
    expect((await call(w.central, 'GET', path)).statusCode).toBe(200);
    expect((await call(w.otherProsecutor, 'GET', path)).statusCode).toBe(404);
    expect((await call(w.foreignCentral, 'GET', path)).statusCode).toBe(404);
    expect((await call(w.caseWorker, 'GET', path)).statusCode).toBe(403);
    expect((await call(w.investigator, 'GET', path)).statusCode).toBe(403);
  });

  it('shows the national coordinator the request without its persons, and records that', async () => {
    const { id } = await ownedBy(w.prosecution.id, w.prosecutor);
    const res = await call(w.coordinator, 'GET', `/api/cooperation/requests/${id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json<CooperationRequestDetail>();
    expect(detail.contents.persons).toBeNull();
    expect(detail.contents.subjectMatter).toBe(COMPLETE_CONTENTS.subjectMatter);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'cooperation.read', details: { personsWithheld: true } }]);
    const write = await call(w.coordinator, 'POST', `/api/cooperation/requests/${id}/withdraw`, {
      version: 1,
    });
    expect(write.statusCode).toBe(403);
  });

  it('lists only what the actor may see, with the overdue flag and filters', async () => {
    const mine = await ownedBy(w.prosecution.id, w.prosecutor);
    const theirs = await ownedBy(w.otherProsecution.id, w.otherProsecutor);
    const police = await ownedBy(w.prosecution.id, w.investigator, 'INFORMATION_EXCHANGE');
    const ids = async (user: TestUser, query = '') =>
      (await call(user, 'GET', `/api/cooperation/requests?limit=200${query}`))
        .json<CooperationRequestList>()
        .items.map((item) => item.id);
    const prosecutorSees = await ids(w.prosecutor);
    expect(prosecutorSees).toEqual(expect.arrayContaining([mine.id, police.id]));
    expect(prosecutorSees).not.toContain(theirs.id);
    const investigatorSees = await ids(w.investigator);
    expect(investigatorSees).toContain(police.id);
    expect(investigatorSees).not.toContain(mine.id);
    expect(await ids(w.central)).toEqual(expect.arrayContaining([mine.id, theirs.id, police.id]));
    expect(await ids(w.foreignCentral)).not.toContain(mine.id);
    expect(await ids(w.central, '&type=INFORMATION_EXCHANGE')).toContain(police.id);
    expect(await ids(w.central, '&type=INFORMATION_EXCHANGE')).not.toContain(mine.id);
    expect(await ids(w.central, '&overdue=true')).toContain(mine.id);
    expect(await ids(w.central, '&overdue=false')).not.toContain(mine.id);
    expect(await ids(w.central, '&foreignCountry=SEN')).not.toContain(mine.id);
    const list = await call(w.prosecutor, 'GET', '/api/cooperation/requests?limit=200');
    const item = list.json<CooperationRequestList>().items.find((row) => row.id === mine.id);
    expect(item).toMatchObject({ isOverdue: true, dueOn: '2020-01-01' });
    expect(item?.daysOverdue).toBeGreaterThan(300);
  });

  it('refuses the list to a case worker', async () => {
    expect((await call(w.caseWorker, 'GET', '/api/cooperation/requests')).statusCode).toBe(403);
  });
});
