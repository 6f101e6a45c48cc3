export { operationsRoutes } from './operations.routes.js';
export { operationsPolicy } from './operations.policy.js';
