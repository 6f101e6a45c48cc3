import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ProsecutionDetail,
  ProsecutionList,
  ProsecutionOverview,
} from '#shared/contracts/prosecutions.js';
import type { Role } from '#shared/domain/roles.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { aCharge, aDefendant, aProsecution } from '#test/factories/prosecutions.js';
import { auditActionsFor, auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

type World = {
  officeId: string;
  lead: TestUser;
  colleague: TestUser;
  otherOfficeProsecutor: TestUser;
  coordinator: TestUser;
  caseWorker: TestUser;
  investigator: TestUser;
  foreignProsecutor: TestUser;
};
let w: World;

async function staff(agencyId: string, roles: Role[]) {
  return aUser(t.db, t.sealer, { agencyId, roles });
}

async function call(
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

async function open(title = 'SYNTH port network') {
  const res = await call(w.lead, 'POST', '/api/prosecutions', {
    title,
    courtName: 'SYNTH Criminal Court of Tripoli',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ProsecutionDetail>();
}

async function rowOf(id: string) {
  return t.db.selectFrom('prosecution').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function moveStage(id: string, payload: Record<string, unknown>, user = w.lead) {
  return call(user, 'POST', `/api/prosecutions/${id}/stage`, payload);
}

beforeAll(async () => {
  const office = await anAgency(t.db, { kind: 'prosecution' });
  const otherOffice = await anAgency(t.db, { kind: 'prosecution' });
  const secretariat = await anAgency(t.db, { kind: 'ministry' });
  const care = await anAgency(t.db, { kind: 'victim_services' });
  const police = await anAgency(t.db, { kind: 'police' });
  const foreign = await anAgency(t.db, { country: 'TUN', kind: 'prosecution' });
  w = {
    officeId: office.id,
    lead: await staff(office.id, ['prosecutor']),
    colleague: await staff(office.id, ['prosecutor']),
    otherOfficeProsecutor: await staff(otherOffice.id, ['prosecutor']),
    coordinator: await staff(secretariat.id, ['national_coordinator']),
    caseWorker: await staff(care.id, ['case_worker']),
    investigator: await staff(police.id, ['investigator']),
    foreignProsecutor: await staff(foreign.id, ['prosecutor']),
  };
});

describe('opening a prosecution', () => {
  it('opens a file in the prosecutor own office, with the opener leading the team', async () => {
    const file = await open();
    expect(file).toMatchObject({
      access: 'member',
      stage: 'investigation',
      agencyId: w.officeId,
      courtName: 'SYNTH Criminal Court of Tripoli',
      isMember: true,
      defendantCount: 0,
      version: 1,
    });
    expect(file.reference).toMatch(/^PROS-LBY-\d{4}-\d{6}$/);
    expect(file.members).toEqual([
      expect.objectContaining({ userId: w.lead.id, teamRole: 'lead' }),
    ]);
    expect(file.events.map((event) => event.type)).toEqual(['opened']);
    expect(await auditActionsFor(t.db, file.id)).toEqual([
      'prosecution.create',
      'prosecution.read',
    ]);
  });

  it('refuses an investigation that does not exist in the country, creating nothing', async () => {
    const before = await auditRowCount(t.db);
    const res = await call(w.lead, 'POST', '/api/prosecutions', {
      title: 'SYNTH',
      investigationId: '0190a000-0000-7000-8000-000000000000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'prosecution.unknown_investigation' } });
    expect(await auditRowCount(t.db)).toBe(before);
  });

  it('is for prosecutors only', async () => {
    for (const user of [w.coordinator, w.caseWorker, w.investigator]) {
      const res = await call(user, 'POST', '/api/prosecutions', { title: 'SYNTH' });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('the timeline', () => {
  it('is append-only', async () => {
    const file = await open();
    const events = () =>
      t.db.updateTable('prosecution_event').where('prosecution_id', '=', file.id);
    await expect(events().set({ type: 'tampered' }).execute()).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom('prosecution_event').where('prosecution_id', '=', file.id).execute(),
    ).rejects.toThrow(/append-only/);
  });
});

describe('need-to-know', () => {
  it('lists only the files of the caller team', async () => {
    const mine = await open('SYNTH mine');
    const theirs = await aProsecution(t.db, {
      agencyId: w.officeId,
      openedBy: w.colleague.id,
      memberIds: [w.colleague.id],
    });
    const res = await call(w.lead, 'GET', '/api/prosecutions?limit=200');
    expect(res.statusCode).toBe(200);
    const ids = res.json<ProsecutionList>().items.map((item) => item.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });

  it('hides a file from a prosecutor of the same office who is not on the team (404)', async () => {
    const file = await open();
    expect((await call(w.colleague, 'GET', `/api/prosecutions/${file.id}`)).statusCode).toBe(404);
    const res = await moveStage(file.id, { to: 'indictment', version: 1 }, w.colleague);
    expect(res.statusCode).toBe(404);
  });

  it('hides a file from prosecutors of another country (404)', async () => {
    const file = await open();
    const res = await call(w.foreignProsecutor, 'GET', `/api/prosecutions/${file.id}`);
    expect(res.statusCode).toBe(404);
  });

  // The platform refuses a role that can never perform an action before any lookup, so the
  // answer is the same 403 whether the file exists or not: it confirms nothing.
  it('never shows anything to a case worker: 403 on the list and on any file', async () => {
    const file = await open();
    expect((await call(w.caseWorker, 'GET', '/api/prosecutions')).statusCode).toBe(403);
    for (const id of [file.id, '0190a000-0000-7000-8000-000000000000']) {
      const res = await call(w.caseWorker, 'GET', `/api/prosecutions/${id}`);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain(file.reference);
    }
  });

  it('hides files from investigators (deny by default)', async () => {
    const file = await open();
    expect((await call(w.investigator, 'GET', '/api/prosecutions')).statusCode).toBe(403);
    const res = await call(w.investigator, 'GET', `/api/prosecutions/${file.id}`);
    expect(res.statusCode).toBe(403);
  });

  it('opens the file to a prosecutor of another office once added to the team', async () => {
    const file = await open();
    const added = await call(w.lead, 'POST', `/api/prosecutions/${file.id}/members`, {
      userId: w.otherOfficeProsecutor.id,
    });
    expect(added.statusCode, added.body).toBe(201);
    const res = await call(w.otherOfficeProsecutor, 'GET', `/api/prosecutions/${file.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<ProsecutionDetail>().access).toBe('member');
  });

  it('adds only active prosecutors of the country, once', async () => {
    const file = await open();
    for (const userId of [w.caseWorker.id, w.foreignProsecutor.id]) {
      const res = await call(w.lead, 'POST', `/api/prosecutions/${file.id}/members`, { userId });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'prosecution.member_not_prosecutor' } });
    }
    const res = await call(w.lead, 'POST', `/api/prosecutions/${file.id}/members`, {
      userId: w.lead.id,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('the national coordinator', () => {
  it('lists every file of the country and reads stage and counts, never identities', async () => {
    const file = await open();
    const defendant = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: w.lead.id,
    });
    await aCharge(t.db, {
      prosecutionId: file.id,
      defendantId: defendant.id,
      filedBy: w.lead.id,
    });
    const list = await call(w.coordinator, 'GET', '/api/prosecutions?limit=200');
    const item = list.json<ProsecutionList>().items.find((candidate) => candidate.id === file.id);
    expect(item).toMatchObject({ isMember: false, defendantCount: 1, chargeCount: 1 });

    const res = await call(w.coordinator, 'GET', `/api/prosecutions/${file.id}`);
    expect(res.statusCode).toBe(200);
    const overview = res.json<ProsecutionOverview>();
    expect(overview).toMatchObject({
      access: 'overview',
      stage: 'investigation',
      defendantCount: 1,
    });
    expect(res.body).not.toContain('Karim');
    expect(res.body).not.toContain('كريم');
    expect(Object.keys(overview)).not.toContain('defendants');
    expect(await auditActionsFor(t.db, file.id)).toContain('prosecution.read');
  });

  it('cannot change a file (403)', async () => {
    const file = await open();
    const res = await moveStage(file.id, { to: 'indictment', version: 1 }, w.coordinator);
    expect(res.statusCode).toBe(403);
  });

  it('does not see the files of another country', async () => {
    const foreignAgency = await anAgency(t.db, { country: 'TUN', kind: 'prosecution' });
    const foreign = await aProsecution(t.db, {
      agencyId: foreignAgency.id,
      openedBy: w.foreignProsecutor.id,
      memberIds: [w.foreignProsecutor.id],
      country: 'TUN',
    });
    const res = await call(w.coordinator, 'GET', `/api/prosecutions/${foreign.id}`);
    expect(res.statusCode).toBe(404);
    const list = await call(w.coordinator, 'GET', '/api/prosecutions?limit=200');
    expect(list.json<ProsecutionList>().items.map((item) => item.id)).not.toContain(foreign.id);
  });
});

describe('the stage machine', () => {
  it('moves investigation → indictment → trial, and closes with a reason', async () => {
    const file = await open();
    const indicted = await moveStage(file.id, { to: 'indictment', version: 1 });
    expect(indicted.statusCode, indicted.body).toBe(200);
    const trial = await moveStage(file.id, { to: 'trial', version: 2 });
    expect(trial.json<ProsecutionDetail>().stage).toBe('trial');
    const closed = await moveStage(file.id, { to: 'closed', reason: 'discontinued', version: 3 });
    expect(closed.json<ProsecutionDetail>()).toMatchObject({
      stage: 'closed',
      closingReason: 'discontinued',
      version: 4,
    });
    const events = closed
      .json<ProsecutionDetail>()
      .events.filter((e) => e.type === 'stage_changed');
    expect(events.map((event) => event.details)).toEqual([
      { from: 'investigation', to: 'indictment', reason: null },
      { from: 'indictment', to: 'trial', reason: null },
      { from: 'trial', to: 'closed', reason: 'discontinued' },
    ]);
  });

  it('refuses an appeal without a verdict, then allows it once one exists', async () => {
    const file = await aProsecution(t.db, {
      agencyId: w.officeId,
      openedBy: w.lead.id,
      memberIds: [w.lead.id],
      stage: 'trial',
    });
    const refused = await moveStage(file.id, { to: 'appeal', version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: { code: 'prosecution.appeal_requires_verdict' },
    });
    const defendant = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: w.lead.id,
    });
    const charge = await aCharge(t.db, {
      prosecutionId: file.id,
      defendantId: defendant.id,
      filedBy: w.lead.id,
    });
    const verdict = await call(
      w.lead,
      'POST',
      `/api/prosecutions/${file.id}/defendants/${defendant.id}/verdict`,
      {
        outcome: 'convicted',
        decidedOn: '2026-11-20',
        courtLevel: 'first_instance',
        charges: [{ chargeId: charge.id, outcome: 'convicted' }],
      },
    );
    expect(verdict.statusCode, verdict.body).toBe(201);
    const appeal = await moveStage(file.id, { to: 'appeal', version: 1 });
    expect(appeal.statusCode, appeal.body).toBe(200);
  });

  it('refuses every invalid move with 409 and changes nothing', async () => {
    const file = await open();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ to: 'trial', version: 1 }, 409, 'prosecution.invalid_stage_transition'],
      [{ to: 'appeal', version: 1 }, 409, 'prosecution.invalid_stage_transition'],
      [{ to: 'investigation', version: 1 }, 409, 'prosecution.invalid_stage_transition'],
      [{ to: 'closed', version: 1 }, 400, 'prosecution.closing_reason_required'],
      [{ to: 'indictment', version: 7 }, 409, 'version_conflict'],
    ];
    const before = { row: await rowOf(file.id), audit: await auditRowCount(t.db) };
    for (const [payload, status, code] of cases) {
      const res = await moveStage(file.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await rowOf(file.id)).toEqual(before.row);
    expect(await auditRowCount(t.db)).toBe(before.audit);
  });

  it('keeps a closed file closed and refuses new records on it', async () => {
    const file = await aProsecution(t.db, {
      agencyId: w.officeId,
      openedBy: w.lead.id,
      memberIds: [w.lead.id],
      stage: 'closed',
    });
    const before = await auditRowCount(t.db);
    const reopen = await moveStage(file.id, { to: 'trial', version: 1 });
    expect(reopen.statusCode).toBe(409);
    const hearing = await call(w.lead, 'POST', `/api/prosecutions/${file.id}/hearings`, {
      kind: 'trial',
      scheduledAt: '2027-01-10T09:00:00Z',
    });
    expect(hearing.statusCode).toBe(409);
    expect(hearing.json()).toMatchObject({ error: { code: 'prosecution.closed' } });
    expect(await auditRowCount(t.db)).toBe(before);
  });
});
