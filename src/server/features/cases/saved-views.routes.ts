import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseFilters, SavedView, SavedViewInput, SavedViewList } from '#shared/contracts/cases.js';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError } from '#server/platform/errors.js';
import { requireActor } from '#server/platform/http/types.js';
import {
  deleteSavedView,
  findSavedViewOwner,
  insertSavedView,
  listSavedViews,
} from './cases.repo.js';
import { savedViewsPolicy } from './saved-views.policy.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

function toSavedView(row: {
  id: string;
  name: string;
  filters: Record<string, unknown>;
  created_at: Date;
}) {
  // Stored filters are re-validated on the way out: an old row can never inject a field.
  const filters = CaseFilters.safeParse(row.filters);
  return {
    id: row.id,
    name: row.name,
    filters: filters.success ? filters.data : {},
    createdAt: row.created_at.toISOString(),
  };
}

export const savedViewsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/case-views', {
      config: { action: 'case_view.list' },
      schema: { response: { 200: SavedViewList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(savedViewsPolicy, actor, 'case_view.list');
        return { items: (await listSavedViews(deps.db, actor.userId)).map(toSavedView) };
      },
    });

    app.post('/case-views', {
      config: { action: 'case_view.create' },
      schema: { body: SavedViewInput, response: { 201: SavedView, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(savedViewsPolicy, actor, 'case_view.create');
        const id = newId();
        const now = deps.now();
        await inTransaction(deps.db, async (trx) => {
          await insertSavedView(trx, { id, userId: actor.userId, ...request.body, now }).catch(
            (error: unknown) => {
              if ((error as { code?: string }).code === '23505') {
                throw new AppError('conflict', 'case_view.duplicate_name', 'errors.duplicate');
              }
              throw error;
            },
          );
          await writeAudit(trx, {
            actor,
            action: 'case_view.create',
            subject: ['saved_view', id],
            requestId: request.id,
            now,
          });
        });
        return reply.status(201).send({ id, ...request.body, createdAt: now.toISOString() });
      },
    });

    app.delete('/case-views/:id', {
      config: { action: 'case_view.delete' },
      schema: { params: IdParams, response: { 204: z.null(), ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const view = await findSavedViewOwner(deps.db, request.params.id);
        authorizeOn(savedViewsPolicy, actor, 'case_view.delete', view);
        await inTransaction(deps.db, async (trx) => {
          await deleteSavedView(trx, view.id);
          await writeAudit(trx, {
            actor,
            action: 'case_view.delete',
            subject: ['saved_view', view.id],
            requestId: request.id,
            now: deps.now(),
          });
        });
        return reply.status(204).send(null);
      },
    });
  };
