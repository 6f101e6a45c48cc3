import { beforeAll, describe, expect, it } from 'vitest';
import type { JitDetail, JitList, JitWorkspace } from '#shared/contracts/jit.js';
import type { Role } from '#shared/domain/roles.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { aJitAgreement } from '#test/factories/prosecutions.js';
import { auditActionsFor, auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';
import { expireJitAgreements } from './index.js';

const t = useTestApp();
const DAY_MS = 86_400_000;

let prosecutor: TestUser;
let colleague: TestUser;
let investigator: TestUser;
let authorityOfficer: TestUser;
let caseWorker: TestUser;
let foreignProsecutor: TestUser;

async function staff(agencyId: string, roles: Role[]) {
  return aUser(t.db, t.sealer, { agencyId, roles });
}

async function call(
  user: TestUser,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  payload?: Record<string, unknown>,
) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

const day = (offsetDays: number) =>
  new Date(t.clock.now().getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);

const PARTIES = [
  { countryCode: 'LBY', authority: 'SYNTH Public Prosecution of Libya' },
  { countryCode: 'TUN', authority: 'SYNTH Public Prosecution of Tunisia' },
];

async function create(overrides: Record<string, unknown> = {}) {
  const res = await call(prosecutor, 'POST', '/api/jit', {
    name: 'SYNTH Team Sahara',
    scope: 'SYNTH: a network moving people from the south to the coast',
    parties: PARTIES,
    startsOn: day(-1),
    endsOn: day(30),
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<JitDetail>();
}

/** An active agreement led by `prosecutor`, with `investigator` as a member. */
async function anActiveTeam(options: { endsOn?: string } = {}) {
  return aJitAgreement(t.db, t.sealer, {
    createdBy: prosecutor.id,
    members: [{ userId: prosecutor.id }, { userId: investigator.id }],
    now: t.clock.now(),
    ...(options.endsOn ? { endsOn: options.endsOn } : {}),
  });
}

async function agreementRow(id: string) {
  return t.db
    .selectFrom('jit_agreement')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  const office = await anAgency(t.db, { kind: 'prosecution' });
  const police = await anAgency(t.db, { kind: 'police' });
  const authority = await anAgency(t.db, { kind: 'central_authority' });
  const care = await anAgency(t.db, { kind: 'victim_services' });
  const foreign = await anAgency(t.db, { country: 'TUN', kind: 'prosecution' });
  prosecutor = await staff(office.id, ['prosecutor']);
  colleague = await staff(office.id, ['prosecutor']);
  investigator = await staff(police.id, ['investigator']);
  authorityOfficer = await staff(authority.id, ['central_authority_officer']);
  caseWorker = await staff(care.id, ['case_worker']);
  foreignProsecutor = await staff(foreign.id, ['prosecutor']);
});

describe('creating an agreement', () => {
  it('records a draft, seals its scope and makes its creator the leader', async () => {
    const agreement = await create();
    expect(agreement).toMatchObject({
      status: 'draft',
      myRole: 'leader',
      isWorkspaceOpen: false,
      scope: 'SYNTH: a network moving people from the south to the coast',
      parties: PARTIES,
      members: [expect.objectContaining({ userId: prosecutor.id, kind: 'local', role: 'leader' })],
    });
    expect(agreement.reference).toMatch(/^JIT-LBY-\d{4}-\d{6}$/);
    const row = await agreementRow(agreement.id);
    expect(row.scope_sealed.toString('latin1')).not.toContain('network');
    expect(await auditActionsFor(t.db, agreement.id)).toEqual(['jit.create', 'jit.read']);
  });

  it('refuses parties of one country, parties without this country, and reversed dates', async () => {
    const before = await auditRowCount(t.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ parties: [PARTIES[0], PARTIES[0]] }, 'jit.parties_need_two_countries'],
      [
        { parties: [PARTIES[1], { countryCode: 'NER', authority: 'SYNTH' }] },
        'jit.parties_must_include_node',
      ],
      [{ startsOn: day(10), endsOn: day(5) }, 'jit.ends_before_start'],
      [{ coopRequestId: '0190a000-0000-7000-8000-000000000000' }, 'jit.unknown_coop_request'],
    ];
    for (const [overrides, code] of cases) {
      const res = await call(prosecutor, 'POST', '/api/jit', {
        name: 'SYNTH',
        scope: 'SYNTH',
        parties: PARTIES,
        startsOn: day(0),
        endsOn: day(10),
        ...overrides,
      });
      expect(res.statusCode, code).toBe(400);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await auditRowCount(t.db)).toBe(before);
  });

  it('is for prosecutors and central authority officers', async () => {
    const res = await call(authorityOfficer, 'POST', '/api/jit', {
      name: 'SYNTH',
      scope: 'SYNTH',
      parties: PARTIES,
      startsOn: day(0),
      endsOn: day(10),
    });
    expect(res.statusCode).toBe(201);
    for (const user of [investigator, caseWorker]) {
      expect((await call(user, 'POST', '/api/jit', {})).statusCode).toBe(403);
    }
  });
});

