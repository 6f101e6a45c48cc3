import type { Locale } from '#shared/i18n/locales.js';
import type { Actor } from '../authz/actor.js';
import type { SessionContext } from '../auth/resolve-identity.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member or token client; null for anonymous or MFA-pending callers. */
    actor: Actor | null;
    /** The browser session, also while it still waits for its second factor. */
    session: SessionContext | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** The authorization action of the route; a route without one is refused at start-up. */
    action?: string;
  }
}

/** Returns the actor of a route whose action required one (the identity hook guarantees it). */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new Error('route reached without an actor: identity hook misconfigured');
  return actor;
}
