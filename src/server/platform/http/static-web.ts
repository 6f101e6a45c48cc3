import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PUBLIC_ACTION } from '../authz/policy.js';
import { sendError } from './error-handler.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app (dist/web) and falls back to index.html for client-side routes.
 * Unknown /api paths get the JSON 404 instead of the page.
 */
export function installStaticWeb(app: FastifyInstance, webRoot: string): void {
  const hasBuild = existsSync(join(webRoot, 'index.html'));
  app.route({
    method: 'GET',
    url: '/*',
    config: { action: PUBLIC_ACTION },
    schema: { hide: true },
    handler: async (request, reply) => {
      const path = (request.params as { '*': string })['*'];
      if (path.startsWith('api/') || path === 'api') {
        return sendError(request, reply, 404, {
          code: 'route.not_found',
          messageKey: 'errors.routeNotFound',
        });
      }
      if (!hasBuild)
        return reply.type('text/plain').send('Web app not built: run npm run build:web');
      const candidate = normalize(join(webRoot, path));
      const isInside = candidate.startsWith(webRoot + sep);
      const extension = extname(candidate);
      if (isInside && extension && CONTENT_TYPES[extension] && existsSync(candidate)) {
        const immutable = path.startsWith('assets/');
        return reply
          .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
          .type(CONTENT_TYPES[extension])
          .send(await readFile(candidate));
      }
      return reply
        .header('cache-control', 'no-cache')
        .type(CONTENT_TYPES['.html'] ?? 'text/html')
        .send(await readFile(join(webRoot, 'index.html')));
    },
  });
}
