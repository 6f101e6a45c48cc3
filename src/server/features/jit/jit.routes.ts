import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  JitActivateInput,
  JitCreateInput,
  JitDetail,
  JitExtendInput,
  JitList,
  JitListQuery,
  JitMemberInput,
  JitMemberParams,
  JitTerminateInput,
  JitWorkspace,
  JitWorkspaceEntryInput,
  JitWorkspaceQuery,
} from '#shared/contracts/jit.js';
import { todayOf } from '#shared/domain/jit.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { addJitMember, removeJitMember } from './jit-members.service.js';
import { viewAgreement } from './jit-view.service.js';
import { readWorkspace, writeWorkspaceEntry } from './jit-workspace.service.js';
import { jitPolicy, type JitScope } from './jit.policy.js';
import { toJitSummary } from './jit.present.js';
import { findJitScope, listAgreementsOfMember } from './jit.repo.js';
import {
  activateAgreement,
  createAgreement,
  extendAgreement,
  terminateAgreement,
  type JitContext,
} from './jit.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Joint investigation teams: agreements, members and the shared workspace. */
export const jitRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (requestId: string): JitContext => ({
      db: deps.db,
      sealer: deps.sealer,
      now: deps.now(),
      requestId,
    });
    const scopeFor = async (actor: Actor, action: string, id: string): Promise<JitScope> => {
      const scope = await findJitScope(deps.db, id, actor.userId);
      authorizeOn(jitPolicy, actor, action, scope);
      return scope;
    };

    app.post('/jit', {
      config: { action: 'jit.create' },
      schema: { body: JitCreateInput, response: { 201: JitDetail, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(jitPolicy, actor, 'jit.create');
        const ctx = context(request.id);
        const { id } = await createAgreement(ctx, actor, request.body);
        const scope = await findJitScope(deps.db, id, actor.userId);
        if (!scope) throw new Error('the agreement just created is missing');
        return reply.status(201).send(await viewAgreement(ctx, actor, scope));
      },
    });

    app.get('/jit', {
      config: { action: 'jit.list' },
      schema: { querystring: JitListQuery, response: { 200: JitList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(jitPolicy, actor, 'jit.list');
        const today = todayOf(deps.now());
        const member = { userId: actor.userId, countryCode: actor.countryCode, today };
        const page = await listAgreementsOfMember(deps.db, member, request.query);
        return { items: page.items.map((row) => toJitSummary(row, today)), total: page.total };
      },
    });

    app.get('/jit/:id', {
      config: { action: 'jit.read' },
      schema: { params: IdParams, response: { 200: JitDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'jit.read', request.params.id);
        return viewAgreement(context(request.id), actor, scope);
      },
    });

    /** A lifecycle command of a leader; answers with the agreement as it now reads. */
    const runCommand = async (
      request: { id: string; actor: Actor | null; params: { id: string } },
      action: string,
      run: (ctx: JitContext, actor: Actor, scope: JitScope) => Promise<void>,
    ) => {
      const actor = requireActor(request.actor);
      const scope = await scopeFor(actor, action, request.params.id);
      const ctx = context(request.id);
      await run(ctx, actor, scope);
      return viewAgreement(ctx, actor, scope);
    };

    app.post('/jit/:id/activate', {
      config: { action: 'jit.activate' },
      schema: { params: IdParams, body: JitActivateInput, response: { 200: JitDetail, ...errors } },
      handler: async (request) =>
        runCommand(request, 'jit.activate', (ctx, actor, scope) =>
          activateAgreement(ctx, actor, scope, request.body),
        ),
    });

    app.post('/jit/:id/terminate', {
      config: { action: 'jit.terminate' },
      schema: {
        params: IdParams,
        body: JitTerminateInput,
        response: { 200: JitDetail, ...errors },
      },
      handler: async (request) =>
        runCommand(request, 'jit.terminate', (ctx, actor, scope) =>
          terminateAgreement(ctx, actor, scope, request.body),
        ),
    });

    app.post('/jit/:id/extend', {
      config: { action: 'jit.extend' },
      schema: { params: IdParams, body: JitExtendInput, response: { 200: JitDetail, ...errors } },
      handler: async (request) =>
        runCommand(request, 'jit.extend', (ctx, actor, scope) =>
          extendAgreement(ctx, actor, scope, request.body),
        ),
    });

    app.post('/jit/:id/members', {
      config: { action: 'jit.add_member' },
      schema: { params: IdParams, body: JitMemberInput, response: { 201: JitDetail, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'jit.add_member', request.params.id);
        const ctx = context(request.id);
        await addJitMember(ctx, actor, scope, request.body);
        return reply.status(201).send(await viewAgreement(ctx, actor, scope));
      },
    });

    app.delete('/jit/:id/members/:memberId', {
      config: { action: 'jit.remove_member' },
      schema: { params: JitMemberParams, response: { 200: JitDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'jit.remove_member', request.params.id);
        const ctx = context(request.id);
        await removeJitMember(ctx, actor, scope, request.params.memberId);
        return viewAgreement(ctx, actor, scope);
      },
    });

    app.get('/jit/:id/workspace', {
      config: { action: 'jit.read_workspace' },
      schema: {
        params: IdParams,
        querystring: JitWorkspaceQuery,
        response: { 200: JitWorkspace, ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'jit.read_workspace', request.params.id);
        return readWorkspace(context(request.id), actor, scope, request.query);
      },
    });

    app.post('/jit/:id/workspace', {
      config: { action: 'jit.write_workspace' },
      schema: {
        params: IdParams,
        body: JitWorkspaceEntryInput,
        response: { 201: JitWorkspace, ...errors },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'jit.write_workspace', request.params.id);
        const ctx = context(request.id);
        await writeWorkspaceEntry(ctx, actor, scope, request.body);
        const page = { limit: 50, offset: 0 };
        return reply.status(201).send(await readWorkspace(ctx, actor, scope, page));
      },
    });
  };
