import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { CSRF_HEADER, SESSION_COOKIE } from '#server/platform/http/identity-hook.js';

export type BrowserSession = {
  /** The raw session token from Set-Cookie. */
  token: string;
  csrfToken: string;
  /** Headers of a browser request: the cookie plus the CSRF header. */
  headers: { cookie: string; [CSRF_HEADER]: string };
};

export function setCookieHeader(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const line = Array.isArray(header)
    ? header.find((value) => value.startsWith(`${SESSION_COOKIE}=`))
    : header;
  if (!line) throw new Error(`no ${SESSION_COOKIE} cookie in the response`);
  return line;
}

export function sessionFromLogin(res: LightMyRequestResponse): BrowserSession {
  const token = /^[^=]+=([^;]*)/.exec(setCookieHeader(res))?.[1];
  if (!token) throw new Error('empty session cookie');
  const csrfToken = res.json<{ csrfToken: string }>().csrfToken;
  return {
    token,
    csrfToken,
    headers: { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfToken },
  };
}

export function postLogin(app: FastifyInstance, email: string, password: string) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
}

/** A TOTP code for the current time step, or for `stepsAhead` steps later (within the tolerance). */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}

export function postMfaCode(
  app: FastifyInstance,
  session: BrowserSession,
  code: string,
  url = '/api/auth/mfa/verify',
) {
  return app.inject({ method: 'POST', url, headers: session.headers, payload: { code } });
}

/** Password, then TOTP: a fully signed-in browser session, as a person would get it. */
export async function signIn(
  app: FastifyInstance,
  user: { email: string; totpSecret: string | null },
  password: string,
  stepsAhead = 0,
): Promise<BrowserSession & { code: string }> {
  const login = await postLogin(app, user.email, password);
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const session = sessionFromLogin(login);
  if (!user.totpSecret) throw new Error('user has no TOTP secret');
  const code = await totpCode(user.totpSecret, stepsAhead);
  const verify = await postMfaCode(app, session, code);
  if (verify.statusCode !== 200) throw new Error(`MFA failed: ${verify.body}`);
  return { ...session, code };
}
