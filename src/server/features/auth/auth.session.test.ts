import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor, SYNTH_PASSWORD } from '#test/factories/index.js';
import { signIn } from '#test/helpers/auth-flow.js';
import {
  apiTokenCount,
  auditActionsFor,
  openSessionCount,
  userRow,
} from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const A_TOKEN = { name: 'SYNTH client', scopes: ['tip.list'], expiresInDays: 30 };

describe('auth: CSRF, logout, expiry, deactivation', () => {
  const t = useTestApp();

  async function anOperator() {
    const agency = await anAgency(t.db);
    return aUser(t.db, t.sealer, { agencyId: agency.id, roles: ['hotline_operator'] });
  }

  it('refuses a state-changing request without the CSRF header and changes nothing', async () => {
    const user = await anOperator();
    const session = await signIn(t.app, user, SYNTH_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { cookie: session.headers.cookie },
      payload: A_TOKEN,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'auth.csrf' } });
    expect(await apiTokenCount(t.db, user.id)).toBe(0);
  });

  it('refuses a state-changing request with a wrong CSRF token and changes nothing', async () => {
    const user = await anOperator();
    const session = await signIn(t.app, user, SYNTH_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { ...session.headers, 'x-csrf-token': `${session.csrfToken}x` },
      payload: A_TOKEN,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'auth.csrf' } });
    expect(await apiTokenCount(t.db, user.id)).toBe(0);
  });

  it('refuses a logout without the CSRF header, so a forged form cannot end the session', async () => {
    const user = await anOperator();
    const session = await signIn(t.app, user, SYNTH_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.headers.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'auth.csrf' } });
    const still = await t.app.inject({ url: '/api/auth/session', headers: session.headers });
    expect(still.statusCode).toBe(200);
  });

  it('ends the session on logout: the next request with its cookie is 401', async () => {
    const user = await anOperator();
    const session = await signIn(t.app, user, SYNTH_PASSWORD);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/^tansiq_session=;/);
    const after = await t.app.inject({ url: '/api/auth/session', headers: session.headers });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
    expect(await auditActionsFor(t.db, user.id)).toEqual([
      'auth.login',
      'auth.mfa_passed',
      'auth.logout',
    ]);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    const user = await anOperator();
    const headers = await sessionFor(t.db, user, t.clock.now());
    expect((await t.app.inject({ url: '/api/tips', headers })).statusCode).toBe(200);
    t.clock.advanceMs(29 * 60_000);
    expect((await t.app.inject({ url: '/api/tips', headers })).statusCode).toBe(200);
    // The request above counted as activity: only 30 idle minutes after it end the session.
    t.clock.advanceMs(30 * 60_000 + 1_000);
    const res = await t.app.inject({ url: '/api/tips', headers });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });

  it('ends every session of a user an administrator deactivates', async () => {
    const user = await anOperator();
    const admin = await aUser(t.db, t.sealer, { agencyId: user.agencyId, roles: ['system_admin'] });
    const browser = await signIn(t.app, user, SYNTH_PASSWORD);
    const { version } = await userRow(t.db, user.id);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: await sessionFor(t.db, admin, t.clock.now()),
      payload: { isActive: false, version },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isActive: false, version: version + 1 });
    expect(await openSessionCount(t.db, user.id)).toBe(0);
    const after = await t.app.inject({ url: '/api/auth/session', headers: browser.headers });
    expect(after.statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: SYNTH_PASSWORD },
    });
    expect(login.json()).toMatchObject({ error: { code: 'auth.invalid_credentials' } });
  });

  it('refuses an administrator change made on a stale version with 409 and keeps the record', async () => {
    const user = await anOperator();
    const admin = await aUser(t.db, t.sealer, { agencyId: user.agencyId, roles: ['system_admin'] });
    const headers = await sessionFor(t.db, admin, t.clock.now());
    const before = await userRow(t.db, user.id);
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers,
      payload: { displayName: 'SYNTH Renamed Once', version: before.version },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers,
      payload: { displayName: 'SYNTH Renamed Twice', version: before.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version_conflict', details: { currentVersion: before.version + 1 } },
    });
    expect(await userRow(t.db, user.id)).toMatchObject({
      display_name: 'SYNTH Renamed Once',
      version: before.version + 1,
    });
  });
});
