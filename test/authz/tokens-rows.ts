import { ROLES } from '#shared/domain/roles.js';
import { anApiToken } from '#test/factories/index.js';
import type { MatrixRow } from './matrix-world.js';

/** A fresh outsider owns no token, so any row in their list would be someone else's. */
const anyRowLeaks = async () => true;

export const tokenRows: Record<string, MatrixRow> = {
  'GET /api/auth/tokens': {
    kind: 'roles',
    allow: ROLES,
    build: async (w, subject) => {
      await anApiToken(w.t.db, subject, ['tip.list']);
      return { method: 'GET', url: '/api/auth/tokens' };
    },
    leaks: [
      { role: 'system_admin', from: 'other_agency', isHomeRow: anyRowLeaks },
      { role: 'system_admin', from: 'other_country', isHomeRow: anyRowLeaks },
    ],
  },
  'POST /api/auth/tokens': {
    kind: 'roles',
    allow: ROLES.filter((role) => role !== 'partner'),
    build: async () => ({
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { name: 'SYNTH client', scopes: ['tip.list'] },
    }),
    // A token minting tokens could widen its own scopes: only a browser session may.
    isSessionOnly: true,
  },
  'DELETE /api/auth/tokens/:id': {
    kind: 'roles',
    allow: ROLES,
    build: async (w, subject) => {
      const token = await anApiToken(w.t.db, subject, ['tip.list']);
      return { method: 'DELETE', url: `/api/auth/tokens/${token.id}` };
    },
    outsiders: [
      { role: 'case_worker', from: 'other_agency', expect: 404 },
      { role: 'national_coordinator', from: 'other_country', expect: 404 },
      { role: 'system_admin', from: 'other_country', expect: 404 },
      // auth.policy.ts: an administrator of the same country may revoke any token of it.
      { role: 'system_admin', from: 'other_agency', expect: '2xx' },
    ],
  },
};
