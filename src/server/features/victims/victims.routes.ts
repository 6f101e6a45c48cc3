import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  DecisionInput,
  GuardianInput,
  ScreeningInput,
  ScreeningResult,
  VictimCreateInput,
  VictimDetail,
  VictimUpdateInput,
} from '#shared/contracts/victims.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { appointGuardian, decideIdentification, screenVictim } from './identification.service.js';
import { victimsPolicy, type VictimCaseScope } from './victims.policy.js';
import { toVictimDetail } from './victims.present.js';
import { findCaseScope } from '#server/features/cases/index.js';
import { changeVictim, recordVictim, viewVictim, type VictimsContext } from './victims.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
export const CaseParams = z.strictObject({ id: Id });

/** Loads the case scope and authorizes `action` on it before anything else happens. */
export function victimRouteContext(deps: AppDeps) {
  return async (
    request: FastifyRequest,
    caseId: string,
    action: string,
  ): Promise<{ ctx: VictimsContext; kase: VictimCaseScope }> => {
    const actor = requireActor(request.actor);
    const kase = await findCaseScope(deps.db, caseId, actor.userId);
    authorizeOn(victimsPolicy, actor, action, kase);
    const ctx = { db: deps.db, sealer: deps.sealer, actor, now: deps.now(), requestId: request.id };
    return { ctx, kase };
  };
}

export const victimsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const open = victimRouteContext(deps);
    const detail = async (ctx: VictimsContext, kase: VictimCaseScope) =>
      toVictimDetail(await viewVictim(ctx, kase));

    app.post('/cases/:id/victim', {
      config: { action: 'victim.create' },
      schema: {
        params: CaseParams,
        body: VictimCreateInput,
        response: { 201: VictimDetail, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.create');
        await recordVictim(ctx, kase, request.body);
        return reply.status(201).send(await detail(ctx, kase));
      },
    });

    app.get('/cases/:id/victim', {
      config: { action: 'victim.read' },
      schema: { params: CaseParams, response: { 200: VictimDetail, ...errors } },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.read');
        return detail(ctx, kase);
      },
    });

    app.patch('/cases/:id/victim', {
      config: { action: 'victim.update' },
      schema: {
        params: CaseParams,
        body: VictimUpdateInput,
        response: { 200: VictimDetail, ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.update');
        await changeVictim(ctx, kase, request.body);
        return detail(ctx, kase);
      },
    });

    app.post('/cases/:id/victim/screenings', {
      config: { action: 'victim.screen' },
      schema: {
        params: CaseParams,
        body: ScreeningInput,
        response: { 201: ScreeningResult, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.screen');
        return reply.status(201).send(await screenVictim(ctx, kase, request.body));
      },
    });

    app.post('/cases/:id/victim/decision', {
      config: { action: 'victim.decide' },
      schema: {
        params: CaseParams,
        body: DecisionInput,
        response: { 200: VictimDetail, ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.decide');
        await decideIdentification(ctx, kase, request.body);
        return detail(ctx, kase);
      },
    });

    app.post('/cases/:id/victim/guardians', {
      config: { action: 'victim.guardian.add' },
      schema: {
        params: CaseParams,
        body: GuardianInput,
        response: { 201: VictimDetail, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.guardian.add');
        await appointGuardian(ctx, kase, request.body);
        return reply.status(201).send(await detail(ctx, kase));
      },
    });
  };
