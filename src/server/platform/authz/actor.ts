import type { Role } from '#shared/domain/roles.js';

/** Who is making a request, resolved from a session cookie or an API token. */
export type Actor = {
  kind: 'user' | 'token';
  userId: string;
  displayName: string;
  agencyId: string;
  countryCode: string;
  roles: readonly Role[];
  /** Actions an API token may perform; null for browser sessions (all of the user's rights). */
  tokenScopes: readonly string[] | null;
};

/** Who an audit row names: a staff actor, an anonymous member of the public, or the system. */
export type AuditActor = Actor | { kind: 'anonymous' } | { kind: 'system' };

export function hasRole(actor: Actor, ...roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
