import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import { DocumentUploadInput, VictimDocument } from '#shared/contracts/victims.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { downloadDocument, listVictimDocuments, uploadDocument } from './documents.service.js';
import { CaseParams, victimRouteContext } from './victims.routes.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
// One 5 MiB document in base64 plus the other fields.
const DOCUMENT_BODY_LIMIT = 7 * 1024 * 1024;

export const documentsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const open = victimRouteContext(deps);
    const list = async (
      ctx: Parameters<typeof listVictimDocuments>[0],
      kase: Parameters<typeof listVictimDocuments>[1],
    ) =>
      (await listVictimDocuments(ctx, kase)).map((row): VictimDocument => ({
        id: row.id,
        kind: row.kind as VictimDocument['kind'],
        filename: deps.sealer.openText(row.filename_sealed),
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        uploadedAt: row.uploaded_at.toISOString(),
        uploadedByName: row.display_name,
      }));

    app.post('/cases/:id/victim/documents', {
      config: { action: 'victim.document.upload' },
      bodyLimit: DOCUMENT_BODY_LIMIT,
      schema: {
        params: CaseParams,
        body: DocumentUploadInput,
        response: { 201: VictimDocument, ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.document.upload');
        const id = await uploadDocument(ctx, kase, request.body);
        const uploaded = (await list(ctx, kase)).find((document) => document.id === id);
        if (!uploaded) throw new Error('document vanished after upload');
        return reply.status(201).send(uploaded);
      },
    });

    app.get('/cases/:id/victim/documents', {
      config: { action: 'victim.document.read' },
      schema: {
        params: CaseParams,
        response: { 200: z.object({ items: z.array(VictimDocument) }), ...errors },
      },
      handler: async (request) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.document.read');
        return { items: await list(ctx, kase) };
      },
    });

    app.get('/cases/:id/victim/documents/:documentId', {
      config: { action: 'victim.document.read' },
      schema: {
        params: z.strictObject({ id: Id, documentId: Id }),
        response: { 200: z.string().meta({ format: 'binary' }), ...errors },
      },
      handler: async (request, reply) => {
        const { ctx, kase } = await open(request, request.params.id, 'victim.document.read');
        const file = await downloadDocument(ctx, kase, request.params.documentId);
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
  };
