export { casesRoutes } from './cases.routes.js';
export { casesPolicy } from './cases.policy.js';
export { openCase } from './cases.service.js';
