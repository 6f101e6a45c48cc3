import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { authorizeOn } from '#server/platform/authz/policy.js';
import { prosecutionsPolicy, type ProsecutionScope } from './prosecutions.policy.js';
import { findProsecutionScope } from './prosecutions.repo.js';
import type { ProsecutionsContext } from './prosecutions.service.js';

export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};

export function contextOf(deps: AppDeps, requestId: string): ProsecutionsContext {
  return { db: deps.db, sealer: deps.sealer, now: deps.now(), requestId };
}

/** Loads only the scope columns of the prosecution and authorizes the action on them. */
export async function authorizeOnProsecution(
  deps: AppDeps,
  actor: Actor,
  action: string,
  prosecutionId: string,
): Promise<ProsecutionScope> {
  const scope = await findProsecutionScope(deps.db, prosecutionId, actor.userId);
  authorizeOn(prosecutionsPolicy, actor, action, scope);
  return scope;
}
