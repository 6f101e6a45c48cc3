import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pickLocale } from '#shared/i18n/locales.js';
import { hasRole } from '../authz/actor.js';
import type { ActionRegistry } from '../authz/registry.js';
import { resolveIdentity, type SessionTimeouts } from '../auth/resolve-identity.js';
import type { Db } from '../db/schema.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

export const SESSION_COOKIE = 'tansiq_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/**
 * Runs on every request before the body is even parsed: resolves the caller, enforces CSRF for
 * cookie sessions, and checks the route's action against the caller's roles. Nothing a handler
 * does (validation included) happens for a caller who may not use the route at all.
 */
export function installIdentityHook(
  app: FastifyInstance,
  deps: { db: Db; actions: ActionRegistry; timeouts: SessionTimeouts; now: () => Date },
): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('locale', 'en');

  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
    const action = request.routeOptions.config.action;
    if (action === undefined) return; // 404 handler: no route
    const requirement = deps.actions.requirement(action);
    if (!requirement) throw new Error(`route ${request.routeOptions.url ?? ''} has unknown action`);
    if (requirement.kind === 'public') return;

    const identity = await resolveIdentity(
      deps.db,
      { cookieToken: request.cookies[SESSION_COOKIE], bearer: bearerOf(request) },
      deps.now(),
      deps.timeouts,
    );
    request.actor = identity.actor;
    request.session = identity.session;

    if (identity.session && !SAFE_METHODS.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== identity.session.csrfToken) {
        throw new ForbiddenError('auth.csrf', 'errors.csrf');
      }
    }
    if (requirement.kind === 'partial_session') {
      if (!identity.session) throw new UnauthenticatedError();
      return;
    }
    if (!identity.actor) {
      if (identity.session)
        throw new UnauthenticatedError('auth.mfa_required', 'errors.mfaRequired');
      throw new UnauthenticatedError();
    }
    const scopes = identity.actor.tokenScopes;
    if (scopes && !scopes.includes(action)) throw new ForbiddenError('auth.token_scope');
    if (requirement.kind === 'roles' && !hasRole(identity.actor, ...requirement.roles)) {
      throw new ForbiddenError();
    }
  });
}
