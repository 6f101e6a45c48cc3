import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '#shared/domain/roles.js';
import { aCase, sessionAwaitingMfaFor, sessionFor } from '#test/factories/index.js';
import { adminRows, countrySettingRows } from './admin-rows.js';
import { auditRows } from './audit-rows.js';
import { authRows } from './auth-rows.js';
import { caseRows, savedViewRows } from './cases-rows.js';
import { investigationRows, operationRows } from './investigations-rows.js';
import { cooperationRows } from './cooperation-rows.js';
import {
  bearer,
  createWorld,
  outcome,
  useMatrixApp,
  type MatrixRow,
  type RoleRow,
  type World,
} from './matrix-world.js';
import { notificationRows } from './notifications-rows.js';
import { jitRows, prosecutionRows } from './prosecutions-rows.js';
import { referralRows } from './referrals-rows.js';
import { reintegrationRows } from './reintegration-rows.js';
import { routingRuleRows } from './routing-rules-rows.js';
import { tipRows } from './tips-rows.js';
import { transferRows } from './transfers-rows.js';
import { documentRows, victimRows } from './victims-rows.js';
import { tokenRows } from './tokens-rows.js';

/**
 * The documented access model, one row per route ("METHOD url"). A route the server registers
 * without a row here, or a row for a route that is gone, fails the first tests below.
 */
const MATRIX: Record<string, MatrixRow> = {
  ...authRows,
  ...tokenRows,
  ...adminRows,
  ...countrySettingRows,
  ...routingRuleRows,
  ...tipRows,
  ...caseRows,
  ...savedViewRows,
  ...victimRows,
  ...documentRows,
  ...reintegrationRows,
  ...referralRows,
  ...auditRows,
  ...notificationRows,
  ...transferRows,
  ...prosecutionRows,
  ...jitRows,
  ...investigationRows,
  ...operationRows,
  ...cooperationRows,
};

const t = useMatrixApp();
let w: World;
beforeAll(async () => {
  w = await createWorld(t);
});

const routeKeys = () => t.routes.map((route) => `${route.method} ${route.url}`);
function actionOf(key: string): string {
  const route = t.routes.find((candidate) => `${candidate.method} ${candidate.url}` === key);
  if (!route) throw new Error(`the server has no route ${key}`);
  return route.action;
}
const session = async (user: { id: string }) => sessionFor(t.db, user, t.clock.now());

/** An API token made the way a client makes one: through the API, by its signed-in owner. */
async function tokenFor(role: Role, scopes: string[]) {
  const owner = await w.user('home', [role]);
  const res = await w.send(
    { method: 'POST', url: '/api/auth/tokens', payload: { name: 'SYNTH client', scopes } },
    await session(owner),
  );
  expect(res.statusCode, res.body).toBe(201);
  return { owner, token: res.json<{ token: string }>().token };
}

describe('the authorization matrix', () => {
  it('has a row for every route the server registers', () => {
    expect(routeKeys().filter((key) => !(key in MATRIX))).toEqual([]);
  });

  it('has no row for a route the server no longer registers', () => {
    expect(Object.keys(MATRIX).filter((key) => !routeKeys().includes(key))).toEqual([]);
  });

  it('marks a route public or partial-session exactly when the server does', () => {
    const kinds = Object.fromEntries(
      t.routes.map((route) => [`${route.method} ${route.url}`, route.action]),
    );
    const expected = Object.fromEntries(
      Object.entries(MATRIX).map(([key, row]) => [
        key,
        row.kind === 'roles' ? kinds[key] : row.kind === 'public' ? 'public' : 'partial_session',
      ]),
    );
    expect(kinds).toEqual(expected);
  });
});

for (const [key, row] of Object.entries(MATRIX)) {
  describe(key, () => {
    if (row.kind === 'public') {
      it('answers a caller without credentials', async () => {
        const res = await w.send(await row.build(w));
        expect([401, 403]).not.toContain(res.statusCode);
        expect(res.statusCode).toBeLessThan(500);
      });
      return;
    }
    if (row.kind === 'partial_session') {
      it('refuses a caller without credentials with 401', async () => {
        const { call } = await row.build(w);
        expect((await w.send(call)).statusCode).toBe(401);
      });
      it('serves a session that still waits for its second factor', async () => {
        const { call, headers } = await row.build(w);
        const res = await w.send(call, headers);
        expect(outcome(res.statusCode), res.body).toBe('2xx');
      });
      return;
    }
    describeRoleRow(key, row);
  });
}