describe('the agreement lifecycle', () => {
  it('activates a signed draft within its duration', async () => {
    const agreement = await create();
    const res = await call(prosecutor, 'POST', `/api/jit/${agreement.id}/activate`, {
      signedOn: day(0),
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<JitDetail>()).toMatchObject({
      status: 'active',
      signedOn: day(0),
      isWorkspaceOpen: true,
      version: 2,
    });
  });

  it('refuses invalid activations, changing nothing', async () => {
    const future = await create({ startsOn: day(5), endsOn: day(30) });
    const active = await anActiveTeam();
    const cases: [string, Record<string, unknown>, number, string][] = [
      [future.id, { signedOn: day(0), version: 1 }, 409, 'jit.outside_duration'],
      [future.id, { signedOn: day(1), version: 1 }, 400, 'jit.signed_in_future'],
      [active.id, { signedOn: day(0), version: 1 }, 409, 'jit.cannot_activate'],
    ];
    const before = {
      future: await agreementRow(future.id),
      active: await agreementRow(active.id),
      audit: await auditRowCount(t.db),
    };
    for (const [id, payload, status, code] of cases) {
      const res = await call(prosecutor, 'POST', `/api/jit/${id}/activate`, payload);
      expect(res.statusCode, code).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await agreementRow(future.id)).toEqual(before.future);
    expect(await agreementRow(active.id)).toEqual(before.active);
    expect(await auditRowCount(t.db)).toBe(before.audit);
  });

  it('extends an active agreement to a later date, keeping the history', async () => {
    const team = await anActiveTeam();
    const row = await agreementRow(team.id);
    const refused = await call(prosecutor, 'POST', `/api/jit/${team.id}/extend`, {
      newEndsOn: row.ends_on,
      reason: 'SYNTH',
      version: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: 'jit.extension_not_later' } });
    const res = await call(prosecutor, 'POST', `/api/jit/${team.id}/extend`, {
      newEndsOn: day(200),
      reason: 'SYNTH: new suspects identified abroad',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<JitDetail>()).toMatchObject({
      endsOn: day(200),
      extensions: [
        {
          previousEndsOn: row.ends_on,
          newEndsOn: day(200),
          reason: 'SYNTH: new suspects identified abroad',
        },
      ],
    });
  });

  it('terminates an active agreement, closing the workspace; a second termination is refused', async () => {
    const team = await anActiveTeam();
    const res = await call(prosecutor, 'POST', `/api/jit/${team.id}/terminate`, {
      reason: 'SYNTH: objectives met',
      version: 1,
    });
    expect(res.json<JitDetail>()).toMatchObject({
      status: 'terminated',
      terminationReason: 'SYNTH: objectives met',
      isWorkspaceOpen: false,
    });
    const again = await call(prosecutor, 'POST', `/api/jit/${team.id}/terminate`, {
      reason: 'SYNTH',
      version: 2,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'jit.agreement_not_active', messageKey: 'errors.jitAgreementNotActive' },
    });
    const workspace = await call(investigator, 'GET', `/api/jit/${team.id}/workspace`);
    expect(workspace.statusCode).toBe(403);
    expect(workspace.json()).toMatchObject({ error: { code: 'jit.agreement_not_active' } });
  });

  it('leaves lifecycle commands to leaders who are prosecutors or central authority officers', async () => {
    const team = await anActiveTeam();
    const res = await call(investigator, 'POST', `/api/jit/${team.id}/terminate`, {
      reason: 'SYNTH',
      version: 1,
    });
    expect(res.statusCode).toBe(403);
    const member = await aJitAgreement(t.db, t.sealer, {
      createdBy: prosecutor.id,
      members: [{ userId: prosecutor.id }, { userId: colleague.id, role: 'member' }],
      now: t.clock.now(),
    });
    const byMember = await call(colleague, 'POST', `/api/jit/${member.id}/terminate`, {
      reason: 'SYNTH',
      version: 1,
    });
    expect(byMember.statusCode).toBe(403);
  });
});

