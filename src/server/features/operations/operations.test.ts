import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OperationDetail, OperationList } from '#shared/contracts/operations.js';
import type { VictimDetail } from '#shared/contracts/victims.js';
import {
  nextOperationStatus,
  OPERATION_COMMANDS,
  OPERATION_STATUSES,
} from '#shared/domain/operation.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { anInvestigation, anOperation } from '#test/factories/investigations.js';
import { A_VICTIM, aVictimCaseWorld } from '#test/factories/victims.js';
import { auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

type Method = 'GET' | 'POST';
async function call(user: TestUser, method: Method, url: string, payload?: object) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

let police: { id: string };
let support: { id: string };
let recorder: TestUser;
let officer: TestUser;
let supportInvestigator: TestUser;
let unrelated: TestUser;
let coordinator: TestUser;

const PLAN = {
  name: 'SYNTH Operation Epervier',
  objective: 'SYNTH: free workers held at the brick kiln',
  plannedStart: '2026-12-01T04:00:00Z',
  plannedEnd: '2026-12-01T12:00:00Z',
};

async function plan(payload: object = PLAN) {
  const res = await call(recorder, 'POST', '/api/operations', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<OperationDetail>();
}

async function counts() {
  const n = async (table: 'case_file' | 'victim' | 'operation_rescue' | 'operation_arrest') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    cases: await n('case_file'),
    victims: await n('victim'),
    rescues: await n('operation_rescue'),
    arrests: await n('operation_arrest'),
    audit: await auditRowCount(t.db),
  };
}

const rowOf = (id: string) =>
  t.db.selectFrom('operation').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const rescued = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    sex: i % 2 ? 'M' : 'F',
    birthYear: 2000 + i,
    citizenship: 'NER',
    nameLatin: `SYNTH Rescued ${String(i)}`,
    languages: ['ha'],
    location: 'SYNTH brick kiln, shed 2',
  }));

beforeAll(async () => {
  police = await anAgency(t.db, { kind: 'police' });
  support = await anAgency(t.db, { kind: 'police' });
  const unrelatedAgency = await anAgency(t.db, { kind: 'police' });
  const ministry = await anAgency(t.db, { kind: 'ministry' });
  recorder = await aUser(t.db, t.sealer, { agencyId: police.id, roles: ['investigator'] });
  officer = await aUser(t.db, t.sealer, { agencyId: police.id, roles: ['investigator'] });
  supportInvestigator = await aUser(t.db, t.sealer, {
    agencyId: support.id,
    roles: ['investigator'],
  });
  unrelated = await aUser(t.db, t.sealer, {
    agencyId: unrelatedAgency.id,
    roles: ['investigator'],
  });
  coordinator = await aUser(t.db, t.sealer, {
    agencyId: ministry.id,
    roles: ['national_coordinator'],
  });
});

