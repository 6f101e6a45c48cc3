import type { NOTIFICATION_KINDS } from '#shared/contracts/notifications.js';
import { toJsonb } from '#server/platform/db/json.js';
import type { Db } from '#server/platform/db/schema.js';
import { newId } from '#server/platform/db/ids.js';

export type NewNotification = {
  userIds: readonly string[];
  kind: (typeof NOTIFICATION_KINDS)[number];
  subject: readonly [type: string, id: string];
  data: Record<string, unknown>;
  now: Date;
};

export async function insertNotifications(db: Db, notification: NewNotification): Promise<void> {
  if (notification.userIds.length === 0) return;
  await db
    .insertInto('notification')
    .values(
      notification.userIds.map((userId) => ({
        id: newId(),
        user_id: userId,
        kind: notification.kind,
        subject_type: notification.subject[0],
        subject_id: notification.subject[1],
        data: toJsonb(notification.data),
        created_at: notification.now,
      })),
    )
    .execute();
}

export async function listNotifications(db: Db, userId: string, onlyUnread: boolean) {
  let query = db
    .selectFrom('notification')
    .select(['id', 'kind', 'subject_type', 'subject_id', 'data', 'created_at', 'read_at'])
    .where('user_id', '=', userId);
  if (onlyUnread) query = query.where('read_at', 'is', null);
  return query.orderBy('id', 'desc').limit(100).execute();
}

export async function findNotificationOwner(db: Db, notificationId: string) {
  return db
    .selectFrom('notification')
    .select(['id', 'user_id'])
    .where('id', '=', notificationId)
    .executeTakeFirst();
}

export async function markNotificationRead(db: Db, notificationId: string, now: Date) {
  await db
    .updateTable('notification')
    .set({ read_at: now })
    .where('id', '=', notificationId)
    .where('read_at', 'is', null)
    .execute();
}

/** Active users of an agency holding one of `roles`: who a deadline alert goes to. */
export async function findAgencyStaff(db: Db, agencyId: string, roles: readonly string[]) {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('is_active', '=', true)
    .where((eb) => eb.or(roles.map((role) => eb(eb.val(role), '=', eb.fn.any('roles')))))
    .execute();
  return rows.map((row) => row.id);
}

/** Active national coordinators of a country. */
export async function findCoordinators(db: Db, countryCode: string) {
  const rows = await db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select('app_user.id')
    .where('agency.country_code', '=', countryCode)
    .where('app_user.is_active', '=', true)
    .where((eb) => eb(eb.val('national_coordinator'), '=', eb.fn.any('app_user.roles')))
    .execute();
  return rows.map((row) => row.id);
}
