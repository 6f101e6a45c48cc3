import { beforeAll, describe, expect, it } from 'vitest';
import type {
  InvestigationDetail,
  InvestigationList,
  TeamList,
} from '#shared/contracts/investigations.js';
import {
  INVESTIGATION_COMMANDS,
  INVESTIGATION_STATUSES,
  nextInvestigationStatus,
} from '#shared/domain/investigation.js';
import type { Role } from '#shared/domain/roles.js';
import {
  anAgency,
  aRoutingRule,
  aTip,
  aUser,
  sessionFor,
  type TestUser,
} from '#test/factories/index.js';
import { anInvestigation } from '#test/factories/investigations.js';
import { auditActionsFor, auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
async function call(user: TestUser, method: Method, url: string, payload?: object) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

let police: { id: string };
let otherPolice: { id: string };
let lead: TestUser;
let colleague: TestUser;
const staff = (agencyId: string, roles: Role[]) => aUser(t.db, t.sealer, { agencyId, roles });

async function openFile(by: TestUser = lead) {
  const res = await call(by, 'POST', '/api/investigations', {
    title: 'SYNTH network along the coast road',
    summary: 'SYNTH: recruiters promise work abroad',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<InvestigationDetail>();
}

const rowOf = (id: string) =>
  t.db.selectFrom('investigation').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

beforeAll(async () => {
  police = await anAgency(t.db, { kind: 'police' });
  otherPolice = await anAgency(t.db, { kind: 'police' });
  lead = await staff(police.id, ['investigator']);
  colleague = await staff(police.id, ['investigator']);
});

describe('opening and reading investigation files', () => {
  it('opens a file led by the actor agency, with the opener as team lead, sealed summary', async () => {
    const file = await openFile();
    expect(file.reference).toMatch(/^INV-LBY-\d{4}-\d{6}$/);
    expect(file).toMatchObject({ status: 'open', agencyId: police.id, myTeamRole: 'lead' });
    expect(file.summary).toBe('SYNTH: recruiters promise work abroad');
    expect(file.team).toEqual([expect.objectContaining({ userId: lead.id, teamRole: 'lead' })]);
    const row = await rowOf(file.id);
    expect(row.summary_sealed?.toString('utf8')).not.toContain('recruiters');
    expect(await auditActionsFor(t.db, file.id)).toEqual([
      'investigation.create',
      'investigation.read',
    ]);
  });

  it('refuses a file to a colleague of the same agency who is not on the team (404)', async () => {
    const file = await openFile();
    const res = await call(colleague, 'GET', `/api/investigations/${file.id}`);
    expect(res.statusCode).toBe(404);
  });

  it('refuses a file to the national coordinator, who is not on the team', async () => {
    const file = await openFile();
    const coordinator = await staff(police.id, ['national_coordinator', 'investigator']);
    expect((await call(coordinator, 'GET', `/api/investigations/${file.id}`)).statusCode).toBe(404);
  });

  it('audits every read of a file by a team member', async () => {
    const file = await openFile();
    const res = await call(lead, 'GET', `/api/investigations/${file.id}`);
    expect(res.statusCode).toBe(200);
    expect(
      (await auditActionsFor(t.db, file.id)).filter((a) => a === 'investigation.read'),
    ).toHaveLength(2);
  });

  it('lists only the files the caller is on the team of, filtered by status', async () => {
    const mine = await openFile();
    const theirs = await openFile(colleague);
    const res = await call(lead, 'GET', '/api/investigations?limit=200');
    const ids = res.json<InvestigationList>().items.map((item) => item.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const closed = await call(lead, 'GET', '/api/investigations?status=closed&limit=200');
    expect(closed.json<InvestigationList>().items.map((item) => item.id)).not.toContain(mine.id);
  });

  it('refuses the file list to a case worker and to the national coordinator (403)', async () => {
    for (const role of ['case_worker', 'national_coordinator'] as const) {
      const user = await staff(police.id, [role]);
      expect((await call(user, 'GET', '/api/investigations')).statusCode).toBe(403);
    }
  });

  it('changes title and summary with the version the client saw, refusing a stale one', async () => {
    const file = await openFile();
    const url = `/api/investigations/${file.id}`;
    const ok = await call(lead, 'PATCH', url, { title: 'SYNTH renamed', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<InvestigationDetail>()).toMatchObject({ title: 'SYNTH renamed', version: 2 });
    const stale = await call(lead, 'PATCH', url, { summary: 'SYNTH late', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'version_conflict' } });
  });
});

describe('the investigation team', () => {
  it('lets the lead add an eligible colleague, who then reads the file', async () => {
    const file = await openFile();
    const prosecutor = await staff(otherPolice.id, ['prosecutor']);
    const res = await call(lead, 'POST', `/api/investigations/${file.id}/members`, {
      userId: prosecutor.id,
      teamRole: 'member',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TeamList>().items.map((m) => m.userId)).toEqual([lead.id, prosecutor.id]);
    expect((await call(prosecutor, 'GET', `/api/investigations/${file.id}`)).statusCode).toBe(200);
  });

  it('refuses a member who is not a lead to manage the team (403)', async () => {
    const file = await openFile();
    await call(lead, 'POST', `/api/investigations/${file.id}/members`, {
      userId: colleague.id,
      teamRole: 'member',
    });
    const analyst = await staff(police.id, ['analyst']);
    const res = await call(colleague, 'POST', `/api/investigations/${file.id}/members`, {
      userId: analyst.id,
      teamRole: 'member',
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses to add a case worker, an inactive user or a user of another country (400)', async () => {
    const file = await openFile();
    const foreign = await anAgency(t.db, { country: 'TUN' });
    const inactive = await staff(police.id, ['investigator']);
    await t.db
      .updateTable('app_user')
      .set({ is_active: false })
      .where('id', '=', inactive.id)
      .execute();
    const candidates = [
      await staff(police.id, ['case_worker']),
      inactive,
      await staff(foreign.id, ['investigator']),
    ];
    for (const user of candidates) {
      const res = await call(lead, 'POST', `/api/investigations/${file.id}/members`, {
        userId: user.id,
        teamRole: 'member',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { details: { fields: [expect.objectContaining({ path: 'body.userId' })] } },
      });
    }
  });

  it('never removes or demotes the last lead (409), but hands over to a second lead', async () => {
    const file = await openFile();
    const remove = () => call(lead, 'DELETE', `/api/investigations/${file.id}/members/${lead.id}`);
    expect((await remove()).statusCode).toBe(409);
    const demote = await call(lead, 'POST', `/api/investigations/${file.id}/members`, {
      userId: lead.id,
      teamRole: 'member',
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ error: { messageKey: 'errors.investigationLastLead' } });
    await call(lead, 'POST', `/api/investigations/${file.id}/members`, {
      userId: colleague.id,
      teamRole: 'lead',
    });
    const res = await remove();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TeamList>().items).toEqual([
      expect.objectContaining({ userId: colleague.id, teamRole: 'lead' }),
    ]);
  });
});

describe('the investigation status lifecycle', () => {
  it('suspends, resumes and closes with the version, recording each change', async () => {
    const file = await openFile();
    const url = (command: string) => `/api/investigations/${file.id}/${command}`;
    expect((await call(lead, 'POST', url('suspend'), { version: 1 })).statusCode).toBe(200);
    expect((await call(lead, 'POST', url('resume'), { version: 2 })).statusCode).toBe(200);
    const closed = await call(lead, 'POST', url('close'), { version: 3 });
    expect(closed.json<InvestigationDetail>()).toMatchObject({ status: 'closed', version: 4 });
    expect((await rowOf(file.id)).closed_at).not.toBeNull();
    const changes = await t.db
      .selectFrom('investigation_status_change')
      .select(['from_status', 'to_status'])
      .where('investigation_id', '=', file.id)
      .orderBy('occurred_at')
      .execute();
    expect(changes.map((c) => `${c.from_status}>${c.to_status}`)).toEqual([
      'open>suspended',
      'suspended>open',
      'open>closed',
    ]);
  });

  for (const status of INVESTIGATION_STATUSES) {
    for (const command of INVESTIGATION_COMMANDS) {
      if (nextInvestigationStatus(status, command) !== null) continue;
      it(`refuses to ${command} a file that is ${status} (409), changing nothing`, async () => {
        const file = await anInvestigation(t.db, {
          agencyId: police.id,
          leadUserId: lead.id,
          status,
        });
        const before = await rowOf(file.id);
        const audits = await auditRowCount(t.db);
        const res = await call(lead, 'POST', `/api/investigations/${file.id}/${command}`, {
          version: 1,
        });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ error: { code: `investigation.cannot_${command}` } });
        expect(await rowOf(file.id)).toEqual(before);
        expect(await auditRowCount(t.db)).toBe(audits);
      });
    }
  }

  it('refuses a status command from a member who is not a lead (403)', async () => {
    const file = await anInvestigation(t.db, {
      agencyId: police.id,
      leadUserId: lead.id,
      members: [{ userId: colleague.id }],
    });
    const res = await call(colleague, 'POST', `/api/investigations/${file.id}/close`, {
      version: 1,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses new content on a closed file (409), changing nothing', async () => {
    const file = await anInvestigation(t.db, {
      agencyId: police.id,
      leadUserId: lead.id,
      status: 'closed',
    });
    const audits = await auditRowCount(t.db);
    const res = await call(lead, 'POST', `/api/investigations/${file.id}/offences`, {
      code: 'trafficking_in_persons',
      lawArticle: 'Law 2/2010 art. 3',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { messageKey: 'errors.investigationClosed' } });
    expect(await auditRowCount(t.db)).toBe(audits);
  });
});

describe('the content of a file', () => {
  it('records offences, persons, networks, a dated timeline and locations, all in the file', async () => {
    const file = await openFile();
    const base = `/api/investigations/${file.id}`;
    const offence = { code: 'trafficking_in_persons', lawArticle: 'Law 2/2010 art. 3' };
    expect((await call(lead, 'POST', `${base}/offences`, offence)).statusCode).toBe(201);
    expect((await call(lead, 'POST', `${base}/offences`, offence)).statusCode).toBe(409);
    const person = await call(lead, 'POST', `${base}/persons`, {
      role: 'person_of_interest',
      identity: { names: [{ script: 'latn', value: 'SYNTH Recruiter' }] },
    });
    expect(person.statusCode, person.body).toBe(201);
    const personId = person.json<{ id: string }>().id;
    const network = await call(lead, 'POST', `${base}/organisations`, {
      name: 'SYNTH coastal network',
      kind: 'network',
      countryCode: 'LBY',
      notes: 'SYNTH: runs two safe houses',
      memberPersonIds: [personId],
    });
    expect(network.statusCode, network.body).toBe(201);
    for (const [occurredOn, kind] of [
      ['2026-03-02', 'transport'],
      ['2026-01-15', 'recruitment'],
    ] as const) {
      const res = await call(lead, 'POST', `${base}/events`, {
        occurredOn,
        kind,
        place: 'SYNTH bus station',
        description: 'SYNTH: group moved at night',
        personIds: [personId],
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const place = await call(lead, 'POST', `${base}/locations`, {
      label: 'SYNTH warehouse near the port',
      kind: 'exploitation_site',
      address: 'SYNTH street 9',
    });
    expect(place.statusCode, place.body).toBe(201);
    const detail = (await call(lead, 'GET', base)).json<InvestigationDetail>();
    expect(detail.offences).toHaveLength(1);
    expect(detail.persons[0]?.identity.names[0]?.value).toBe('SYNTH Recruiter');
    expect(detail.organisations[0]).toMatchObject({ memberPersonIds: [personId] });
    expect(detail.events.map((e) => e.kind)).toEqual(['recruitment', 'transport']);
    expect(detail.locations[0]).toMatchObject({ address: 'SYNTH street 9' });
  });

  it('refuses a network or event naming a person of another file (400)', async () => {
    const file = await openFile();
    const other = await openFile();
    const person = await call(lead, 'POST', `/api/investigations/${other.id}/persons`, {
      role: 'witness',
      identity: { names: [{ script: 'latn', value: 'SYNTH Witness' }] },
    });
    const res = await call(lead, 'POST', `/api/investigations/${file.id}/organisations`, {
      name: 'SYNTH network',
      kind: 'network',
      memberPersonIds: [person.json<{ id: string }>().id],
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('leads from tips', () => {
  it('links a tip the investigator may read, once, showing reference and status only', async () => {
    await aRoutingRule(t.db, { agencyId: police.id });
    const tip = await aTip(t.db, t.sealer, t.clock.now());
    const file = await openFile();
    const res = await call(lead, 'POST', `/api/investigations/${file.id}/leads`, { tipId: tip.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ tipId: tip.id, tipStatus: 'new' });
    expect(res.body).not.toContain('locked room');
    const again = await call(lead, 'POST', `/api/investigations/${file.id}/leads`, {
      tipId: tip.id,
    });
    expect(again.statusCode).toBe(409);
  });

  it('answers 404 for a tip routed to another agency', async () => {
    await aRoutingRule(t.db, { agencyId: otherPolice.id });
    const tip = await aTip(t.db, t.sealer, t.clock.now());
    const file = await openFile();
    const res = await call(lead, 'POST', `/api/investigations/${file.id}/leads`, { tipId: tip.id });
    expect(res.statusCode).toBe(404);
    await aRoutingRule(t.db, { agencyId: police.id });
  });
});
