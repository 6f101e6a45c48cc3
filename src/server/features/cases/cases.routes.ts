import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseDetail, CaseList, CaseListQuery } from '#shared/contracts/cases.js';
import { AssignmentInput } from '#shared/contracts/victims.js';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { casesPolicy } from './cases.policy.js';
import { toCaseDetail, toCaseSummary } from './cases.present.js';
import { findCaseScope, listVisibleCases } from './cases.repo.js';
import { assignToCase, viewCase } from './cases.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const casesRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/cases', {
      config: { action: 'case.list' },
      schema: { querystring: CaseListQuery, response: { 200: CaseList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(casesPolicy, actor, 'case.list');
        const page = await listVisibleCases(deps.db, actor, request.query);
        return { items: page.items.map(toCaseSummary), total: page.total };
      },
    });

    app.get('/cases/:id', {
      config: { action: 'case.read' },
      schema: { params: IdParams, response: { 200: CaseDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findCaseScope(deps.db, request.params.id, actor.userId);
        authorizeOn(casesPolicy, actor, 'case.read', scope);
        return toCaseDetail(await viewCase(deps.db, actor, scope.id, deps.now(), request.id));
      },
    });

    app.post('/cases/:id/assignments', {
      config: { action: 'case.assign' },
      schema: { params: IdParams, body: AssignmentInput, response: { 200: CaseDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findCaseScope(deps.db, request.params.id, actor.userId);
        authorizeOn(casesPolicy, actor, 'case.assign', scope);
        const now = deps.now();
        await assignToCase(deps.db, actor, scope.id, request.body.userId, now, request.id);
        return toCaseDetail(await viewCase(deps.db, actor, scope.id, now, request.id));
      },
    });
  };
