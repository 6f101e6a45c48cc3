import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationDashboard } from '#shared/contracts/cooperation.js';
import { isoDay, type CooperationStatus } from '#shared/domain/cooperation.js';
import { aCooperationRequest } from '#test/factories/cooperation.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();
const DAY = 86_400_000;

let prosecutor: TestUser;
let central: TestUser;
let coordinator: TestUser;
let caseWorker: TestUser;
let overdueId: string;

beforeAll(async () => {
  const mine = await anAgency(t.db, { kind: 'prosecution' });
  const other = await anAgency(t.db, { kind: 'prosecution' });
  const centralAgency = await anAgency(t.db, { kind: 'central_authority' });
  const foreign = await anAgency(t.db, { kind: 'prosecution', country: 'TUN' });
  prosecutor = await aUser(t.db, t.sealer, { agencyId: mine.id, roles: ['prosecutor'] });
  const otherProsecutor = await aUser(t.db, t.sealer, {
    agencyId: other.id,
    roles: ['prosecutor'],
  });
  const foreignProsecutor = await aUser(t.db, t.sealer, {
    agencyId: foreign.id,
    roles: ['prosecutor'],
  });
  central = await aUser(t.db, t.sealer, {
    agencyId: centralAgency.id,
    roles: ['central_authority_officer'],
  });
  coordinator = await aUser(t.db, t.sealer, {
    agencyId: centralAgency.id,
    roles: ['national_coordinator'],
  });
  caseWorker = await aUser(t.db, t.sealer, { agencyId: mine.id, roles: ['case_worker'] });
  const now = t.clock.now().getTime();
  const request = (
    owner: { id: string },
    drafter: TestUser,
    status: CooperationStatus,
    extra: Parameters<typeof aCooperationRequest>[2] extends infer O ? Partial<O> : never = {},
  ) =>
    aCooperationRequest(t.db, t.sealer, {
      ownerAgencyId: owner.id,
      createdByUserId: drafter.id,
      status,
      ...extra,
    });
  // Executed after 10, 20, 30, 40 and 50 days (my agency) and 100 days (another agency).
  for (const days of [10, 20, 30, 40, 50]) {
    await request(mine, prosecutor, 'executed', {
      sentAt: new Date(now - 200 * DAY),
      executedAt: new Date(now - (200 - days) * DAY),
      dueOn: isoDay(new Date(now - 300 * DAY)),
    });
  }
  await request(other, otherProsecutor, 'executed', {
    sentAt: new Date(now - 200 * DAY),
    executedAt: new Date(now - 100 * DAY),
  });
  // Pending: my agency 2 MLA to TUN, 1 extradition to EGY, 1 checked MLA to SEN; another agency
  // 1 MLA to TUN. Drafts and withdrawn requests do not count; nor does another country.
  await request(mine, prosecutor, 'sent', { foreignCountry: 'TUN' });
  overdueId = (
    await request(mine, prosecutor, 'acknowledged', {
      foreignCountry: 'TUN',
      dueOn: isoDay(new Date(now - 5 * DAY)),
      escalationLevel: 1,
    })
  ).id;
  await request(mine, prosecutor, 'acknowledged', {
    type: 'EXTRADITION',
    measures: ['EXT_FULL_REQUEST'],
    foreignCountry: 'EGY',
  });
  await request(mine, prosecutor, 'checked', { foreignCountry: 'SEN' });
  await request(mine, prosecutor, 'draft', { foreignCountry: 'TUN' });
  await request(mine, prosecutor, 'withdrawn', { foreignCountry: 'TUN' });
  await request(other, otherProsecutor, 'in_execution', { foreignCountry: 'TUN' });
  await request(foreign, foreignProsecutor, 'sent', {
    country: 'TUN',
    foreignCountry: 'LBY',
    dueOn: isoDay(new Date(now - 50 * DAY)),
  });
});

async function dashboardOf(user: TestUser) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/cooperation/dashboard',
    headers: await sessionFor(t.db, user, t.clock.now()),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CooperationDashboard>();
}

describe('the cooperation dashboard', () => {
  it('gives a prosecutor the figures of the agency only', async () => {
    const dashboard = await dashboardOf(prosecutor);
    expect(dashboard.pending).toEqual([
      { foreignCountry: 'EGY', type: 'EXTRADITION', count: 1 },
      { foreignCountry: 'SEN', type: 'MLA', count: 1 },
      { foreignCountry: 'TUN', type: 'MLA', count: 2 },
    ]);
    // percentile_cont(0.9) over 10, 20, 30, 40, 50: 40 + 0.6 × 10.
    expect(dashboard.executionTime).toEqual({ count: 5, averageDays: 30, p90Days: 46 });
    expect(dashboard.overdue).toEqual([
      expect.objectContaining({
        id: overdueId,
        type: 'MLA',
        foreignCountry: 'TUN',
        status: 'acknowledged',
        daysOverdue: 5,
        escalationLevel: 1,
      }),
    ]);
  });

  it('gives the central authority and the coordinator the whole country', async () => {
    for (const user of [central, coordinator]) {
      const dashboard = await dashboardOf(user);
      expect(dashboard.pending).toEqual([
        { foreignCountry: 'EGY', type: 'EXTRADITION', count: 1 },
        { foreignCountry: 'SEN', type: 'MLA', count: 1 },
        { foreignCountry: 'TUN', type: 'MLA', count: 3 },
      ]);
      // 10, 20, 30, 40, 50, 100: mean 41.7; 90th percentile 50 + 0.5 × 50.
      expect(dashboard.executionTime).toEqual({ count: 6, averageDays: 41.7, p90Days: 75 });
      expect(dashboard.overdue.map((item) => item.id)).toEqual([overdueId]);
    }
  });

  it('is refused to a case worker', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/cooperation/dashboard',
      headers: await sessionFor(t.db, caseWorker, t.clock.now()),
    });
    expect(res.statusCode).toBe(403);
  });
});
