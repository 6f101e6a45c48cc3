import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  FollowUpIdParams,
  FollowUpRecordInput,
  ReintegrationCloseInput,
  ReintegrationPlan,
  ReintegrationPlanCreateInput,
  ReintegrationPlanUpdateInput,
} from '#shared/contracts/reintegration.js';
import { dateOf } from '#shared/domain/reintegration.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { toReintegrationPlan } from './reintegration.present.js';
import {
  changePlan,
  closePlan,
  createPlan,
  readPlan,
  recordFollowUp,
  type ReintegrationView,
} from './reintegration.service.js';
import { CaseParams, victimRouteContext } from './victims.routes.js';
import type { VictimsContext } from './victims.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const PLAN_URL = '/cases/:id/victim/reintegration';

export const reintegrationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const open = victimRouteContext(deps);
    const present = (ctx: VictimsContext, view: ReintegrationView) =>
      toReintegrationPlan(view, deps.sealer.openText, dateOf(ctx.now));

    app.get(PLAN_URL, {
      config: { action: 'victim.reintegration.read' },
      schema: { params: CaseParams, response: { 200: ReintegrationPlan, ...errors } },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.reintegration.read');
        return present(ctx, await readPlan(ctx, kase));
      },
    });

    app.post(PLAN_URL, {
      config: { action: 'victim.reintegration.create' },
      schema: {
        params: CaseParams,
        body: ReintegrationPlanCreateInput,
        response: { 201: ReintegrationPlan, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.reintegration.create');
        return reply.status(201).send(present(ctx, await createPlan(ctx, kase, request.body)));
      },
    });

    app.patch(PLAN_URL, {
      config: { action: 'victim.reintegration.update' },
      schema: {
        params: CaseParams,
        body: ReintegrationPlanUpdateInput,
        response: { 200: ReintegrationPlan, ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.reintegration.update');
        return present(ctx, await changePlan(ctx, kase, request.body));
      },
    });

    app.post(`${PLAN_URL}/follow-ups/:followUpId`, {
      config: { action: 'victim.reintegration.follow_up' },
      schema: {
        params: FollowUpIdParams,
        body: FollowUpRecordInput,
        response: { 200: ReintegrationPlan, ...errors },
      },
      handler: async (request) => {
        const { id, followUpId } = request.params;
        const { ctx, kase } = await open(request, id, 'victim.reintegration.follow_up');
        return present(ctx, await recordFollowUp(ctx, kase, followUpId, request.body));
      },
    });

    app.post(`${PLAN_URL}/close`, {
      config: { action: 'victim.reintegration.close' },
      schema: {
        params: CaseParams,
        body: ReintegrationCloseInput,
        response: { 200: ReintegrationPlan, ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.reintegration.close');
        return present(ctx, await closePlan(ctx, kase, request.body));
      },
    });
  };