function describeRoleRow(key: string, row: RoleRow) {
  const firstAllowed = row.allow.find((role) => role !== 'partner');
  const firstForbidden = ROLES.find((role) => !row.allow.includes(role) && role !== 'partner');

  it('refuses a caller without credentials with 401', async () => {
    const subject = await w.user('home', [row.allow[0] ?? 'analyst']);
    const res = await w.send(await row.build(w, subject));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });

  it(`answers 2xx to ${row.allow.join(', ') || 'no role'} and 403 to every other role`, async () => {
    const actual: Record<string, '2xx' | number> = {};
    const expected: Record<string, '2xx' | number> = {};
    for (const role of ROLES) {
      const user = await w.user('home', [role]);
      const res = await w.send(await row.build(w, user), await session(user));
      actual[role] = outcome(res.statusCode);
      expected[role] = row.allow.includes(role) ? '2xx' : 403;
    }
    expect(actual).toEqual(expected);
  });

  if (firstAllowed) {
    it(`refuses a ${firstAllowed} whose session has not passed MFA with 401`, async () => {
      const user = await w.user('home', [firstAllowed]);
      const headers = await sessionAwaitingMfaFor(t.db, user, t.clock.now());
      const res = await w.send(await row.build(w, user), headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'auth.mfa_required' } });
    });

    it(`refuses with 403 an API token of a ${firstAllowed} whose scopes lack the action`, async () => {
      const other = actionOf(key) === 'agency.directory' ? 'tip.list' : 'agency.directory';
      const { owner, token } = await tokenFor(firstAllowed, [other]);
      const res = await w.send(await row.build(w, owner), bearer(token));
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.token_scope' } });
    });

    it(`serves an API token of a ${firstAllowed} scoped to the action like its owner`, async () => {
      const { owner, token } = await tokenFor(firstAllowed, [actionOf(key)]);
      const res = await w.send(await row.build(w, owner), bearer(token));
      expect(outcome(res.statusCode), res.body).toBe(row.isSessionOnly ? 403 : '2xx');
    });
  }

  if (firstForbidden) {
    it(`refuses with 403 an API token of a ${firstForbidden} even when scoped to the action`, async () => {
      const { owner, token } = await tokenFor(firstForbidden, [actionOf(key)]);
      const res = await w.send(await row.build(w, owner), bearer(token));
      expect(res.statusCode).toBe(403);
    });
  }

  for (const outsider of row.outsiders ?? []) {
    it(`answers ${String(outsider.expect)} to a ${outsider.role} of ${outsider.from.replace('_', ' ')}`, async () => {
      const subject = await w.user('home', [
        row.allow.includes(outsider.role) ? outsider.role : (firstAllowed ?? 'analyst'),
      ]);
      const caller = await w.user(outsider.from, [outsider.role]);
      const res = await w.send(await row.build(w, subject), await session(caller));
      expect(outcome(res.statusCode), res.body).toBe(outsider.expect);
    });
  }

  for (const leak of row.leaks ?? []) {
    it(`lists no home row to a ${leak.role} of ${leak.from.replace('_', ' ')}`, async () => {
      const subject = await w.user('home', [firstAllowed ?? 'analyst']);
      const call = await row.build(w, subject);
      // The home rows exist: the home user sees at least one of them.
      const own = await w.send(call, await session(subject));
      const caller = await w.user(leak.from, [leak.role]);
      const res = await w.send(call, await session(caller));
      expect(res.statusCode).toBe(200);
      const items = res.json<{ items: Record<string, unknown>[] }>().items;
      const leaked = [];
      for (const item of items) if (await leak.isHomeRow(w, item)) leaked.push(item);
      expect(leaked).toEqual([]);
      const ownItems = own.json<{ items: Record<string, unknown>[] }>().items;
      const homeRows = [];
      for (const item of ownItems) if (await leak.isHomeRow(w, item)) homeRows.push(item);
      expect(homeRows.length).toBeGreaterThan(0);
    });
  }
}

describe('case need-to-know', () => {
  it('refuses a case to a case worker of the owning agency who is not assigned to it', async () => {
    const worker = await w.user('home', ['case_worker']);
    const kase = await aCase(t.db, { agencyId: w.home.id });
    const res = await w.send(
      { method: 'GET', url: `/api/cases/${kase.id}` },
      await session(worker),
    );
    expect(res.statusCode).toBe(403);
  });

  it('shows a case to a case worker of the owning agency who is assigned to it', async () => {
    const worker = await w.user('home', ['case_worker']);
    const kase = await aCase(t.db, { agencyId: w.home.id, assigneeIds: [worker.id] });
    const res = await w.send(
      { method: 'GET', url: `/api/cases/${kase.id}` },
      await session(worker),
    );
    expect(res.statusCode).toBe(200);
  });
});
