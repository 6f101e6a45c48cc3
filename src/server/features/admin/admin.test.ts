import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('agency and user administration', () => {
  const t = useTestApp();

  async function admin() {
    const secretariat = await anAgency(t.db, { kind: 'ministry' });
    const user = await aUser(t.db, t.sealer, { agencyId: secretariat.id, roles: ['system_admin'] });
    return { secretariat, headers: await sessionFor(t.db, user, t.clock.now()) };
  }

  it('creates a user whose password is stored as an argon2id hash and who must enrol MFA', async () => {
    const { secretariat, headers } = await admin();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers,
      payload: {
        email: 'New.Staff@Example.test',
        displayName: 'SYNTH New Staff',
        agencyId: secretariat.id,
        roles: ['case_worker'],
        password: 'Synth-Initial-Password-1',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'new.staff@example.test',
      mfaEnrolled: false,
      version: 1,
    });
    const row = await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('email', '=', 'new.staff@example.test')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'user.create')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('refuses a duplicate e-mail with 409 and keeps the first account', async () => {
    const { secretariat, headers } = await admin();
    const payload = {
      email: 'twice@example.test',
      displayName: 'SYNTH Twice',
      agencyId: secretariat.id,
      roles: ['analyst'],
      password: 'Synth-Initial-Password-1',
    };
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/admin/users', headers, payload }))
        .statusCode,
    ).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers, payload });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'user.duplicate_email' } });
  });

  it('does not let an administrator hire into an agency of another country (404)', async () => {
    const { headers } = await admin();
    const foreign = await anAgency(t.db, { country: 'TUN' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers,
      payload: {
        email: 'abroad@example.test',
        displayName: 'SYNTH Abroad',
        agencyId: foreign.id,
        roles: ['analyst'],
        password: 'Synth-Initial-Password-1',
      },
    });
    expect(res.statusCode).toBe(404);
    const row = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'abroad@example.test')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('renames an agency with optimistic locking: a stale version gets 409', async () => {
    const { headers } = await admin();
    const agency = await anAgency(t.db);
    const url = `/api/admin/agencies/${agency.id}`;
    const first = await t.app.inject({
      method: 'PATCH',
      url,
      headers,
      payload: { name: 'SYNTH Renamed', version: 1 },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'SYNTH Renamed', version: 2 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url,
      headers,
      payload: { name: 'SYNTH Other', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { details: { currentVersion: 2 } } });
  });

  it('creates an agency only in the administrator’s own country', async () => {
    const { headers } = await admin();
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/admin/agencies',
      headers,
      payload: {
        countryCode: 'LBY',
        kind: 'labour_inspectorate',
        name: 'SYNTH Labour Inspectorate',
      },
    });
    expect(own.statusCode).toBe(201);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/admin/agencies',
      headers,
      payload: { countryCode: 'TUN', kind: 'police', name: 'SYNTH Foreign Police' },
    });
    expect(foreign.statusCode).toBe(403);
  });
});
