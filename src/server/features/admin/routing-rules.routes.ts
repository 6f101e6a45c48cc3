import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  RoutingRule,
  RoutingRuleCreateInput,
  RoutingRuleUpdateInput,
} from '#shared/contracts/admin.js';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { adminPolicy } from './admin.policy.js';
import { findRoutingRule, listRoutingRulesOf } from './routing-rules.repo.js';
import {
  createRoutingRule,
  removeRoutingRule,
  retargetRoutingRule,
} from './routing-rules.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

function toRoutingRule(row: {
  id: string;
  country_code: string;
  region_code: string | null;
  category: string | null;
  target_agency_id: string;
  target_agency_name: string;
}): RoutingRule {
  return {
    id: row.id,
    countryCode: row.country_code,
    regionCode: row.region_code,
    category: row.category,
    targetAgencyId: row.target_agency_id,
    targetAgencyName: row.target_agency_name,
  };
}

export const routingRulesRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (request: FastifyRequest) => ({
      db: deps.db,
      actor: requireActor(request.actor),
      now: deps.now(),
      requestId: request.id,
    });

    app.get('/admin/routing-rules', {
      config: { action: 'routing_rule.list' },
      schema: { response: { 200: z.object({ items: z.array(RoutingRule) }), ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'routing_rule.list');
        return { items: (await listRoutingRulesOf(deps.db, actor.countryCode)).map(toRoutingRule) };
      },
    });

    app.post('/admin/routing-rules', {
      config: { action: 'routing_rule.create' },
      schema: { body: RoutingRuleCreateInput, response: { 201: RoutingRule, ...errors } },
      handler: async (request, reply) => {
        const ctx = context(request);
        authorize(adminPolicy, ctx.actor, 'routing_rule.create');
        return reply.status(201).send(toRoutingRule(await createRoutingRule(ctx, request.body)));
      },
    });

    app.patch('/admin/routing-rules/:id', {
      config: { action: 'routing_rule.update' },
      schema: {
        params: IdParams,
        body: RoutingRuleUpdateInput,
        response: { 200: RoutingRule, ...errors },
      },
      handler: async (request) => {
        const ctx = context(request);
        const rule = await findRoutingRule(deps.db, request.params.id);
        authorizeOn(adminPolicy, ctx.actor, 'routing_rule.update', rule);
        return toRoutingRule(await retargetRoutingRule(ctx, rule.id, request.body.targetAgencyId));
      },
    });

    app.delete('/admin/routing-rules/:id', {
      config: { action: 'routing_rule.delete' },
      schema: { params: IdParams, response: { 204: z.null(), ...errors } },
      handler: async (request, reply) => {
        const ctx = context(request);
        const rule = await findRoutingRule(deps.db, request.params.id);
        authorizeOn(adminPolicy, ctx.actor, 'routing_rule.delete', rule);
        await removeRoutingRule(ctx, rule);
        return reply.status(204).send(null);
      },
    });
  };
