import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  InvestigationCommandInput,
  InvestigationCreateInput,
  InvestigationDetail,
  InvestigationList,
  InvestigationListQuery,
  InvestigationUpdateInput,
  MemberParams,
  TeamList,
  TeamMemberInput,
} from '#shared/contracts/investigations.js';
import { INVESTIGATION_COMMANDS } from '#shared/domain/investigation.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { viewInvestigation } from './investigation-view.service.js';
import { investigationsPolicy, type InvestigationScope } from './investigations.policy.js';
import {
  toInvestigationDetail,
  toInvestigationSummary,
  toTeamMember,
} from './investigations.present.js';
import { findInvestigationScope, listTeamInvestigations } from './investigations.repo.js';
import {
  addTeamMember,
  applyInvestigationCommand,
  changeInvestigation,
  openInvestigation,
  removeTeamMember,
  type InvestigationsContext,
} from './investigations.service.js';

export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};

export type FileRequest = { ctx: InvestigationsContext; actor: Actor; scope: InvestigationScope };

/** Loads the file's scope with the caller's team role and authorizes `action` before anything. */
export function investigationRouteContext(deps: AppDeps) {
  return async (request: FastifyRequest, id: string, action: string): Promise<FileRequest> => {
    const actor = requireActor(request.actor);
    const scope = await findInvestigationScope(deps.db, id, actor.userId);
    authorizeOn(investigationsPolicy, actor, action, scope);
    const ctx = { db: deps.db, sealer: deps.sealer, now: deps.now(), requestId: request.id };
    return { ctx, actor, scope };
  };
}

export const investigationsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const open = investigationRouteContext(deps);
    const detail = async (ctx: InvestigationsContext, actor: Actor, id: string) =>
      toInvestigationDetail(await viewInvestigation(ctx, actor, id), (sealed) =>
        deps.sealer.openText(sealed),
      );

    app.post('/investigations', {
      config: { action: 'investigation.create' },
      schema: { body: InvestigationCreateInput, response: { 201: InvestigationDetail, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(investigationsPolicy, actor, 'investigation.create');
        const ctx = { db: deps.db, sealer: deps.sealer, now: deps.now(), requestId: request.id };
        const { id } = await openInvestigation(ctx, actor, request.body);
        return reply.status(201).send(await detail(ctx, actor, id));
      },
    });

    app.get('/investigations', {
      config: { action: 'investigation.list' },
      schema: {
        querystring: InvestigationListQuery,
        response: { 200: InvestigationList, ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(investigationsPolicy, actor, 'investigation.list');
        const page = await listTeamInvestigations(deps.db, actor, request.query);
        return { items: page.items.map(toInvestigationSummary), total: page.total };
      },
    });

    app.get('/investigations/:id', {
      config: { action: 'investigation.read' },
      schema: { params: IdParams, response: { 200: InvestigationDetail, ...errors } },
      handler: async (request) => {
        const { ctx, actor, scope } = await open(request, request.params.id, 'investigation.read');
        return detail(ctx, actor, scope.id);
      },
    });

    app.patch('/investigations/:id', {
      config: { action: 'investigation.update' },
      schema: {
        params: IdParams,
        body: InvestigationUpdateInput,
        response: { 200: InvestigationDetail, ...errors },
      },
      handler: async (request) => {
        const { ctx, actor, scope } = await open(
          request,
          request.params.id,
          'investigation.update',
        );
        await changeInvestigation(ctx, actor, scope, request.body);
        return detail(ctx, actor, scope.id);
      },
    });

    for (const command of INVESTIGATION_COMMANDS) {
      const action = `investigation.${command}`;
      app.post(`/investigations/:id/${command}`, {
        config: { action },
        schema: {
          params: IdParams,
          body: InvestigationCommandInput,
          response: { 200: InvestigationDetail, ...errors },
        },
        handler: async (request) => {
          const { ctx, actor, scope } = await open(request, request.params.id, action);
          await applyInvestigationCommand(ctx, actor, scope, command, request.body.version);
          return detail(ctx, actor, scope.id);
        },
      });
    }

    app.post('/investigations/:id/members', {
      config: { action: 'investigation.member.add' },
      schema: {
        params: IdParams,
        body: TeamMemberInput,
        response: { 201: TeamList, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, actor, scope } = await open(
          request,
          request.params.id,
          'investigation.member.add',
        );
        const team = await addTeamMember(ctx, actor, scope, request.body);
        return reply.status(201).send({ items: team.map(toTeamMember) });
      },
    });

    app.delete('/investigations/:id/members/:userId', {
      config: { action: 'investigation.member.remove' },
      schema: { params: MemberParams, response: { 200: TeamList, ...errors } },
      handler: async (request) => {
        const { ctx, actor, scope } = await open(
          request,
          request.params.id,
          'investigation.member.remove',
        );
        const team = await removeTeamMember(ctx, actor, scope, request.params.userId);
        return { items: team.map(toTeamMember) };
      },
    });
  };
