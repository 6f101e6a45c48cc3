import { describe, expect, it } from 'vitest';
import { anAgency, aUser, sessionFor, SYNTH_PASSWORD } from '#test/factories/index.js';
import {
  postLogin,
  postMfaCode,
  sessionFromLogin,
  setCookieHeader,
  signIn,
  totpCode,
} from '#test/helpers/auth-flow.js';
import { auditActionsFor, userRow } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';
import { LOCK_AFTER_FAILURES } from './auth.service.js';

describe('auth: password, TOTP challenge, lockout', () => {
  const t = useTestApp();

  async function anOperator(options: { isMfaEnrolled?: boolean } = {}) {
    const agency = await anAgency(t.db);
    return aUser(t.db, t.sealer, { agencyId: agency.id, roles: ['hotline_operator'], ...options });
  }

  it('answers a correct password with an HttpOnly SameSite=Strict cookie and a TOTP challenge', async () => {
    const user = await anOperator();
    const res = await postLogin(t.app, user.email, SYNTH_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mfa: 'challenge_required', user: { id: user.id } });
    const cookie = setCookieHeader(res);
    expect(cookie).toMatch(/^tansiq_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(await auditActionsFor(t.db, user.id)).toEqual(['auth.login']);
  });

  it('refuses role routes to a session that has not passed MFA yet', async () => {
    const user = await anOperator();
    const session = sessionFromLogin(await postLogin(t.app, user.email, SYNTH_PASSWORD));
    const res = await t.app.inject({ url: '/api/tips', headers: session.headers });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.mfa_required' } });
  });

  it('satisfies MFA with a valid TOTP code, after which role routes work', async () => {
    const user = await anOperator();
    const session = sessionFromLogin(await postLogin(t.app, user.email, SYNTH_PASSWORD));
    const verify = await postMfaCode(t.app, session, await totpCode(user.totpSecret!));
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ mfa: 'satisfied' });
    const res = await t.app.inject({ url: '/api/tips', headers: session.headers });
    expect(res.statusCode).toBe(200);
    expect(await auditActionsFor(t.db, user.id)).toEqual(['auth.login', 'auth.mfa_passed']);
  });

  it('refuses a TOTP code whose time step was already used, in a second session', async () => {
    const user = await anOperator();
    const first = await signIn(t.app, user, SYNTH_PASSWORD);
    const second = sessionFromLogin(await postLogin(t.app, user.email, SYNTH_PASSWORD));
    const replay = await postMfaCode(t.app, second, first.code);
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ error: { code: 'auth.invalid_mfa_code' } });
    const res = await t.app.inject({ url: '/api/tips', headers: second.headers });
    expect(res.json()).toMatchObject({ error: { code: 'auth.mfa_required' } });
  });

  it('locks the account after repeated wrong passwords, refuses even the right one, until an admin unlocks it', async () => {
    const user = await anOperator();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= LOCK_AFTER_FAILURES; attempt += 1) {
      const res = await postLogin(t.app, user.email, `wrong-${String(attempt)}`);
      statuses.push(res.statusCode);
      if (res.statusCode === 423)
        expect(res.json()).toMatchObject({ error: { code: 'auth.locked' } });
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const rightPassword = await postLogin(t.app, user.email, SYNTH_PASSWORD);
    expect(rightPassword.statusCode).toBe(423);
    expect(rightPassword.json()).toMatchObject({ error: { code: 'auth.locked' } });
    expect(rightPassword.headers['set-cookie']).toBeUndefined();

    const admin = await aUser(t.db, t.sealer, { agencyId: user.agencyId, roles: ['system_admin'] });
    const unlock = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${user.id}/unlock`,
      headers: await sessionFor(t.db, admin, t.clock.now()),
    });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json()).toMatchObject({ lockedUntil: null });
    const afterUnlock = await postLogin(t.app, user.email, SYNTH_PASSWORD);
    expect(afterUnlock.statusCode).toBe(200);
    expect(await auditActionsFor(t.db, user.id)).toEqual([
      ...Array<string>(LOCK_AFTER_FAILURES).fill('auth.login_failed'),
      'user.unlock',
      'auth.login',
    ]);
  });

  it('answers an unknown e-mail exactly like a wrong password, so accounts cannot be enumerated', async () => {
    const user = await anOperator();
    const wrong = await postLogin(t.app, user.email, 'not-the-password');
    const unknown = await postLogin(t.app, 'nobody.synth@example.test', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const errorOf = (res: typeof wrong) => ({
      ...res.json<{ error: Record<string, unknown> }>().error,
      requestId: 'differs per request',
    });
    const wrongError = errorOf(wrong);
    const unknownError = errorOf(unknown);
    expect(unknownError).toEqual(wrongError);
    expect(wrongError).toMatchObject({ code: 'auth.invalid_credentials' });
    expect(await auditActionsFor(t.db, user.id)).toEqual(['auth.login_failed']);
    expect((await userRow(t.db, user.id)).failed_login_count).toBe(1);
  });

  it('enrols a user without MFA: an otpauth URL and a PNG QR code, confirmed by a code from that secret', async () => {
    const user = await anOperator({ isMfaEnrolled: false });
    const login = await postLogin(t.app, user.email, SYNTH_PASSWORD);
    expect(login.json()).toMatchObject({ mfa: 'enrolment_required' });
    const session = sessionFromLogin(login);
    const blocked = await t.app.inject({ url: '/api/tips', headers: session.headers });
    expect(blocked.json()).toMatchObject({ error: { code: 'auth.mfa_required' } });

    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/enrol',
      headers: session.headers,
    });
    expect(enrol.statusCode).toBe(200);
    const { otpauthUrl, qrDataUrl } = enrol.json<{ otpauthUrl: string; qrDataUrl: string }>();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const secret = new URL(otpauthUrl).searchParams.get('secret');
    expect(secret).toBeTruthy();

    const confirm = await postMfaCode(
      t.app,
      session,
      await totpCode(secret!),
      '/api/auth/mfa/enrol/confirm',
    );
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json()).toMatchObject({ mfa: 'satisfied' });
    expect((await t.app.inject({ url: '/api/tips', headers: session.headers })).statusCode).toBe(
      200,
    );
    expect(await auditActionsFor(t.db, user.id)).toEqual([
      'auth.login',
      'auth.mfa_enrolment_started',
      'auth.mfa_enrolled',
    ]);
  });
});
