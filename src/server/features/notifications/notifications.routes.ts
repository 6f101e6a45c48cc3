import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import { NotificationList, NotificationListQuery } from '#shared/contracts/notifications.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { requireActor } from '#server/platform/http/types.js';
import { notificationsPolicy } from './notifications.policy.js';
import {
  findNotificationOwner,
  listNotifications,
  markNotificationRead,
} from './notifications.repo.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const notificationsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/notifications', {
      config: { action: 'notification.list' },
      schema: {
        querystring: NotificationListQuery,
        response: { 200: NotificationList, ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(notificationsPolicy, actor, 'notification.list');
        const rows = await listNotifications(
          deps.db,
          actor.userId,
          request.query.unread === 'true',
        );
        return {
          items: rows.map((row) => ({
            id: row.id,
            kind: row.kind as z.infer<typeof NotificationList>['items'][number]['kind'],
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            data: Object.fromEntries(
              Object.entries(row.data).filter(
                (entry): entry is [string, string | number] =>
                  typeof entry[1] === 'string' || typeof entry[1] === 'number',
              ),
            ),
            createdAt: row.created_at.toISOString(),
            readAt: row.read_at?.toISOString() ?? null,
          })),
        };
      },
    });

    app.post('/notifications/:id/read', {
      config: { action: 'notification.mark_read' },
      schema: { params: IdParams, response: { 204: z.null(), ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await findNotificationOwner(deps.db, request.params.id);
        authorizeOn(notificationsPolicy, actor, 'notification.mark_read', scope);
        const now = deps.now();
        await inTransaction(deps.db, async (trx) => {
          await markNotificationRead(trx, scope.id, now);
          await writeAudit(trx, {
            actor,
            action: 'notification.mark_read',
            subject: ['notification', scope.id],
            requestId: request.id,
            now,
          });
        });
        return reply.status(204).send(null);
      },
    });
  };