describe('team members', () => {
  it('adds local staff and officers of the other party, and removes them', async () => {
    const team = await anActiveTeam();
    const local = await call(prosecutor, 'POST', `/api/jit/${team.id}/members`, {
      kind: 'local',
      userId: authorityOfficer.id,
      role: 'member',
    });
    expect(local.statusCode, local.body).toBe(201);
    const external = await call(prosecutor, 'POST', `/api/jit/${team.id}/members`, {
      kind: 'external',
      name: 'SYNTH Officer Ben Synth',
      countryCode: 'TUN',
      organisation: 'SYNTH Tunisian Judicial Police',
      role: 'seconded',
    });
    const members = external.json<JitDetail>().members;
    expect(members.find((member) => member.kind === 'external')).toMatchObject({
      name: 'SYNTH Officer Ben Synth',
      countryCode: 'TUN',
      role: 'seconded',
      userId: null,
    });
    const officer = members.find((member) => member.userId === authorityOfficer.id);
    const removed = await call(
      prosecutor,
      'DELETE',
      `/api/jit/${team.id}/members/${officer?.id ?? ''}`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<JitDetail>().members.map((member) => member.userId)).not.toContain(
      authorityOfficer.id,
    );
    const after = await call(authorityOfficer, 'GET', `/api/jit/${team.id}`);
    expect(after.statusCode).toBe(404);
  });

  it('refuses ineligible members and keeps the last leader', async () => {
    const team = await anActiveTeam();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ kind: 'local', userId: caseWorker.id, role: 'member' }, 400, 'jit.member_not_eligible'],
      [
        { kind: 'local', userId: foreignProsecutor.id, role: 'member' },
        400,
        'jit.member_not_eligible',
      ],
      [{ kind: 'local', userId: investigator.id, role: 'member' }, 409, 'jit.already_member'],
      [
        {
          kind: 'external',
          name: 'SYNTH',
          countryCode: 'NER',
          organisation: 'SYNTH',
          role: 'member',
        },
        400,
        'jit.member_country_not_party',
      ],
    ];
    const before = await auditRowCount(t.db);
    for (const [payload, status, code] of cases) {
      const res = await call(prosecutor, 'POST', `/api/jit/${team.id}/members`, payload);
      expect(res.statusCode, code).toBe(status);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    const lastLeader = await call(
      prosecutor,
      'DELETE',
      `/api/jit/${team.id}/members/${team.memberIds[0] ?? ''}`,
    );
    expect(lastLeader.statusCode).toBe(409);
    expect(lastLeader.json()).toMatchObject({ error: { code: 'jit.last_leader' } });
    expect(await auditRowCount(t.db)).toBe(before);
  });
});

