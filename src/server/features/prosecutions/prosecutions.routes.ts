import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import {
  ProsecutionCreateInput,
  ProsecutionDetail,
  ProsecutionList,
  ProsecutionListQuery,
  ProsecutionMemberInput,
  ProsecutionStageInput,
  ProsecutionView,
} from '#shared/contracts/prosecutions.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { courtRecordsRoutes } from './court-records.routes.js';
import { defendantsRoutes } from './defendants.routes.js';
import { authorizeOnProsecution, contextOf, errors } from './prosecution-route-helpers.js';
import { viewProsecution, viewProsecutionFile } from './prosecution-view.service.js';
import { prosecutionsPolicy } from './prosecutions.policy.js';
import { toProsecutionSummary } from './prosecutions.present.js';
import { findProsecutionScope, listProsecutions } from './prosecutions.repo.js';
import {
  addProsecutionMember,
  changeProsecutionStage,
  openProsecution,
} from './prosecutions.service.js';

/** Prosecutions: the file, its team and its stages; defendants and court records alongside. */
export const prosecutionsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/prosecutions', {
      config: { action: 'prosecution.create' },
      schema: { body: ProsecutionCreateInput, response: { 201: ProsecutionDetail, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(prosecutionsPolicy, actor, 'prosecution.create');
        const ctx = contextOf(deps, request.id);
        const { id } = await openProsecution(ctx, actor, request.body);
        const scope = await findProsecutionScope(deps.db, id, actor.userId);
        if (!scope) throw new Error('the prosecution just opened is missing');
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.get('/prosecutions', {
      config: { action: 'prosecution.list' },
      schema: { querystring: ProsecutionListQuery, response: { 200: ProsecutionList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(prosecutionsPolicy, actor, 'prosecution.list');
        const page = await listProsecutions(deps.db, actor, request.query);
        return { items: page.items.map(toProsecutionSummary), total: page.total };
      },
    });

    app.get('/prosecutions/:id', {
      config: { action: 'prosecution.read' },
      schema: { params: IdParams, response: { 200: ProsecutionView, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await authorizeOnProsecution(
          deps,
          actor,
          'prosecution.read',
          request.params.id,
        );
        return viewProsecution(contextOf(deps, request.id), actor, scope);
      },
    });

    app.post('/prosecutions/:id/members', {
      config: { action: 'prosecution.add_member' },
      schema: {
        params: IdParams,
        body: ProsecutionMemberInput,
        response: { 201: ProsecutionDetail, ...errors },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await authorizeOnProsecution(
          deps,
          actor,
          'prosecution.add_member',
          request.params.id,
        );
        const ctx = contextOf(deps, request.id);
        await addProsecutionMember(ctx, actor, scope, request.body);
        return reply.status(201).send(await viewProsecutionFile(ctx, actor, scope));
      },
    });

    app.post('/prosecutions/:id/stage', {
      config: { action: 'prosecution.change_stage' },
      schema: {
        params: IdParams,
        body: ProsecutionStageInput,
        response: { 200: ProsecutionDetail, ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await authorizeOnProsecution(
          deps,
          actor,
          'prosecution.change_stage',
          request.params.id,
        );
        const ctx = contextOf(deps, request.id);
        await changeProsecutionStage(ctx, actor, scope, request.body);
        return viewProsecutionFile(ctx, actor, scope);
      },
    });

    await app.register(defendantsRoutes(deps));
    await app.register(courtRecordsRoutes(deps));
  };
