import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Instant } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { listAudit, verifyAuditChain, writeAudit } from '#server/platform/audit/index.js';
import { authorize } from '#server/platform/authz/policy.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { requireActor } from '#server/platform/http/types.js';
import { auditPolicy } from './audit.policy.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

const AuditRow = z.object({
  seq: z.number().int(),
  occurredAt: Instant,
  actorKind: z.string(),
  actorUserId: Id.nullable(),
  actorAgencyId: Id.nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: Id.nullable(),
  requestId: z.string().nullable(),
});

export const auditRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/audit', {
      config: { action: 'audit.list' },
      schema: {
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          beforeSeq: z.coerce.number().int().min(1).optional(),
          subjectId: Id.optional(),
        }),
        response: { 200: z.object({ items: z.array(AuditRow) }), ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(auditPolicy, actor, 'audit.list');
        // Reading the trail is itself recorded: oversight is overseen too.
        const rows = await inTransaction(deps.db, async (trx) => {
          await writeAudit(trx, {
            actor,
            action: 'audit.list',
            requestId: request.id,
            now: deps.now(),
          });
          return listAudit(trx, request.query);
        });
        return { items: rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })) };
      },
    });

    app.get('/audit/verify', {
      config: { action: 'audit.verify' },
      schema: {
        response: {
          200: z.object({
            rowCount: z.number().int(),
            isIntact: z.boolean(),
            firstBreak: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
          }),
          ...errors,
        },
      },
      handler: async (request) => {
        authorize(auditPolicy, requireActor(request.actor), 'audit.verify');
        const result = await verifyAuditChain(deps.db);
        return {
          rowCount: result.rowCount,
          isIntact: result.firstBreak === null,
          firstBreak: result.firstBreak,
        };
      },
    });
  };
