import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import {
  CooperationCheckResult,
  CooperationDashboard,
  CooperationListQuery,
  CooperationRequestCreateInput,
  CooperationRequestDetail,
  CooperationRequestList,
  CooperationRequestUpdateInput,
} from '#shared/contracts/cooperation.js';
import { isoDay } from '#shared/domain/cooperation.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { buildCooperationDashboard } from './cooperation-dashboard.service.js';
import { cooperationRouteKit, ERRORS } from './cooperation-route-kit.js';
import { cooperationWorkflowRoutes } from './cooperation-workflow.routes.js';
import { cooperationPolicy } from './cooperation.policy.js';
import { toCooperationSummary } from './cooperation.present.js';
import { listCooperationRequests } from './cooperation.repo.js';
import {
  createCooperationRequest,
  editCooperationRequest,
  previewCheck,
} from './cooperation.service.js';

/**
 * Drafting, reading, listing and the dashboard; the workflow routes (commands, evidence, the
 * printable document) are registered with them.
 */
export const cooperationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { context, scopeFor, detail } = cooperationRouteKit(deps);

    app.post('/cooperation/requests', {
      config: { action: 'cooperation.create' },
      schema: {
        body: CooperationRequestCreateInput,
        response: { 201: CooperationRequestDetail, ...ERRORS },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(cooperationPolicy, actor, 'cooperation.create');
        const ctx = context(request.id);
        const { id } = await createCooperationRequest(ctx, actor, request.body);
        return reply.status(201).send(await detail(ctx, actor, id));
      },
    });

    app.get('/cooperation/requests', {
      config: { action: 'cooperation.list' },
      schema: {
        querystring: CooperationListQuery,
        response: { 200: CooperationRequestList, ...ERRORS },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(cooperationPolicy, actor, 'cooperation.list');
        const now = deps.now();
        const { overdue, ...filter } = request.query;
        const page = await listCooperationRequests(
          deps.db,
          actor,
          { ...filter, overdue: overdue === undefined ? undefined : overdue === 'true' },
          isoDay(now),
        );
        return {
          items: page.items.map((row) => toCooperationSummary(row, now)),
          total: page.total,
        };
      },
    });

    app.get('/cooperation/dashboard', {
      config: { action: 'cooperation.dashboard' },
      schema: { response: { 200: CooperationDashboard, ...ERRORS } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(cooperationPolicy, actor, 'cooperation.dashboard');
        return buildCooperationDashboard(deps.db, actor, deps.now());
      },
    });

    app.get('/cooperation/requests/:id', {
      config: { action: 'cooperation.read' },
      schema: { params: IdParams, response: { 200: CooperationRequestDetail, ...ERRORS } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'cooperation.read', request.params.id);
        return detail(context(request.id), actor, scope.id);
      },
    });

    app.patch('/cooperation/requests/:id', {
      config: { action: 'cooperation.update' },
      schema: {
        params: IdParams,
        body: CooperationRequestUpdateInput,
        response: { 200: CooperationRequestDetail, ...ERRORS },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'cooperation.update', request.params.id);
        const ctx = context(request.id);
        await editCooperationRequest(ctx, actor, scope, request.body);
        return detail(ctx, actor, scope.id);
      },
    });

    app.get('/cooperation/requests/:id/check', {
      config: { action: 'cooperation.check_preview' },
      schema: { params: IdParams, response: { 200: CooperationCheckResult, ...ERRORS } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'cooperation.check_preview', request.params.id);
        const missing = await previewCheck(context(request.id), scope.id);
        return { isComplete: missing.length === 0, missing };
      },
    });

    await app.register(cooperationWorkflowRoutes(deps));
  };
