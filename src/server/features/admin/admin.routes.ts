import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Agency,
  AgencyCreateInput,
  AgencyUpdateInput,
  UserCreateInput,
  UserSummary,
  UserUpdateInput,
} from '#shared/contracts/admin.js';
import { Id, IdParams } from '#shared/contracts/common.js';
import { Role } from '#shared/contracts/auth.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { ForbiddenError } from '#server/platform/errors.js';
import { requireActor } from '#server/platform/http/types.js';
import { adminPolicy } from './admin.policy.js';
import { toAgency, toUserSummary } from './admin.present.js';
import {
  findAgency,
  findUserScope,
  listActiveStaff,
  listAgencies,
  listUsers,
} from './admin.repo.js';
import {
  changeAgency,
  changeUser,
  createAgency,
  createUser,
  resetUserMfa,
  unlockUser,
} from './admin.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const AgencyList = z.object({ items: z.array(Agency) });
const StaffList = z.object({
  items: z.array(
    z.object({
      id: Id,
      displayName: z.string(),
      agencyId: Id,
      agencyName: z.string(),
      roles: z.array(Role),
    }),
  ),
});

export const adminRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (request: FastifyRequest) => ({
      db: deps.db,
      actor: requireActor(request.actor),
      now: deps.now(),
      requestId: request.id,
    });

    app.get('/agencies', {
      config: { action: 'agency.directory' },
      schema: { response: { 200: AgencyList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'agency.directory');
        return { items: (await listAgencies(deps.db, actor.countryCode, true)).map(toAgency) };
      },
    });

    app.get('/admin/agencies', {
      config: { action: 'agency.list' },
      schema: { response: { 200: AgencyList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'agency.list');
        return { items: (await listAgencies(deps.db, actor.countryCode, false)).map(toAgency) };
      },
    });

    app.post('/admin/agencies', {
      config: { action: 'agency.create' },
      schema: { body: AgencyCreateInput, response: { 201: Agency, ...errors } },
      handler: async (request, reply) => {
        const ctx = context(request);
        authorize(adminPolicy, ctx.actor, 'agency.create');
        if (request.body.countryCode !== ctx.actor.countryCode)
          throw new ForbiddenError('agency.other_country');
        return reply.status(201).send(toAgency(await createAgency(ctx, request.body)));
      },
    });

    app.patch('/admin/agencies/:id', {
      config: { action: 'agency.update' },
      schema: { params: IdParams, body: AgencyUpdateInput, response: { 200: Agency, ...errors } },
      handler: async (request) => {
        const ctx = context(request);
        const scope = await findAgency(deps.db, request.params.id);
        authorizeOn(adminPolicy, ctx.actor, 'agency.update', scope);
        return toAgency(await changeAgency(ctx, scope.id, request.body));
      },
    });

    app.get('/staff', {
      config: { action: 'user.directory' },
      schema: { response: { 200: StaffList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'user.directory');
        const rows = await listActiveStaff(deps.db, actor.countryCode);
        return {
          items: rows.map((row) => ({
            id: row.id,
            displayName: row.display_name,
            agencyId: row.agency_id,
            agencyName: row.agency_name,
            roles: row.roles as z.infer<typeof Role>[],
          })),
        };
      },
    });

    app.get('/admin/users', {
      config: { action: 'user.list' },
      schema: { response: { 200: z.object({ items: z.array(UserSummary) }), ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'user.list');
        return { items: (await listUsers(deps.db, actor.countryCode)).map(toUserSummary) };
      },
    });

    app.post('/admin/users', {
      config: { action: 'user.create' },
      schema: { body: UserCreateInput, response: { 201: UserSummary, ...errors } },
      handler: async (request, reply) => {
        const ctx = context(request);
        const agency = await findAgency(deps.db, request.body.agencyId);
        authorizeOn(adminPolicy, ctx.actor, 'user.create', agency);
        return reply.status(201).send(toUserSummary(await createUser(ctx, request.body)));
      },
    });

    app.patch('/admin/users/:id', {
      config: { action: 'user.update' },
      schema: {
        params: IdParams,
        body: UserUpdateInput,
        response: { 200: UserSummary, ...errors },
      },
      handler: async (request) => {
        const ctx = context(request);
        const scope = await findUserScope(deps.db, request.params.id);
        authorizeOn(adminPolicy, ctx.actor, 'user.update', scope);
        return toUserSummary(await changeUser(ctx, scope.id, request.body));
      },
    });

    for (const [suffix, action, run] of [
      ['reset-mfa', 'user.reset_mfa', resetUserMfa],
      ['unlock', 'user.unlock', unlockUser],
    ] as const) {
      app.post(`/admin/users/:id/${suffix}`, {
        config: { action },
        schema: { params: IdParams, response: { 200: UserSummary, ...errors } },
        handler: async (request) => {
          const ctx = context(request);
          const scope = await findUserScope(deps.db, request.params.id);
          authorizeOn(adminPolicy, ctx.actor, action, scope);
          return toUserSummary(await run(ctx, scope.id));
        },
      });
    }
  };
