import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiTokenCreated,
  ApiTokenCreateInput,
  ApiTokenSummary,
  LoginInput,
  MfaCodeInput,
  MfaEnrolment,
  SessionInfo,
} from '#shared/contracts/auth.js';
import { IdParams } from '#shared/contracts/common.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import {
  authorize,
  authorizeOn,
  PARTIAL_SESSION_ACTION,
  PUBLIC_ACTION,
} from '#server/platform/authz/policy.js';
import { resolveIdentity, type SessionContext } from '#server/platform/auth/resolve-identity.js';
import { SESSION_COOKIE } from '#server/platform/http/identity-hook.js';
import { requireActor } from '#server/platform/http/types.js';
import { apiTokensPolicy } from './auth.policy.js';
import { toApiTokenSummary, toSessionInfo } from './auth.present.js';
import { findApiTokenScope, listApiTokens } from './api-tokens.repo.js';
import { createApiToken, revokeToken } from './api-tokens.service.js';
import { logIn, logOut, passMfa, startMfaEnrolment, type AuthContext } from './auth.service.js';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  423: ErrorBody,
};

function requireSession(session: SessionContext | null): SessionContext {
  if (!session) throw new Error('partial-session route reached without a session');
  return session;
}

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const context = (requestId: string): AuthContext => ({
      db: deps.db,
      sealer: deps.sealer,
      now: deps.now(),
      requestId,
      sessionMaxHours: deps.session.maxHours,
    });
    /** Re-reads the session after a change so the answer shows its new MFA state. */
    const currentSession = async (token: string) => {
      const identity = await resolveIdentity(
        deps.db,
        { cookieToken: token, bearer: undefined },
        deps.now(),
        {
          idleMinutes: deps.session.idleMinutes,
        },
      );
      return requireSession(identity.session);
    };
    const setSessionCookie = (reply: FastifyReply, token: string) =>
      reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.session.cookieSecure,
        path: '/',
        maxAge: deps.session.maxHours * 3600,
      });

    app.post('/auth/login', {
      config: {
        action: PUBLIC_ACTION,
        rateLimit: { max: deps.rateLimits.loginPerMinute, timeWindow: 60_000 },
      },
      schema: { body: LoginInput, response: { 200: SessionInfo, ...errors } },
      handler: async (request, reply) => {
        const { token } = await logIn(
          context(request.id),
          request.body.email,
          request.body.password,
        );
        setSessionCookie(reply, token);
        return toSessionInfo(await currentSession(token));
      },
    });

    app.get('/auth/session', {
      config: { action: PARTIAL_SESSION_ACTION },
      schema: { response: { 200: SessionInfo, ...errors } },
      handler: async (request) => toSessionInfo(requireSession(request.session)),
    });

    app.post('/auth/logout', {
      config: { action: PARTIAL_SESSION_ACTION },
      schema: { response: { 204: z.null(), ...errors } },
      handler: async (request, reply) => {
        await logOut(context(request.id), requireSession(request.session));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    });

    app.post('/auth/mfa/enrol', {
      config: { action: PARTIAL_SESSION_ACTION },
      schema: { response: { 200: MfaEnrolment, ...errors } },
      handler: async (request) =>
        startMfaEnrolment(context(request.id), requireSession(request.session)),
    });

    for (const [url, mode] of [
      ['/auth/mfa/enrol/confirm', 'enrol'],
      ['/auth/mfa/verify', 'challenge'],
    ] as const) {
      app.post(url, {
        config: { action: PARTIAL_SESSION_ACTION },
        schema: { body: MfaCodeInput, response: { 200: SessionInfo, ...errors } },
        handler: async (request) => {
          await passMfa(
            context(request.id),
            requireSession(request.session),
            request.body.code,
            mode,
          );
          return toSessionInfo(await currentSession(request.cookies[SESSION_COOKIE] ?? ''));
        },
      });
    }

    app.get('/auth/tokens', {
      config: { action: 'api_token.list' },
      schema: { response: { 200: z.object({ items: z.array(ApiTokenSummary) }), ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(apiTokensPolicy, actor, 'api_token.list');
        return { items: (await listApiTokens(deps.db, actor.userId)).map(toApiTokenSummary) };
      },
    });

    app.post('/auth/tokens', {
      config: { action: 'api_token.create' },
      schema: { body: ApiTokenCreateInput, response: { 201: ApiTokenCreated, ...errors } },
      handler: async (request, reply) => {
        const actor = requireActor(request.actor);
        authorize(apiTokensPolicy, actor, 'api_token.create');
        const created = await createApiToken(deps.db, actor, request.body, deps.now(), request.id);
        return reply.status(201).send({ ...toApiTokenSummary(created.row), token: created.token });
      },
    });

    app.delete('/auth/tokens/:id', {
      config: { action: 'api_token.revoke' },
      schema: { params: IdParams, response: { 200: ApiTokenSummary, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        const scope = await findApiTokenScope(deps.db, request.params.id);
        authorizeOn(apiTokensPolicy, actor, 'api_token.revoke', scope);
        return toApiTokenSummary(
          await revokeToken(deps.db, actor, scope.id, deps.now(), request.id),
        );
      },
    });
  };
