import type { FastifyInstance } from 'fastify';
import type { ActionRegistry } from '../authz/registry.js';

export type RegisteredRoute = { method: string; url: string; action: string };

/**
 * Deny by default, checked by the machine: a route without a declared action, or with an action
 * that no policy defines, stops the server from starting. The list feeds the authz matrix test.
 */
export function installRouteGuard(
  app: FastifyInstance,
  actions: ActionRegistry,
): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const action = route.config?.action;
    if (!action || !actions.requirement(action)) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no known action`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, action });
    }
  });
  return routes;
}
