export { prosecutionsRoutes } from './prosecutions.routes.js';
export { prosecutionsPolicy } from './prosecutions.policy.js';
