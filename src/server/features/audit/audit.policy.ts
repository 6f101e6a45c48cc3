import type { Policy } from '#server/platform/authz/policy.js';

/** The audit trail names who looked at which victim record: only the oversight role reads it. */
export const auditPolicy = {
  name: 'audit',
  collection: {
    'audit.list': { roles: ['auditor'] },
    'audit.verify': { roles: ['auditor', 'system_admin'] },
  },
  visible: () => false,
  item: {},
} satisfies Policy<never>;
