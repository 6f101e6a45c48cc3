import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  Provider,
  ProviderCreateInput,
  ProviderList,
  ProviderListQuery,
  ProviderUpdateInput,
  ReferralActionInput,
  ReferralCreateInput,
  ReferralDeclineInput,
  ReferralDetail,
  ReferralList,
  ReferralListQuery,
} from '#shared/contracts/referrals.js';
import type { ReferralCommand } from '#shared/domain/referral-lifecycle.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { ForbiddenError } from '#server/platform/errors.js';
import { requireActor } from '#server/platform/http/types.js';
import { canManageDirectory, providersPolicy } from './providers.policy.js';
import { findProviderScope, listProviders } from './providers.repo.js';
import { changeProvider, createProvider } from './providers.service.js';
import { applyReferralCommand } from './referral-actions.service.js';
import { caseReferralsPolicy, referralsPolicy } from './referrals.policy.js';
import { toProvider, toReferralDetail, toReferralSummary } from './referrals.present.js';
import { findReferralScope, findReferringCaseScope, listReferralBoard } from './referrals.repo.js';
import { sendReferral, viewReferral, type ReferralsContext } from './referrals.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const SIMPLE_COMMANDS = ['accept', 'start', 'complete', 'cancel'] as const;

/** A case worker of the provider's agency keeps availability current; nothing else. */
function authorizeProviderFields(actor: Actor, body: Record<string, unknown>): void {
  if (canManageDirectory(actor)) return;
  const fields = Object.keys(body).filter((key) => key !== 'version' && key !== 'availablePlaces');
  if (fields.length > 0) throw new ForbiddenError('provider.availability_only');
}

export const referralsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (requestId: string): ReferralsContext => ({
      db: deps.db,
      sealer: deps.sealer,
      now: deps.now(),
      requestId,
    });

    app.get('/providers', {
      config: { action: 'provider.list' },
      schema: { querystring: ProviderListQuery, response: { 200: ProviderList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(providersPolicy, actor, 'provider.list');
        const { hasFreePlaces, includeInactive, ...filter } = request.query;
        const page = await listProviders(deps.db, actor.countryCode, {
          ...filter,
          hasFreePlaces: hasFreePlaces === 'true',
          includeInactive: includeInactive === 'true',
        });
        return { items: page.items.map(toProvider), total: page.total };
      },
    });

    app.post('/providers', {
      config: { action: 'provider.create' },
      schema: { body: ProviderCreateInput, response: { 201: Provider, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(providersPolicy, actor, 'provider.create');
        const row = await createProvider(context(request.id), actor, request.body);
        return reply.status(201).send(toProvider(row));
      },
    });

    app.patch('/providers/:id', {
      config: { action: 'provider.update' },
      schema: {
        params: IdParams,
        body: ProviderUpdateInput,
        response: { 200: Provider, ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findProviderScope(deps.db, request.params.id);
        authorizeOn(providersPolicy, actor, 'provider.update', scope);
        authorizeProviderFields(actor, request.body);
        return toProvider(await changeProvider(context(request.id), actor, scope, request.body));
      },
    });

    app.post('/cases/:caseId/referrals', {
      config: { action: 'referral.create' },
      schema: {
        params: z.strictObject({ caseId: Id }),
        body: ReferralCreateInput,
        response: { 201: ReferralDetail, ...errors },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const kase = await findReferringCaseScope(deps.db, request.params.caseId, actor.userId);
        authorizeOn(caseReferralsPolicy, actor, 'referral.create', kase);
        const ctx = context(request.id);
        const { id } = await sendReferral(ctx, actor, kase, request.body);
        return reply
          .status(201)
          .send(toReferralDetail(await viewReferral(ctx, actor, id), actor, ctx.now));
      },
    });

    app.get('/referrals', {
      config: { action: 'referral.list' },
      schema: { querystring: ReferralListQuery, response: { 200: ReferralList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(referralsPolicy, actor, 'referral.list');
        const page = await listReferralBoard(deps.db, actor, request.query);
        const now = deps.now();
        return {
          items: page.items.map((row) => toReferralSummary(row, actor, now)),
          total: page.total,
        };
      },
    });

    app.get('/referrals/:id', {
      config: { action: 'referral.read' },
      schema: { params: IdParams, response: { 200: ReferralDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findReferralScope(deps.db, request.params.id);
        authorizeOn(referralsPolicy, actor, 'referral.read', scope);
        const ctx = context(request.id);
        return toReferralDetail(await viewReferral(ctx, actor, scope.id), actor, ctx.now);
      },
    });

    /** One route per lifecycle command; each belongs to one side (referrals.policy.ts). */
    const commandRoute = (
      command: ReferralCommand,
      body: typeof ReferralActionInput | typeof ReferralDeclineInput,
    ) => {
      const action = `referral.${command}`;
      app.post(`/referrals/:id/${command}`, {
        config: { action },
        schema: { params: IdParams, body, response: { 200: ReferralDetail, ...errors } },
        handler: async (request) => {
          const actor = requireActor(request.actor);
          const scope = await findReferralScope(deps.db, request.params.id);
          authorizeOn(referralsPolicy, actor, action, scope);
          const ctx = context(request.id);
          await applyReferralCommand(ctx, actor, scope, command, request.body);
          return toReferralDetail(await viewReferral(ctx, actor, scope.id), actor, ctx.now);
        },
      });
    };
    for (const command of SIMPLE_COMMANDS) commandRoute(command, ReferralActionInput);
    commandRoute('decline', ReferralDeclineInput);
  };
