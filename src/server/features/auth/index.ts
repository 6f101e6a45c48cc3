export { authRoutes } from './auth.routes.js';
export { apiTokensPolicy } from './auth.policy.js';