describe('planning operations and who sees them', () => {
  it('plans an operation led by the recorder agency, with the objective sealed', async () => {
    const op = await plan();
    expect(op.reference).toMatch(/^OPS-LBY-\d{4}-\d{6}$/);
    expect(op).toMatchObject({
      status: 'planned',
      leadAgencyId: police.id,
      objective: PLAN.objective,
    });
    expect(op.participants).toEqual([
      expect.objectContaining({ agencyId: police.id, role: 'lead' }),
    ]);
    expect((await rowOf(op.id)).objective_sealed?.toString('utf8')).not.toContain('brick');
  });

  it('refuses an investigation the recorder is not on the team of (400)', async () => {
    const file = await anInvestigation(t.db, { agencyId: police.id, leadUserId: officer.id });
    const res = await call(recorder, 'POST', '/api/operations', {
      ...PLAN,
      investigationId: file.id,
    });
    expect(res.statusCode).toBe(400);
  });

  it('shows an operation to participating agencies and the coordinator, not to others', async () => {
    const op = await plan();
    const add = await call(recorder, 'POST', `/api/operations/${op.id}/participants`, {
      agencyId: support.id,
      role: 'support',
    });
    expect(add.statusCode, add.body).toBe(201);
    const again = await call(recorder, 'POST', `/api/operations/${op.id}/participants`, {
      agencyId: support.id,
      role: 'observer',
    });
    expect(again.statusCode).toBe(409);
    const foreign = await call(recorder, 'POST', `/api/operations/${op.id}/participants`, {
      countryCode: 'NER',
      authorityName: 'SYNTH Niger national police',
      role: 'observer',
    });
    expect(foreign.statusCode, foreign.body).toBe(201);
    const listed = async (user: TestUser) =>
      (await call(user, 'GET', '/api/operations?limit=200'))
        .json<OperationList>()
        .items.map((item) => item.id);
    expect(await listed(supportInvestigator)).toContain(op.id);
    expect(await listed(coordinator)).toContain(op.id);
    expect(await listed(unrelated)).not.toContain(op.id);
    expect((await call(supportInvestigator, 'GET', `/api/operations/${op.id}`)).statusCode).toBe(
      200,
    );
    expect((await call(unrelated, 'GET', `/api/operations/${op.id}`)).statusCode).toBe(404);
    const start = { version: 1 };
    expect(
      (await call(supportInvestigator, 'POST', `/api/operations/${op.id}/start`, start)).statusCode,
    ).toBe(403);
    expect(
      (await call(coordinator, 'POST', `/api/operations/${op.id}/start`, start)).statusCode,
    ).toBe(403);
  });
});

