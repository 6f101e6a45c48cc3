import { ROLES } from '#shared/domain/roles.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type NotificationScope = { id: string; user_id: string };

/** Alerts are personal: each user sees and marks only their own. */
export const notificationsPolicy = {
  name: 'notifications',
  collection: { 'notification.list': { roles: ROLES } },
  visible: (actor, notification) => notification.user_id === actor.userId,
  item: { 'notification.mark_read': { roles: ROLES } },
} satisfies Policy<NotificationScope>;
