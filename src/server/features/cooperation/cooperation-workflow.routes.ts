import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';
import { IdParams } from '#shared/contracts/common.js';
import {
  CooperationAcknowledgeInput,
  CooperationCommandInput,
  CooperationRefuseInput,
  CooperationRequestDetail,
  CooperationReturnInput,
  CooperationSendInput,
  CooperationStartExecutionInput,
  CustodyCreateInput,
  DocumentQuery,
  EvidenceCreateInput,
  EvidenceParams,
} from '#shared/contracts/cooperation.js';
import {
  COOPERATION_COMMAND_PATH,
  COOPERATION_COMMANDS,
  type CooperationCommand,
  type CooperationDirection,
  type CooperationUrgency,
} from '#shared/domain/cooperation.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { requireActor } from '#server/platform/http/types.js';
import {
  applyCooperationCommand,
  type CooperationCommandInput as CommandBody,
} from './cooperation-actions.service.js';
import { recordCustodyStep, recordEvidence } from './cooperation-evidence.service.js';
import { cooperationRouteKit, ERRORS } from './cooperation-route-kit.js';
import { viewCooperationRequest, type CooperationView } from './cooperation-view.service.js';
import { buildRequestDocument, type RequestDocumentInput } from './request-document.js';

const COMMAND_BODY: Record<CooperationCommand, ZodType> = {
  check: CooperationCommandInput,
  return: CooperationReturnInput,
  send: CooperationSendInput,
  acknowledge: CooperationAcknowledgeInput,
  start_execution: CooperationStartExecutionInput,
  partially_execute: CooperationCommandInput,
  execute: CooperationCommandInput,
  refuse: CooperationRefuseInput,
  withdraw: CooperationCommandInput,
};

/** The printed request is dated the day it was sent, or today while it is a draft. */
function documentInputOf(view: CooperationView, now: Date): RequestDocumentInput {
  const row = view.row;
  return {
    reference: row.reference,
    direction: row.direction as CooperationDirection,
    countryCode: row.country_code,
    foreignCountry: row.foreign_country,
    type: row.type,
    urgency: row.urgency as CooperationUrgency,
    legalBasis: row.legal_basis,
    legalBasisInstrument: row.legal_basis_instrument,
    legalBasisDetail: row.legal_basis_detail,
    measures: row.measures,
    requestingAuthority: row.requesting_authority,
    requestedAuthority: row.requested_authority,
    date: row.sent_at ?? now,
    contents: view.contents,
  };
}

/** The lifecycle commands (one route each), evidence and custody, the printable document. */
export const cooperationWorkflowRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { context, scopeFor, detail } = cooperationRouteKit(deps);

    for (const command of COOPERATION_COMMANDS) {
      const action = `cooperation.${command}`;
      app.post(`/cooperation/requests/:id/${COOPERATION_COMMAND_PATH[command]}`, {
        config: { action },
        schema: {
          params: IdParams,
          body: COMMAND_BODY[command],
          response: { 200: CooperationRequestDetail, ...ERRORS },
        },
        handler: async (request) => {
          const actor = requireActor(request.actor);
          const scope = await scopeFor(actor, action, request.params.id);
          const ctx = context(request.id);
          const body = request.body as CommandBody;
          await applyCooperationCommand(ctx, actor, scope, command, body);
          return detail(ctx, actor, scope.id);
        },
      });
    }

    app.post('/cooperation/requests/:id/evidence', {
      config: { action: 'cooperation.evidence_add' },
      schema: {
        params: IdParams,
        body: EvidenceCreateInput,
        response: { 201: CooperationRequestDetail, ...ERRORS },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'cooperation.evidence_add', request.params.id);
        const ctx = context(request.id);
        await recordEvidence(ctx, actor, scope, request.body);
        return reply.status(201).send(await detail(ctx, actor, scope.id));
      },
    });

    app.post('/cooperation/requests/:id/evidence/:evidenceId/custody', {
      config: { action: 'cooperation.custody_add' },
      schema: {
        params: EvidenceParams,
        body: CustodyCreateInput,
        response: { 201: CooperationRequestDetail, ...ERRORS },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'cooperation.custody_add', request.params.id);
        const ctx = context(request.id);
        await recordCustodyStep(ctx, actor, scope, request.params.evidenceId, request.body);
        return reply.status(201).send(await detail(ctx, actor, scope.id));
      },
    });

    app.get('/cooperation/requests/:id/document', {
      config: { action: 'cooperation.document' },
      schema: {
        params: IdParams,
        querystring: DocumentQuery,
        response: { 200: z.string().meta({ format: 'binary' }), ...ERRORS },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await scopeFor(actor, 'cooperation.document', request.params.id);
        const ctx = context(request.id);
        const lang = request.query.lang;
        const view = await viewCooperationRequest(ctx, actor, scope.id, {
          action: 'cooperation.document',
          details: { lang },
        });
        const html = buildRequestDocument(documentInputOf(view, ctx.now), lang);
        const pdf = await deps.renderPdf(html);
        return (
          reply
            .type('application/pdf')
            .header(
              'content-disposition',
              `inline; filename="${encodeURIComponent(view.row.reference)}-${lang}.pdf"`,
            )
            .header('x-content-type-options', 'nosniff')
            // A Buffer bypasses the JSON serializer; the schema above only documents the download.
            .send(pdf as unknown as string)
        );
      },
    });
  };
