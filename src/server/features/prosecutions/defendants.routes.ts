import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import {
  ChargeCreateInput,
  ChargeParams,
  ChargeUpdateInput,
  DefendantCreateInput,
  DefendantParams,
  NonPunishmentReviewInput,
  ProsecutionDetail,
  VerdictCreateInput,
} from '#shared/contracts/prosecutions.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { requireActor } from '#server/platform/http/types.js';
import {
  addDefendant,
  changeCharge,
  fileCharge,
  reviewNonPunishment,
} from './defendants.service.js';
import { authorizeOnProsecution, contextOf, errors } from './prosecution-route-helpers.js';
import { viewProsecutionFile } from './prosecution-view.service.js';
import { recordVerdict } from './verdicts.service.js';

const created = { 201: ProsecutionDetail, ...errors };
const changed = { 200: ProsecutionDetail, ...errors };

/** Defendants, their non-punishment review, charges and verdicts; each answers with the file. */
export const defendantsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/prosecutions/:id/defendants', {
      config: { action: 'prosecution.add_defendant' },
      schema: { params: IdParams, body: DefendantCreateInput, response: created },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.add_defendant';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await addDefendant(ctx, actor, scope, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.post('/prosecutions/:id/defendants/:defendantId/non-punishment-review', {
      config: { action: 'prosecution.review_non_punishment' },
      schema: { params: DefendantParams, body: NonPunishmentReviewInput, response: changed },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.review_non_punishment';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await reviewNonPunishment(ctx, actor, scope, request.params.defendantId, request.body);
        return viewProsecutionFile(ctx, actor, scope);
      },
    });

    app.post('/prosecutions/:id/defendants/:defendantId/charges', {
      config: { action: 'prosecution.file_charge' },
      schema: { params: DefendantParams, body: ChargeCreateInput, response: created },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.file_charge';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await fileCharge(ctx, actor, scope, request.params.defendantId, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.patch('/prosecutions/:id/defendants/:defendantId/charges/:chargeId', {
      config: { action: 'prosecution.update_charge' },
      schema: { params: ChargeParams, body: ChargeUpdateInput, response: changed },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.update_charge';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await changeCharge(ctx, actor, scope, request.params, request.body);
        return viewProsecutionFile(ctx, actor, scope);
      },
    });

    app.post('/prosecutions/:id/defendants/:defendantId/verdict', {
      config: { action: 'prosecution.record_verdict' },
      schema: { params: DefendantParams, body: VerdictCreateInput, response: created },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.record_verdict';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await recordVerdict(ctx, actor, scope, request.params.defendantId, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });
  };
