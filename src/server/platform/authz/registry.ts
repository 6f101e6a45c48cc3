import type { Role } from '#shared/domain/roles.js';
import { PARTIAL_SESSION_ACTION, PUBLIC_ACTION, SIGNED_IN_ACTION, type Policy } from './policy.js';

export type ActionRequirement =
  | { kind: 'public' }
  | { kind: 'partial_session' }
  | { kind: 'signed_in' }
  | { kind: 'roles'; roles: readonly Role[] };

/**
 * Every action a route may declare. Built from the features' policies at start-up; a route whose
 * action is unknown here makes the server refuse to start (deny by default).
 */
export class ActionRegistry {
  readonly #roles = new Map<string, readonly Role[]>();

  register(policy: Policy<never>): void {
    for (const [action, rule] of [
      ...Object.entries(policy.collection),
      ...Object.entries(policy.item),
    ]) {
      if (this.#roles.has(action)) throw new Error(`Action ${action} is declared twice`);
      this.#roles.set(action, rule.roles);
    }
  }

  requirement(action: string): ActionRequirement | undefined {
    if (action === PUBLIC_ACTION) return { kind: 'public' };
    if (action === PARTIAL_SESSION_ACTION) return { kind: 'partial_session' };
    if (action === SIGNED_IN_ACTION) return { kind: 'signed_in' };
    const roles = this.#roles.get(action);
    return roles ? { kind: 'roles', roles } : undefined;
  }
}
