import type { MatrixRow } from './matrix-world.js';

/** The audit trail names who looked at which victim record: oversight only (audit.policy.ts). */
export const auditRows: Record<string, MatrixRow> = {
  'GET /api/audit': {
    kind: 'roles',
    allow: ['auditor'],
    build: async () => ({ method: 'GET', url: '/api/audit?limit=5' }),
  },
  'GET /api/audit/verify': {
    kind: 'roles',
    allow: ['auditor', 'system_admin'],
    build: async () => ({ method: 'GET', url: '/api/audit/verify' }),
  },
};
