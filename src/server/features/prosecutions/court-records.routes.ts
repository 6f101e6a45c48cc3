import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import {
  ConfiscationCreateInput,
  ConfiscationParams,
  ConfiscationUpdateInput,
  HearingCreateInput,
  HearingParams,
  HearingUpdateInput,
  ProsecutionDetail,
  ProtectionMeasureCreateInput,
  ProtectionMeasureParams,
  ProtectionMeasureUpdateInput,
} from '#shared/contracts/prosecutions.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { requireActor } from '#server/platform/http/types.js';
import {
  changeConfiscation,
  changeHearing,
  changeProtection,
  orderConfiscation,
  requestProtection,
  scheduleHearing,
} from './court-records.service.js';
import { authorizeOnProsecution, contextOf, errors } from './prosecution-route-helpers.js';
import { viewProsecutionFile } from './prosecution-view.service.js';

const created = { 201: ProsecutionDetail, ...errors };
const changed = { 200: ProsecutionDetail, ...errors };

/** Hearings, confiscation orders and victim-witness protection measures of a prosecution. */
export const courtRecordsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/prosecutions/:id/hearings', {
      config: { action: 'prosecution.schedule_hearing' },
      schema: { params: IdParams, body: HearingCreateInput, response: created },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.schedule_hearing';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await scheduleHearing(ctx, actor, scope, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.patch('/prosecutions/:id/hearings/:hearingId', {
      config: { action: 'prosecution.update_hearing' },
      schema: { params: HearingParams, body: HearingUpdateInput, response: changed },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.update_hearing';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await changeHearing(ctx, actor, scope, request.params.hearingId, request.body);
        return viewProsecutionFile(ctx, actor, scope);
      },
    });

    app.post('/prosecutions/:id/confiscations', {
      config: { action: 'prosecution.order_confiscation' },
      schema: { params: IdParams, body: ConfiscationCreateInput, response: created },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.order_confiscation';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await orderConfiscation(ctx, actor, scope, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.patch('/prosecutions/:id/confiscations/:orderId', {
      config: { action: 'prosecution.update_confiscation' },
      schema: { params: ConfiscationParams, body: ConfiscationUpdateInput, response: changed },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.update_confiscation';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await changeConfiscation(ctx, actor, scope, request.params.orderId, request.body);
        return viewProsecutionFile(ctx, actor, scope);
      },
    });

    app.post('/prosecutions/:id/protection-measures', {
      config: { action: 'prosecution.request_protection' },
      schema: { params: IdParams, body: ProtectionMeasureCreateInput, response: created },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.request_protection';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await requestProtection(ctx, actor, scope, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.patch('/prosecutions/:id/protection-measures/:measureId', {
      config: { action: 'prosecution.update_protection' },
      schema: {
        params: ProtectionMeasureParams,
        body: ProtectionMeasureUpdateInput,
        response: changed,
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const action = 'prosecution.update_protection';
        const scope = await authorizeOnProsecution(deps, actor, action, request.params.id);
        const ctx = contextOf(deps, request.id);
        await changeProtection(ctx, actor, scope, request.params.measureId, request.body);
        return viewProsecutionFile(ctx, actor, scope);
      },
    });
  };
