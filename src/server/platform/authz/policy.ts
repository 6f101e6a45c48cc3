import type { Role } from '#shared/domain/roles.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { hasRole, type Actor } from './actor.js';

/** A rule: the roles that may ever do the action, plus an optional condition on the actor/record. */
export type Rule<Scope> = {
  roles: readonly Role[];
  when?: (actor: Actor, scope: Scope) => boolean;
};
export type CollectionRule = { roles: readonly Role[]; when?: (actor: Actor) => boolean };

/**
 * A feature's whole access model on one screen. `visible` decides whether a record exists for the
 * actor at all (outside it: 404, so a 403 never confirms that a victim or suspect record exists).
 */
export type Policy<Scope> = {
  name: string;
  collection: Record<string, CollectionRule>;
  visible: (actor: Actor, scope: Scope) => boolean;
  item: Record<string, Rule<Scope>>;
};

/** Actions every route must declare; the two special ones need no policy. */
export const PUBLIC_ACTION = 'public';
/** Any signed-in user whose session has passed MFA. */
export const SIGNED_IN_ACTION = 'signed_in';
/** A session that exists but may still be waiting for its second factor (MFA endpoints, logout). */
export const PARTIAL_SESSION_ACTION = 'partial_session';

export function authorize<Scope>(policy: Policy<Scope>, actor: Actor, action: string): void {
  const rule = policy.collection[action];
  if (!rule) throw new Error(`Policy ${policy.name} has no collection action ${action}`);
  if (!hasRole(actor, ...rule.roles) || (rule.when && !rule.when(actor))) {
    throw new ForbiddenError();
  }
}

export function authorizeOn<Scope>(
  policy: Policy<Scope>,
  actor: Actor,
  action: string,
  scope: Scope | undefined,
): asserts scope is Scope {
  const rule = policy.item[action];
  if (!rule) throw new Error(`Policy ${policy.name} has no item action ${action}`);
  if (scope === undefined || !policy.visible(actor, scope)) throw new NotFoundError();
  if (!hasRole(actor, ...rule.roles) || (rule.when && !rule.when(actor, scope))) {
    throw new ForbiddenError();
  }
}

/** Roles that may ever perform an action, whether collection or item; used before any work. */
export function rolesFor(policy: Policy<never>, action: string): readonly Role[] | undefined {
  return policy.collection[action]?.roles ?? policy.item[action]?.roles;
}
