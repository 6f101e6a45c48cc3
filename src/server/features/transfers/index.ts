export { transfersRoutes } from './transfers.routes.js';
export { transfersPolicy } from './transfers.policy.js';
