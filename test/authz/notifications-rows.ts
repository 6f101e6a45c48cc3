import { ROLES } from '#shared/domain/roles.js';
import { newId } from '#server/platform/db/ids.js';
import type { MatrixRow } from './matrix-world.js';

export const notificationRows: Record<string, MatrixRow> = {
  'GET /api/notifications': {
    kind: 'roles',
    allow: ROLES,
    build: async () => ({ method: 'GET', url: '/api/notifications' }),
  },
  'POST /api/notifications/:id/read': {
    kind: 'roles',
    allow: ROLES,
    build: async (w, subject) => {
      const id = newId();
      await w.t.db
        .insertInto('notification')
        .values({
          id,
          user_id: subject.id,
          kind: 'referral_reminder',
          subject_type: 'referral',
          subject_id: newId(),
          data: '{}',
          created_at: new Date(),
        })
        .execute();
      return { method: 'POST', url: `/api/notifications/${id}/read` };
    },
    // Someone else's notification does not exist for the caller.
    outsiders: [
      { role: 'case_worker', from: 'other_agency', expect: 404 },
      { role: 'national_coordinator', from: 'other_country', expect: 404 },
    ],
  },
};
