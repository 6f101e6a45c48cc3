import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  Transfer,
  TransferAnswerInput,
  TransferDeclineInput,
  TransferList,
  TransferListQuery,
  TransferRequestInput,
} from '#shared/contracts/transfers.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { authorize, authorizeOn } from '#server/platform/authz/policy.js';
import { requireActor } from '#server/platform/http/types.js';
import { casesPolicy, findCaseScope } from '#server/features/cases/index.js';
import { transfersPolicy } from './transfers.policy.js';
import { toTransfer } from './transfers.present.js';
import { findTransfer, findTransferScope, listTransfers } from './transfers.repo.js';
import {
  answerTransferRequest,
  requestTransfer,
  type TransfersContext,
} from './transfers.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const transfersRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (actor: Actor, requestId: string): TransfersContext => ({
      db: deps.db,
      sealer: deps.sealer,
      actor,
      now: deps.now(),
      requestId,
    });
    const present = async (actor: Actor, transferId: string) =>
      toTransfer(await findTransfer(deps.db, transferId), actor, deps.sealer);

    app.post('/cases/:id/transfers', {
      config: { action: 'case.transfer_request' },
      schema: {
        params: IdParams,
        body: TransferRequestInput,
        response: { 201: Transfer, ...errors },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const kase = await findCaseScope(deps.db, request.params.id, actor.userId);
        authorizeOn(casesPolicy, actor, 'case.transfer_request', kase);
        const id = await requestTransfer(context(actor, request.id), kase, request.body);
        return reply.status(201).send(await present(actor, id));
      },
    });

    app.get('/transfers', {
      config: { action: 'transfer.list' },
      schema: { querystring: TransferListQuery, response: { 200: TransferList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(transfersPolicy, actor, 'transfer.list');
        const rows = await listTransfers(deps.db, actor, request.query);
        return { items: rows.map((row) => toTransfer(row, actor, deps.sealer)) };
      },
    });

    for (const [verb, answer, body] of [
      ['accept', 'accepted', TransferAnswerInput],
      ['cancel', 'cancelled', TransferAnswerInput],
      ['decline', 'declined', TransferDeclineInput],
    ] as const) {
      const action = `transfer.${verb}` as const;
      app.post(`/transfers/:id/${verb}`, {
        config: { action },
        schema: { params: IdParams, body, response: { 200: Transfer, ...errors } },
        handler: async (request) => {
          const actor = requireActor(request.actor);
          const scope = await findTransferScope(deps.db, request.params.id);
          authorizeOn(transfersPolicy, actor, action, scope);
          const input = request.body as { version: number; reason?: string };
          await answerTransferRequest(context(actor, request.id), scope, answer, {
            version: input.version,
            ...(input.reason ? { declineReason: input.reason } : {}),
          });
          return present(actor, scope.id);
        },
      });
    }
  };
