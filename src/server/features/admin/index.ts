export { adminRoutes } from './admin.routes.js';
export { adminPolicy } from './admin.policy.js';
export { createAgency, createUser } from './admin.service.js';
export { listAllAgencies } from './admin.repo.js';
export { routingRulesRoutes } from './routing-rules.routes.js';
export { countrySettingsRoutes } from './country-settings.routes.js';
export { findCountrySetting } from './country-settings.repo.js';
