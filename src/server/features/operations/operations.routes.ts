import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  ArrestInput,
  OperationCancelInput,
  OperationCommandInput,
  OperationCreateInput,
  OperationDetail,
  OperationList,
  OperationListQuery,
  ParticipantInput,
  RescueInput,
  SeizureInput,
} from '#shared/contracts/operations.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import {
  recordArrests,
  recordRescues,
  recordSeizure,
  type Recorded,
} from './operation-outcomes.service.js';
import { viewOperation } from './operation-view.service.js';
import { operationsPolicy, type OperationScope } from './operations.policy.js';
import { toOperationDetail, toOperationSummary } from './operations.present.js';
import { findOperationScope, listVisibleOperations } from './operations.repo.js';
import {
  addParticipant,
  applyOperationCommand,
  planOperation,
  type OperationsContext,
} from './operations.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
/** A replayed outcome batch answers 200 with the operation as it stands. */
const outcomeResponse = { 200: OperationDetail, 201: OperationDetail, ...errors };

type OperationRequest = { ctx: OperationsContext; actor: Actor; scope: OperationScope };

export const operationsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (requestId: string): OperationsContext => ({
      db: deps.db,
      sealer: deps.sealer,
      now: deps.now(),
      requestId,
    });
    /** Loads the scope (with the caller's agency participation) and authorizes first. */
    const open = async (
      request: FastifyRequest,
      id: string,
      action: string,
    ): Promise<OperationRequest> => {
      const actor = requireActor(request.actor);
      const scope = await findOperationScope(deps.db, id, actor.agencyId);
      authorizeOn(operationsPolicy, actor, action, scope);
      return { ctx: context(request.id), actor, scope };
    };
    const detail = async (ctx: OperationsContext, actor: Actor, id: string) =>
      toOperationDetail(await viewOperation(ctx, actor, id), actor, (sealed) =>
        deps.sealer.openText(sealed),
      );
    const answer = async (reply: FastifyReply, op: OperationRequest, recorded: Recorded) =>
      reply.status(recorded.isReplay ? 200 : 201).send(await detail(op.ctx, op.actor, op.scope.id));

    app.post('/operations', {
      config: { action: 'operation.create' },
      schema: { body: OperationCreateInput, response: { 201: OperationDetail, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(operationsPolicy, actor, 'operation.create');
        const ctx = context(request.id);
        const { id } = await planOperation(ctx, actor, request.body);
        return reply.status(201).send(await detail(ctx, actor, id));
      },
    });

    app.get('/operations', {
      config: { action: 'operation.list' },
      schema: { querystring: OperationListQuery, response: { 200: OperationList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(operationsPolicy, actor, 'operation.list');
        const page = await listVisibleOperations(deps.db, actor, request.query);
        return {
          items: page.items.map((row) => toOperationSummary(row, actor)),
          total: page.total,
        };
      },
    });

    app.get('/operations/:id', {
      config: { action: 'operation.read' },
      schema: { params: IdParams, response: { 200: OperationDetail, ...errors } },
      handler: async (request) => {
        const op = await open(request, request.params.id, 'operation.read');
        return detail(op.ctx, op.actor, op.scope.id);
      },
    });

    for (const command of ['start', 'complete'] as const) {
      const action = `operation.${command}`;
      app.post(`/operations/:id/${command}`, {
        config: { action },
        schema: {
          params: IdParams,
          body: OperationCommandInput,
          response: { 200: OperationDetail, ...errors },
        },
        handler: async (request) => {
          const op = await open(request, request.params.id, action);
          await applyOperationCommand(op.ctx, op.actor, op.scope, command, request.body);
          return detail(op.ctx, op.actor, op.scope.id);
        },
      });
    }

    app.post('/operations/:id/cancel', {
      config: { action: 'operation.cancel' },
      schema: {
        params: IdParams,
        body: OperationCancelInput,
        response: { 200: OperationDetail, ...errors },
      },
      handler: async (request) => {
        const op = await open(request, request.params.id, 'operation.cancel');
        await applyOperationCommand(op.ctx, op.actor, op.scope, 'cancel', request.body);
        return detail(op.ctx, op.actor, op.scope.id);
      },
    });

    app.post('/operations/:id/participants', {
      config: { action: 'operation.participant.add' },
      schema: {
        params: IdParams,
        body: ParticipantInput,
        response: { 201: OperationDetail, ...errors },
      },
      handler: async (request, reply) => {
        const op = await open(request, request.params.id, 'operation.participant.add');
        await addParticipant(op.ctx, op.actor, op.scope, request.body);
        return reply.status(201).send(await detail(op.ctx, op.actor, op.scope.id));
      },
    });

    app.post('/operations/:id/rescues', {
      config: { action: 'operation.rescue.record' },
      schema: { params: IdParams, body: RescueInput, response: outcomeResponse },
      handler: async (request, reply) => {
        const op = await open(request, request.params.id, 'operation.rescue.record');
        return answer(reply, op, await recordRescues(op.ctx, op.actor, op.scope, request.body));
      },
    });

    app.post('/operations/:id/arrests', {
      config: { action: 'operation.arrest.record' },
      schema: { params: IdParams, body: ArrestInput, response: outcomeResponse },
      handler: async (request, reply) => {
        const op = await open(request, request.params.id, 'operation.arrest.record');
        return answer(reply, op, await recordArrests(op.ctx, op.actor, op.scope, request.body));
      },
    });

    app.post('/operations/:id/seizures', {
      config: { action: 'operation.seizure.record' },
      schema: { params: IdParams, body: SeizureInput, response: outcomeResponse },
      handler: async (request, reply) => {
        const op = await open(request, request.params.id, 'operation.seizure.record');
        return answer(reply, op, await recordSeizure(op.ctx, op.actor, op.scope, request.body));
      },
    });
  };