describe('the operation lifecycle', () => {
  it('starts and completes with the version, recording each change', async () => {
    const op = await plan();
    const started = await call(recorder, 'POST', `/api/operations/${op.id}/start`, { version: 1 });
    expect(started.json<OperationDetail>()).toMatchObject({ status: 'in_execution', version: 2 });
    expect(started.json<OperationDetail>().startedAt).not.toBeNull();
    const done = await call(recorder, 'POST', `/api/operations/${op.id}/complete`, { version: 2 });
    expect(done.json<OperationDetail>()).toMatchObject({ status: 'completed', version: 3 });
    const stale = await call(recorder, 'POST', `/api/operations/${op.id}/cancel`, {
      version: 1,
      reason: 'SYNTH',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('cancels with a reason, and refuses a cancellation without one (400)', async () => {
    const op = await plan();
    const url = `/api/operations/${op.id}/cancel`;
    expect((await call(recorder, 'POST', url, { version: 1 })).statusCode).toBe(400);
    const res = await call(recorder, 'POST', url, { version: 1, reason: 'SYNTH: target moved' });
    expect(res.json<OperationDetail>()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'SYNTH: target moved',
    });
  });

  for (const status of OPERATION_STATUSES) {
    for (const command of OPERATION_COMMANDS) {
      if (nextOperationStatus(status, command) !== null) continue;
      it(`refuses to ${command} an operation that is ${status} (409), changing nothing`, async () => {
        const op = await anOperation(t.db, {
          leadAgencyId: police.id,
          createdBy: recorder.id,
          status,
        });
        const before = await rowOf(op.id);
        const audits = await auditRowCount(t.db);
        const res = await call(
          recorder,
          'POST',
          `/api/operations/${op.id}/${command}`,
          command === 'cancel' ? { version: 1, reason: 'SYNTH reason' } : { version: 1 },
        );
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ error: { code: `operation.cannot_${command}` } });
        expect(await rowOf(op.id)).toEqual(before);
        expect(await auditRowCount(t.db)).toBe(audits);
      });
    }
  }

  for (const status of ['planned', 'cancelled'] as const) {
    it(`refuses outcomes of an operation that is ${status} (409), changing nothing`, async () => {
      const op = await anOperation(t.db, {
        leadAgencyId: police.id,
        createdBy: recorder.id,
        status,
      });
      const before = await counts();
      const res = await call(recorder, 'POST', `/api/operations/${op.id}/rescues`, {
        identifyingOfficerUserId: officer.id,
        persons: rescued(1),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { messageKey: 'errors.operationOutcomesClosed' } });
      expect(await counts()).toEqual(before);
    });
  }
});

describe('outcomes: 3 rescued and 2 arrested', () => {
  it('opens exactly 3 possible-victim cases assigned to the identifying officer, and counts 3 + 2', async () => {
    const file = await anInvestigation(t.db, { agencyId: police.id, leadUserId: recorder.id });
    const op = await plan({ ...PLAN, investigationId: file.id });
    await call(recorder, 'POST', `/api/operations/${op.id}/start`, { version: 1 });
    const before = await counts();
    const batchId = randomUUID();
    const rescue = { batchId, identifyingOfficerUserId: officer.id, persons: rescued(3) };
    const res = await call(recorder, 'POST', `/api/operations/${op.id}/rescues`, rescue);
    expect(res.statusCode, res.body).toBe(201);
    const arrests = await call(recorder, 'POST', `/api/operations/${op.id}/arrests`, {
      batchId: randomUUID(),
      persons: ['SYNTH Kiln Owner', 'SYNTH Kiln Guard'].map((value) => ({
        identity: { names: [{ script: 'latn', value }], sex: 'M', nationality: 'LBY' },
        arrestedAt: '2026-12-01T05:30:00Z',
      })),
    });
    expect(arrests.statusCode, arrests.body).toBe(201);
    const detail = arrests.json<OperationDetail>();
    expect(detail.totals).toMatchObject({ rescued: 3, arrested: 2 });
    expect((await counts()).cases - before.cases).toBe(3);
    expect(detail.arrests.every((a) => a.investigationPersonId !== null)).toBe(true);

    const caseIds = detail.rescues.map((r) => r.caseId);
    const cases = await t.db
      .selectFrom('case_file')
      .innerJoin('victim', 'victim.case_id', 'case_file.id')
      .select([
        'case_file.id',
        'case_file.agency_id',
        'case_file.kind',
        'victim.trafficking_status',
        'victim.id as victim_id',
      ])
      .where('case_file.id', 'in', caseIds)
      .execute();
    expect(cases).toHaveLength(3);
    for (const kase of cases) {
      expect(kase).toMatchObject({
        agency_id: police.id,
        kind: 'victim_case',
        trafficking_status: 'PossibleVictimOfTrafficking',
      });
      const assignees = await t.db
        .selectFrom('case_assignment')
        .select('user_id')
        .where('case_id', '=', kase.id)
        .execute();
      expect(assignees.map((a) => a.user_id).sort()).toEqual([officer.id, recorder.id].sort());
      const events = await t.db
        .selectFrom('victim_status_event')
        .selectAll()
        .where('victim_id', '=', kase.victim_id)
        .execute();
      expect(events).toEqual([
        expect.objectContaining({
          basis: 'operation',
          to_status: 'PossibleVictimOfTrafficking',
          operation_id: op.id,
          identifying_officer_user_id: officer.id,
        }),
      ]);
    }
    const suspects = await t.db
      .selectFrom('investigation_person')
      .select('role')
      .where('investigation_id', '=', file.id)
      .execute();
    expect(suspects.map((s) => s.role)).toEqual(['suspect', 'suspect']);

    // A retry of the same rescue batch records nothing and counts nothing twice.
    const afterFirst = await counts();
    const retry = await call(recorder, 'POST', `/api/operations/${op.id}/rescues`, rescue);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json<OperationDetail>().totals).toMatchObject({ rescued: 3, arrested: 2 });
    const afterRetry = await counts();
    expect({ ...afterRetry, audit: 0 }).toEqual({ ...afterFirst, audit: 0 });
  });

  it('adds arrested persons as suspects with the non-punishment check', async () => {
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const victim = await call(
      world.caseWorker,
      'POST',
      `/api/cases/${world.kase.id}/victim`,
      A_VICTIM,
    );
    expect(victim.statusCode, victim.body).toBe(201);
    const file = await anInvestigation(t.db, { agencyId: police.id, leadUserId: recorder.id });
    const op = await anOperation(t.db, {
      leadAgencyId: police.id,
      createdBy: recorder.id,
      status: 'in_execution',
      investigationId: file.id,
    });
    const arrest = (names: { script: string; value: string }[], possibleVictim = false) => ({
      identity: { names, birthDate: '1998-04-02', sex: 'F' },
      arrestedAt: '2026-12-01T05:30:00Z',
      possibleVictim,
    });
    const res = await call(recorder, 'POST', `/api/operations/${op.id}/arrests`, {
      persons: [
        arrest([{ script: 'latn', value: 'Salma Synthetic' }]),
        arrest([{ script: 'latn', value: 'SYNTH Nobody' }], true),
        arrest([{ script: 'latn', value: 'SYNTH Other' }]),
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<OperationDetail>().arrests.map((a) => a.nonPunishmentReview)).toEqual([
      'pending',
      'pending',
      'none',
    ]);
    expect(res.body).not.toContain(world.kase.id);
  });

  it('lets the identifying officer open the victim case, and shows its status history', async () => {
    const op = await anOperation(t.db, {
      leadAgencyId: police.id,
      createdBy: recorder.id,
      status: 'in_execution',
    });
    const res = await call(recorder, 'POST', `/api/operations/${op.id}/rescues`, {
      identifyingOfficerUserId: officer.id,
      persons: rescued(1),
    });
    const caseId = res.json<OperationDetail>().rescues[0]?.caseId ?? '';
    const victim = await call(officer, 'GET', `/api/cases/${caseId}/victim`);
    expect(victim.statusCode, victim.body).toBe(200);
    const detail = victim.json<VictimDetail>();
    expect(detail.traffickingStatus).toBe('PossibleVictimOfTrafficking');
    expect(detail.statusHistory).toHaveLength(1);
    expect(detail.statusHistory[0]?.basis).toBe('operation');
    expect(detail.statusHistory[0]?.operationReference).toMatch(/^SYNTH-OPS-/);
    expect(detail.statusHistory[0]?.identifyingOfficerName).toMatch(/^SYNTH User/);
  });

  it('refuses an identifying officer who is not an investigator or police officer of the country (400), creating nothing', async () => {
    const op = await anOperation(t.db, {
      leadAgencyId: police.id,
      createdBy: recorder.id,
      status: 'in_execution',
    });
    const shelter = await anAgency(t.db, { kind: 'victim_services' });
    const foreignPolice = await anAgency(t.db, { kind: 'police', country: 'TUN' });
    const candidates = [
      await aUser(t.db, t.sealer, { agencyId: shelter.id, roles: ['case_worker'] }),
      await aUser(t.db, t.sealer, { agencyId: foreignPolice.id, roles: ['investigator'] }),
    ];
    for (const candidate of candidates) {
      const before = await counts();
      const res = await call(recorder, 'POST', `/api/operations/${op.id}/rescues`, {
        batchId: randomUUID(),
        identifyingOfficerUserId: candidate.id,
        persons: rescued(2),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { details: { fields: [{ path: 'body.identifyingOfficerUserId' }] } },
      });
      expect(await counts()).toEqual(before);
    }
  });

  it('counts seizures per kind and refuses a value without its currency (400)', async () => {
    const op = await anOperation(t.db, {
      leadAgencyId: police.id,
      createdBy: recorder.id,
      status: 'completed',
    });
    const url = `/api/operations/${op.id}/seizures`;
    const cash = {
      kind: 'cash',
      quantity: '12500',
      unit: 'LYD',
      estimatedValue: '12500.00',
      currency: 'LYD',
    };
    expect((await call(recorder, 'POST', url, cash)).statusCode).toBe(201);
    const phones = { kind: 'phone', quantity: '4', unit: 'items', description: 'SYNTH phones' };
    const res = await call(recorder, 'POST', url, phones);
    expect(res.json<OperationDetail>().totals.seizuresByKind).toMatchObject({
      cash: 1,
      phone: 2 - 1,
    });
    expect(res.json<OperationDetail>().seizures[0]).toMatchObject({
      quantity: '12500.000',
      estimatedValue: '12500.00',
    });
    const noCurrency = await call(recorder, 'POST', url, { ...cash, currency: null });
    expect(noCurrency.statusCode).toBe(400);
  });
});
