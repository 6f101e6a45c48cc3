export { jitRoutes } from './jit.routes.js';
export { jitPolicy } from './jit.policy.js';
export { expireJitAgreements } from './jit-workspace.service.js';
