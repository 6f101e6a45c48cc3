export { cooperationRoutes } from './cooperation.routes.js';
export { cooperationPolicy } from './cooperation.policy.js';
export { sweepCooperationEscalations } from './cooperation-escalations.service.js';
export { GENESIS_HASH, hashCustodyLink } from './custody-chain.js';
