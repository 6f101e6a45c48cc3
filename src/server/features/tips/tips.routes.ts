import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import {
  CloseTipInput,
  ConvertTipInput,
  HotlineTipInput,
  PublicConfig,
  PublicTipInput,
  TipDetail,
  TipList,
  TipListQuery,
  TipReceipt,
  TriageInput,
} from '#shared/contracts/tips.js';
import { TIP_CATEGORIES } from '#shared/reference/code-lists.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { authorize, authorizeOn, PUBLIC_ACTION } from '#server/platform/authz/policy.js';
import { NotFoundError } from '#server/platform/errors.js';
import { requireActor } from '#server/platform/http/types.js';
import { closeTip, convertTip, triageTip } from './tip-actions.service.js';
import { tipsPolicy } from './tips.policy.js';
import { toTipDetail, toTipSummary } from './tips.present.js';
import { findTipScope, listRegions, listTipQueue } from './tips.repo.js';
import { readAttachment, recordTip, viewTip, type TipsContext } from './tips.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
// Three 2 MiB attachments in base64 plus the text fields.
const TIP_BODY_LIMIT = 9 * 1024 * 1024;

export const tipsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (requestId: string): TipsContext => ({
      db: deps.db,
      sealer: deps.sealer,
      now: deps.now(),
      requestId,
      nodeCountry: deps.nodeCountry,
    });

    app.get('/public/config', {
      config: { action: PUBLIC_ACTION },
      schema: { response: { 200: PublicConfig } },
      handler: async () => ({
        countryCode: deps.nodeCountry,
        regions: (await listRegions(deps.db, deps.nodeCountry)).map((region) => ({
          code: region.code,
          label: { ar: region.label_ar, fr: region.label_fr, en: region.label_en },
        })),
        categories: TIP_CATEGORIES.map((category) => ({
          code: category.code,
          label: category.label,
        })),
      }),
    });

    app.post('/public/tips', {
      config: {
        action: PUBLIC_ACTION,
        rateLimit: { max: deps.rateLimits.publicTipsPerMinute, timeWindow: 60_000 },
      },
      bodyLimit: TIP_BODY_LIMIT,
      schema: {
        body: PublicTipInput,
        response: { 201: TipReceipt, 400: ErrorBody, 429: ErrorBody },
      },
      handler: async (request, reply) => {
        const receipt = await recordTip(context(request.id), null, {
          ...request.body,
          channel: 'web_form',
        });
        return reply
          .status(201)
          .send({ reference: receipt.reference, receivedAt: receipt.receivedAt.toISOString() });
      },
    });

    app.post('/tips', {
      config: { action: 'tip.create' },
      bodyLimit: TIP_BODY_LIMIT,
      schema: {
        body: HotlineTipInput,
        response: { 201: TipReceipt.extend({ id: Id }), ...errors },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(tipsPolicy, actor, 'tip.create');
        const receipt = await recordTip(context(request.id), actor, request.body);
        return reply.status(201).send({ ...receipt, receivedAt: receipt.receivedAt.toISOString() });
      },
    });

    app.get('/tips', {
      config: { action: 'tip.list' },
      schema: { querystring: TipListQuery, response: { 200: TipList, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(tipsPolicy, actor, 'tip.list');
        const page = await listTipQueue(deps.db, actor, request.query);
        const now = deps.now();
        return { items: page.items.map((row) => toTipSummary(row, now)), total: page.total };
      },
    });

    app.get('/tips/:id', {
      config: { action: 'tip.read' },
      schema: { params: IdParams, response: { 200: TipDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findTipScope(deps.db, request.params.id);
        authorizeOn(tipsPolicy, actor, 'tip.read', scope);
        const ctx = context(request.id);
        return toTipDetail(await viewTip(ctx, actor, scope.id), ctx.now);
      },
    });

    app.get('/tips/:id/attachments/:attachmentId', {
      config: { action: 'tip.attachment.read' },
      schema: {
        params: z.strictObject({ id: Id, attachmentId: Id }),
        response: { 200: z.string().meta({ format: 'binary' }), ...errors },
      },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        const scope = await findTipScope(deps.db, request.params.id);
        authorizeOn(tipsPolicy, actor, 'tip.attachment.read', scope);
        const file = await readAttachment(
          context(request.id),
          actor,
          scope.id,
          request.params.attachmentId,
        );
        if (!file) throw new NotFoundError();
        return (
          reply
            .type(file.contentType)
            .header(
              'content-disposition',
              `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
            )
            .header('x-content-type-options', 'nosniff')
            // A Buffer bypasses the JSON serializer; the schema above only documents the download.
            .send(file.content as unknown as string)
        );
      },
    });

    app.post('/tips/:id/triage', {
      config: { action: 'tip.triage' },
      schema: { params: IdParams, body: TriageInput, response: { 200: TipDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findTipScope(deps.db, request.params.id);
        authorizeOn(tipsPolicy, actor, 'tip.triage', scope);
        const ctx = context(request.id);
        await triageTip(ctx, actor, scope, request.body);
        return toTipDetail(await viewTip(ctx, actor, scope.id), ctx.now);
      },
    });

    app.post('/tips/:id/convert', {
      config: { action: 'tip.convert' },
      schema: {
        params: IdParams,
        body: ConvertTipInput,
        response: { 200: z.object({ caseId: Id }), ...errors },
      },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findTipScope(deps.db, request.params.id);
        authorizeOn(tipsPolicy, actor, 'tip.convert', scope);
        return convertTip(context(request.id), actor, scope, request.body);
      },
    });

    app.post('/tips/:id/close', {
      config: { action: 'tip.close' },
      schema: { params: IdParams, body: CloseTipInput, response: { 200: TipDetail, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findTipScope(deps.db, request.params.id);
        authorizeOn(tipsPolicy, actor, 'tip.close', scope);
        const ctx = context(request.id);
        await closeTip(ctx, actor, scope, request.body);
        return toTipDetail(await viewTip(ctx, actor, scope.id), ctx.now);
      },
    });
  };
