import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody } from '#shared/contracts/error.js';
import { pickLocale, type Locale } from '#shared/i18n/locales.js';
import { AppError, type ErrorKind } from '../errors.js';
import { translateError } from './messages.js';
import { localizeIssue } from './validation-messages.js';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  locked: 423,
  rate_limited: 429,
};

/** Client mistakes Fastify itself detects, mapped to stable codes and catalogue keys. */
const FASTIFY_CLIENT_ERRORS: Record<number, { code: string; messageKey: string }> = {
  400: { code: 'validation', messageKey: 'errors.validation' },
  404: { code: 'route.not_found', messageKey: 'errors.routeNotFound' },
  405: { code: 'route.not_found', messageKey: 'errors.routeNotFound' },
  406: { code: 'validation', messageKey: 'errors.validation' },
  413: { code: 'payload_too_large', messageKey: 'errors.payloadTooLarge' },
  415: { code: 'unsupported_media_type', messageKey: 'errors.unsupportedMediaType' },
  429: { code: 'rate_limited', messageKey: 'errors.rateLimited' },
};

/** SQLSTATEs for text PostgreSQL cannot hold (NUL, unencodable characters). */
const UNSTORABLE_TEXT_CODES = new Set(['22021', '22P05']);

/**
 * Router errors raised before any route matches (a bad percent-encoding, an over-long path
 * parameter) get the one error shape instead of Fastify's default body, which echoes the path.
 */
export function sendFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  request.locale = pickLocale(request.headers['accept-language']);
  // No route, so no onSend hook: set the request id header here.
  reply.header('x-request-id', request.id);
  const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 400;
  void sendError(request, reply, status, { code: 'validation', messageKey: 'errors.validation' });
}

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  error: { code: string; messageKey: string; details?: ErrorBody['error']['details'] },
): FastifyReply {
  const body: ErrorBody = {
    error: {
      code: error.code,
      messageKey: error.messageKey,
      message: translateError(error.messageKey, request.locale),
      ...(error.details ? { details: error.details } : {}),
      requestId: request.id,
    },
  };
  return reply.status(status).type('application/json').send(body);
}

function validationFields(error: FastifyError & { validationContext?: string }, locale: Locale) {
  const issues = hasZodFastifySchemaValidationErrors(error) ? error.validation : [];
  return issues.slice(0, 50).map((issue) => ({
    path: `${error.validationContext ?? 'body'}${issue.instancePath.replace(/\//g, '.')}`.replace(
      /\.$/,
      '',
    ),
    message: localizeIssue(issue, locale),
  }));
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendError(request, reply, STATUS_BY_KIND[error.kind], {
        code: error.code,
        messageKey: error.messageKey,
        ...(error.details ? { details: error.details } : {}),
      });
    }
    if (error.validation) {
      return sendError(request, reply, 400, {
        code: 'validation',
        messageKey: 'errors.validation',
        details: { fields: validationFields(error, request.locale) },
      });
    }
    // PostgreSQL cannot store the text the client sent (a NUL character): a client mistake.
    if (UNSTORABLE_TEXT_CODES.has(error.code)) {
      return sendError(request, reply, 400, {
        code: 'validation',
        messageKey: 'errors.validation',
      });
    }
    const status = error.statusCode ?? 500;
    const clientError =
      FASTIFY_CLIENT_ERRORS[status] ??
      (status >= 400 && status < 500 ? FASTIFY_CLIENT_ERRORS[400] : undefined);
    if (clientError)
      return sendError(request, reply, status >= 400 && status < 500 ? status : 400, clientError);
    // Log only the error's type, code and stack: pg error details can echo row values.
    request.log.error(
      { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
      'request failed',
    );
    return sendError(request, reply, 500, { code: 'internal', messageKey: 'errors.internal' });
  });
}
