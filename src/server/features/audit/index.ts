export { auditRoutes } from './audit.routes.js';
export { auditPolicy } from './audit.policy.js';
