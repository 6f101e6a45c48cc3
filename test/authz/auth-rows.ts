import { generate } from 'otplib';
import { sessionAwaitingMfaFor, SYNTH_PASSWORD, totpNow } from '#test/factories/index.js';
import type { MatrixRow, World } from './matrix-world.js';

/** A home user whose session passed the password but not yet the second factor. */
async function pendingUser(w: World, options: { isMfaEnrolled?: boolean } = {}) {
  const user = await w.user('home', ['case_worker'], options);
  return { user, headers: await sessionAwaitingMfaFor(w.t.db, user, w.t.clock.now()) };
}

/** Platform and sign-in routes: public ones and those a half-signed-in session may use. */
export const authRows: Record<string, MatrixRow> = {
  'GET /healthz': { kind: 'public', build: async () => ({ method: 'GET', url: '/healthz' }) },
  'GET /api/openapi.json': {
    kind: 'public',
    build: async () => ({ method: 'GET', url: '/api/openapi.json' }),
  },
  'GET /*': { kind: 'public', build: async () => ({ method: 'GET', url: '/tips/queue' }) },
  'POST /api/auth/login': {
    kind: 'public',
    build: async (w) => {
      const user = await w.user('home', ['analyst']);
      return {
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: SYNTH_PASSWORD },
      };
    },
  },
  'GET /api/auth/session': {
    kind: 'partial_session',
    build: async (w) => ({
      call: { method: 'GET', url: '/api/auth/session' },
      headers: (await pendingUser(w)).headers,
    }),
  },
  'POST /api/auth/logout': {
    kind: 'partial_session',
    build: async (w) => ({
      call: { method: 'POST', url: '/api/auth/logout' },
      headers: (await pendingUser(w)).headers,
    }),
  },
  'POST /api/auth/mfa/enrol': {
    kind: 'partial_session',
    build: async (w) => ({
      call: { method: 'POST', url: '/api/auth/mfa/enrol' },
      headers: (await pendingUser(w, { isMfaEnrolled: false })).headers,
    }),
  },
  'POST /api/auth/mfa/enrol/confirm': {
    kind: 'partial_session',
    build: async (w) => {
      const { headers } = await pendingUser(w, { isMfaEnrolled: false });
      const enrol = await w.send({ method: 'POST', url: '/api/auth/mfa/enrol' }, headers);
      const code = await generate({ secret: enrol.json<{ secret: string }>().secret });
      return {
        call: { method: 'POST', url: '/api/auth/mfa/enrol/confirm', payload: { code } },
        headers,
      };
    },
  },
  'POST /api/auth/mfa/verify': {
    kind: 'partial_session',
    build: async (w) => {
      const { user, headers } = await pendingUser(w);
      return {
        call: {
          method: 'POST',
          url: '/api/auth/mfa/verify',
          payload: { code: await totpNow(user) },
        },
        headers,
      };
    },
  },
};
