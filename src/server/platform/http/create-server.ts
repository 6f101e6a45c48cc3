import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ActionRegistry } from '../authz/registry.js';
import { PUBLIC_ACTION } from '../authz/policy.js';
import type { SessionTimeouts } from '../auth/resolve-identity.js';
import type { Db } from '../db/schema.js';
import { installErrorHandler, sendError, sendFrameworkError } from './error-handler.js';
import { installIdentityHook } from './identity-hook.js';
import { installRouteGuard, type RegisteredRoute } from './route-guard.js';
import './types.js';

export type ServerOptions = {
  db: Db;
  actions: ActionRegistry;
  timeouts: SessionTimeouts;
  now: () => Date;
  logLevel: string;
  logStream?: Writable | undefined;
  trustProxy: boolean;
};

/** Headers and body fields whose values must never reach a log line. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body',
  'req.body',
];

export async function createServer(options: ServerOptions): Promise<{
  app: FastifyInstance;
  routes: RegisteredRoute[];
}> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: options.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: sendFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, 404, { code: 'route.not_found', messageKey: 'errors.routeNotFound' }),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Tansiq API', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tansiq_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  const routes = installRouteGuard(app, options.actions);
  installIdentityHook(app, options);

  app.get(
    '/healthz',
    {
      config: { action: PUBLIC_ACTION },
      schema: { response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/openapi.json',
    { config: { action: PUBLIC_ACTION }, schema: { hide: true } },
    async () => app.swagger(),
  );
  return { app, routes };
}
