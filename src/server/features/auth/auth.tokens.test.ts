import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { apiTokenRowText, auditActionsFor } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

type Created = { id: string; token: string; scopes: string[] };

describe('auth: API tokens for machine clients', () => {
  const t = useTestApp();

  async function anOperatorWithSession() {
    const agency = await anAgency(t.db);
    const user = await aUser(t.db, t.sealer, { agencyId: agency.id, roles: ['hotline_operator'] });
    return { user, headers: await sessionFor(t.db, user, t.clock.now()) };
  }

  async function createToken(headers: Record<string, string>, scopes = ['tip.list']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers,
      payload: { name: 'SYNTH reporting client', scopes, expiresInDays: 30 },
    });
    expect(res.statusCode).toBe(201);
    return res.json<Created>();
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('shows the secret once at creation and stores only its hash', async () => {
    const { headers } = await anOperatorWithSession();
    const created = await createToken(headers);
    expect(created.token).toMatch(new RegExp(`^tsq_${created.id}_[A-Za-z0-9_-]{20,}$`));
    const secret = created.token.slice(`tsq_${created.id}_`.length);
    const stored = await apiTokenRowText(t.db, created.id);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(created.token);
    const list = await t.app.inject({ url: '/api/auth/tokens', headers });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(created.id);
    expect(list.body).not.toContain(secret);
    expect(await auditActionsFor(t.db, created.id)).toEqual(['api_token.create']);
  });

  it('lets a token call a route in its scope', async () => {
    const { headers } = await anOperatorWithSession();
    const created = await createToken(headers);
    const res = await t.app.inject({ url: '/api/tips', headers: bearer(created.token) });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a token on a route outside its scope with 403', async () => {
    const { headers } = await anOperatorWithSession();
    const created = await createToken(headers);
    const res = await t.app.inject({ url: '/api/auth/tokens', headers: bearer(created.token) });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'auth.token_scope' } });
  });

  it('refuses a token whose secret part was altered', async () => {
    const { headers } = await anOperatorWithSession();
    const created = await createToken(headers);
    const altered = `${created.token.slice(0, -4)}AAAA`;
    const res = await t.app.inject({ url: '/api/tips', headers: bearer(altered) });
    expect(res.statusCode).toBe(401);
  });

  it('refuses a revoked token with 401 and audits the revocation', async () => {
    const { headers } = await anOperatorWithSession();
    const created = await createToken(headers);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/tokens/${created.id}`,
      headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
    const res = await t.app.inject({ url: '/api/tips', headers: bearer(created.token) });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
    expect(await auditActionsFor(t.db, created.id)).toEqual([
      'api_token.create',
      'api_token.revoke',
    ]);
  });

  it('stops a token working once its owner is deactivated', async () => {
    const { user, headers } = await anOperatorWithSession();
    const created = await createToken(headers);
    const admin = await aUser(t.db, t.sealer, { agencyId: user.agencyId, roles: ['system_admin'] });
    const deactivate = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      headers: await sessionFor(t.db, admin, t.clock.now()),
      payload: { isActive: false, version: 1 },
    });
    expect(deactivate.statusCode).toBe(200);
    const res = await t.app.inject({ url: '/api/tips', headers: bearer(created.token) });
    expect(res.statusCode).toBe(401);
  });
});
