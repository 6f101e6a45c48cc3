export { devClockPolicy } from './dev-clock.policy.js';
export { devClockRoutes, type TestClockControl } from './dev-clock.routes.js';