describe('the shared workspace', () => {
  it('is readable and writable by local members while the agreement is in force; reads are audited', async () => {
    const team = await anActiveTeam();
    const written = await call(investigator, 'POST', `/api/jit/${team.id}/workspace`, {
      kind: 'note',
      body: 'SYNTH: the van crossed at the southern post on Tuesday',
    });
    expect(written.statusCode, written.body).toBe(201);
    const res = await call(prosecutor, 'GET', `/api/jit/${team.id}/workspace`);
    expect(res.statusCode).toBe(200);
    expect(res.json<JitWorkspace>().items).toEqual([
      expect.objectContaining({
        kind: 'note',
        body: 'SYNTH: the van crossed at the southern post on Tuesday',
        authorOrganisation: 'SYNTH Agency',
      }),
    ]);
    const actions = await auditActionsFor(t.db, team.id);
    expect(actions).toEqual(['jit.write_workspace', 'jit.read_workspace', 'jit.read_workspace']);
    const entry = await t.db
      .selectFrom('jit_workspace_entry')
      .select('body_sealed')
      .where('agreement_id', '=', team.id)
      .executeTakeFirstOrThrow();
    expect(entry.body_sealed.toString('latin1')).not.toContain('southern post');
  });

  it('does not exist for non-members: another prosecutor of the office or of another country', async () => {
    const team = await anActiveTeam();
    for (const user of [colleague, foreignProsecutor]) {
      expect((await call(user, 'GET', `/api/jit/${team.id}/workspace`)).statusCode).toBe(404);
      expect((await call(user, 'GET', `/api/jit/${team.id}`)).statusCode).toBe(404);
    }
    const list = await call(colleague, 'GET', '/api/jit?limit=200');
    expect(list.json<JitList>().items.map((item) => item.id)).not.toContain(team.id);
  });

  it('is closed before activation', async () => {
    const agreement = await create();
    const res = await call(prosecutor, 'GET', `/api/jit/${agreement.id}/workspace`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'jit.agreement_not_active' } });
  });

  // Moves the app clock past the end of the agreement: keep this test last in the file.
  it('closes when the agreement expires, at read time and in the stored status', async () => {
    const team = await anActiveTeam({ endsOn: day(2) });
    expect((await call(investigator, 'GET', `/api/jit/${team.id}/workspace`)).statusCode).toBe(200);
    t.clock.advanceMs(3 * DAY_MS);
    const before = await auditRowCount(t.db);
    for (const [method, payload] of [
      ['GET', undefined],
      ['POST', { kind: 'note', body: 'SYNTH: too late' }],
    ] as const) {
      const res = await call(investigator, method, `/api/jit/${team.id}/workspace`, payload);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'jit.agreement_not_active' } });
    }
    expect(await auditRowCount(t.db)).toBe(before);
    const read = await call(prosecutor, 'GET', `/api/jit/${team.id}`);
    expect(read.json<JitDetail>()).toMatchObject({ status: 'expired', isWorkspaceOpen: false });
    const listed = await call(prosecutor, 'GET', '/api/jit?status=expired&limit=200');
    expect(listed.json<JitList>().items.map((item) => item.id)).toContain(team.id);
    const extend = await call(prosecutor, 'POST', `/api/jit/${team.id}/extend`, {
      newEndsOn: day(100),
      reason: 'SYNTH',
      version: 1,
    });
    expect(extend.statusCode).toBe(409);

    expect(await expireJitAgreements(t.db, t.clock.now())).toBeGreaterThanOrEqual(1);
    expect((await agreementRow(team.id)).status).toBe('expired');
    expect(await auditActionsFor(t.db, team.id)).toContain('jit.expire');
    expect(await expireJitAgreements(t.db, t.clock.now())).toBe(0);
  });
});
