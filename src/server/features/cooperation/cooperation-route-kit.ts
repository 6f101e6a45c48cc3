import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { hasRole, type Actor } from '#server/platform/authz/actor.js';
import { authorizeOn } from '#server/platform/authz/policy.js';
import { viewCooperationRequest } from './cooperation-view.service.js';
import { cooperationPolicy } from './cooperation.policy.js';
import { toCooperationDetail } from './cooperation.present.js';
import { findCooperationScope } from './cooperation.repo.js';
import type { CooperationContext } from './cooperation.service.js';

export const ERRORS = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};

/** The national coordinator oversees requests without reading the persons they concern. */
const readsPersons = (actor: Actor) =>
  !hasRole(actor, 'national_coordinator') ||
  hasRole(actor, 'prosecutor', 'investigator', 'central_authority_officer');

/** What every cooperation handler needs: its context, the scope check, the audited detail. */
export function cooperationRouteKit(deps: AppDeps) {
  const context = (requestId: string): CooperationContext => ({
    db: deps.db,
    sealer: deps.sealer,
    now: deps.now(),
    requestId,
  });
  /** Loads scope columns only and authorizes before anything else is read. */
  const scopeFor = async (actor: Actor, action: string, id: string) => {
    const scope = await findCooperationScope(deps.db, id);
    authorizeOn(cooperationPolicy, actor, action, scope);
    return scope;
  };
  /** The request as the actor may see it; the read is audited. */
  const detail = async (ctx: CooperationContext, actor: Actor, id: string) => {
    const withPersons = readsPersons(actor);
    const view = await viewCooperationRequest(ctx, actor, id, {
      action: 'cooperation.read',
      ...(withPersons ? {} : { details: { personsWithheld: true } }),
    });
    return toCooperationDetail(view, ctx.now, { withPersons });
  };
  return { context, scopeFor, detail };
}
