import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  Consent,
  ConsentInput,
  ConsentOverrideInput,
  NeedsAssessment,
  NeedsAssessmentInput,
} from '#shared/contracts/victims.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import {
  readNeeds,
  recordConsent,
  recordNeeds,
  recordOverride,
  revokeConsent,
} from './consents.service.js';
import { toConsent, toNeedsAssessment } from './victims.present.js';
import { CaseParams, victimRouteContext } from './victims.routes.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

function present<T, R>(row: T | undefined, map: (row: T) => R): R {
  if (row === undefined) throw new Error('row vanished inside its own transaction');
  return map(row);
}

export const consentsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const open = victimRouteContext(deps);

    app.post('/cases/:id/victim/consents', {
      config: { action: 'victim.consent.record' },
      schema: { params: CaseParams, body: ConsentInput, response: { 201: Consent, ...errors } },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.consent.record');
        return reply
          .status(201)
          .send(present(await recordConsent(ctx, kase, request.body), toConsent));
      },
    });

    app.post('/cases/:id/victim/consent-overrides', {
      config: { action: 'victim.consent.override' },
      schema: {
        params: CaseParams,
        body: ConsentOverrideInput,
        response: { 201: Consent, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.consent.override');
        return reply
          .status(201)
          .send(present(await recordOverride(ctx, kase, request.body), toConsent));
      },
    });

    app.post('/cases/:id/victim/consents/:consentId/withdraw', {
      config: { action: 'victim.consent.withdraw' },
      schema: {
        params: z.strictObject({ id: Id, consentId: Id }),
        response: { 200: Consent, ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.consent.withdraw');
        return present(await revokeConsent(ctx, kase, request.params.consentId), toConsent);
      },
    });

    app.get('/cases/:id/victim/needs', {
      config: { action: 'victim.needs.read' },
      schema: {
        params: CaseParams,
        response: { 200: z.object({ items: z.array(NeedsAssessment) }), ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.needs.read');
        const rows = await readNeeds(ctx, kase);
        return { items: rows.map((row) => toNeedsAssessment(row, deps.sealer.openText)) };
      },
    });

    app.post('/cases/:id/victim/needs', {
      config: { action: 'victim.needs.record' },
      schema: {
        params: CaseParams,
        body: NeedsAssessmentInput,
        response: { 201: NeedsAssessment, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.needs.record');
        const row = await recordNeeds(ctx, kase, request.body);
        return reply
          .status(201)
          .send(present(row, (value) => toNeedsAssessment(value, deps.sealer.openText)));
      },
    });
  };
